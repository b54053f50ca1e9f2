#!/usr/bin/env node
/**
 * `npm run bench`: prints figures, asserts nothing (benchmarks are not tests). Runs each benchmark
 * that exists: counts merge/report (Node and Chromium) and Lighthouse on the built app.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = [
  ['counts: merge and report', 'npx', ['tsx', 'scripts/bench-counts.ts']],
  ['lighthouse', 'node', ['scripts/bench-lighthouse.mjs']],
];
for (const [name, cmd, args] of benches) {
  const file = args.at(-1);
  if (!existsSync(file)) continue;
  console.log(`\n=== ${name} ===`);
  spawnSync(cmd, args, { stdio: 'inherit' });
}
