#!/usr/bin/env node
/**
 * `npm run bench`: prints figures, asserts nothing (benchmarks are not tests). Runs each benchmark
 * that exists: counts merge/report (Node and Chromium) and Lighthouse on the built app.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = [
  ['counts: merge and report', 'npx', ['tsx', 'scripts/bench-counts.ts']],
  // Builds dist/ first, so Lighthouse below measures the same build.
  ['initial JavaScript against the floor (ratio)', 'npx', ['vite', 'build', '--logLevel', 'error']],
  ['', 'node', ['scripts/budget.mjs']],
  ['lighthouse: start, guide, report, training (raw, and calibrated where the host is too busy or slow to judge; median of 3 loads)', 'node', ['scripts/bench-lighthouse.mjs', '--runs', '3', '--probe']],
];
for (const [name, cmd, args] of benches) {
  const file = args.at(-1);
  if (file.endsWith('.mjs') || file.endsWith('.ts')) {
    if (!existsSync(file)) continue;
  }
  if (name) console.log(`\n=== ${name} ===`);
  spawnSync(cmd, args, { stdio: 'inherit' });
}
