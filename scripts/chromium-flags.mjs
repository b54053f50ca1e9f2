/**
 * How every Chromium of the project starts (e2e and story tests, screenshots, benchmarks): Debian's
 * Chromium, no sandbox (root in CI), no GPU, nothing in the background, and a host-resolver rule that
 * makes every name but localhost unresolvable, so a stray network call fails loudly instead of
 * leaving the machine. A plain ES module, so the Lighthouse bench (node, no build) reads it too.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];
