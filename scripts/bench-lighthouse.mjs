#!/usr/bin/env node
/**
 * Lighthouse on the built app (part of `npm run bench`): performance, accessibility and best
 * practices, LCP and TBT, for the start page and a question page, with Lighthouse's default
 * mobile emulation and simulated throttling. A benchmark: it prints and never fails.
 *
 * Debian's Chromium is started here (no browser download) with the same "nothing but localhost
 * resolves" rule as the e2e tests, so a stray request shows up as a console error in the scores.
 *
 *   node scripts/bench-lighthouse.mjs [--runs N] [--json reports/lighthouse.json] [--dist dist]
 * With --runs N each page is measured N times and the median performance run is shown.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Math.max(1, Number(arg('--runs', '1')));
const jsonOut = arg('--json', join('reports', 'lighthouse.json'));
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// `--dist <dir>` serves another build (the default is the app's dist/).
const dist = resolve(root, arg('--dist', 'dist'));

/** The pages measured. The question page is the guide's first question, opened by its route. */
const PAGES = [
  { name: 'start page', path: '/' },
  { name: 'question page', path: '/#/gids' },
];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };

const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitFor(url, ms = 30_000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Starts Chromium with a DevTools port and resolves to it (read from Chromium's stderr). */
function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'zorgroute-lh-'));
  const child = spawn(chromePath, [...chromeFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stop = () => {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  const port = new Promise((done, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${err}`)), 30_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}):\n${err}`)));
    child.on('error', (e) => fail(new Error(`Chromium could not start (${chromePath}): ${e.message}`)));
  });
  return { port, stop };
}

async function measure(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(TARGETS),
  });
  const lhr = result.lhr;
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const failing = Object.keys(TARGETS).flatMap((cat) =>
    (lhr.categories[cat]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${cat}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    fcp: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? NaN),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    finalUrl: lhr.finalDisplayedUrl,
    runtimeError: lhr.runtimeError?.message,
    failing,
  };
}

if (!existsSync(join(dist, 'index.html'))) {
  console.log('dist/ missing: building first');
  spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
}

const webPort = await freePort();
const preview = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(webPort), '--strictPort', '--host', '127.0.0.1'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
const stopPreview = () => {
  try {
    process.kill(-preview.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
const chromium = startChromium();
const rows = [];
try {
  const base = `http://localhost:${webPort}`;
  await waitFor(`http://127.0.0.1:${webPort}/`);
  const devtools = await chromium.port;
  for (const page of PAGES) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measure(base + page.path, devtools));
    results.sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
    rows.push({ page: page.name, url: page.path, ...results[Math.floor(results.length / 2)], runs: results.length });
  }
} finally {
  chromium.stop();
  stopPreview();
}

const cols = ['page', 'performance', 'accessibility', 'best-practices', 'LCP ms', 'TBT ms'];
const cells = rows.map((r) => [`${r.page} (${r.url})`, r.performance, r.accessibility, r['best-practices'], r.lcp, r.tbt].map(String));
cells.push(['target', `≥ ${TARGETS.performance}`, String(TARGETS.accessibility), String(TARGETS['best-practices']), '', '']);
const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile emulation, simulated throttling, ${runs} run(s) per page (median shown)`);
console.log(line(cols));
for (const row of cells) console.log(line(row));
for (const r of rows) {
  if (r.runtimeError) console.log(`  ${r.page}: runtime error: ${r.runtimeError}`);
  if (r.failing.length) console.log(`  ${r.page}, audits below full marks: ${r.failing.join('; ')}`);
}
const below = rows.filter(
  (r) => r.performance < TARGETS.performance || r.accessibility < TARGETS.accessibility || r['best-practices'] < TARGETS['best-practices'],
);
console.log(below.length ? `below target: ${below.map((r) => r.page).join(', ')}` : 'all pages at or above target');
mkdirSync(dirname(resolve(root, jsonOut)), { recursive: true });
writeFileSync(resolve(root, jsonOut), JSON.stringify({ targets: TARGETS, rows }, null, 2));
