#!/usr/bin/env node
/**
 * `npm test`: every test the project has, in one run, ending with the line CI reads:
 * `N passed, N failed` (followed by `, N skipped` when Playwright skipped tests). Test runners report
 * their own counts (vitest, Playwright, the casus runner); checks without counts (typecheck, builds,
 * the size budget) count as one test each. A stage that fails still lets the later ones run, so one
 * red stage shows everything else too.
 *
 * Two cores, used by two lanes at once (docs/decisions.md, "The test run"):
 *   lane 1: typecheck → vitest → casus files
 *   lane 2: vite build → size budget → Storybook build
 * then one Playwright run with two projects, the e2e tests against the built app and the story checks
 * against the built Storybook, sharing one pool of 2 workers (each on its own port), so neither waits
 * for the other and the machine never runs more than two browsers. Each stage's output is printed
 * whole when it ends, so parallel stages do not interleave their lines.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

// Reports of an earlier run must not be read as this run's (a runner that crashes writes none).
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

/** A stage that hangs is stopped here rather than hanging CI. */
const STAGE_TIMEOUT_MS = 40 * 60_000;
const results = [];
const startedAt = Date.now();

function run(cmd, args, env = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      stderr += `\n(stopped after ${STAGE_TIMEOUT_MS / 60_000} minutes)\n`;
      child.kill('SIGTERM');
    }, STAGE_TIMEOUT_MS);
    const done = (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, out: stdout + stderr, stdout, stderr, seconds: ((Date.now() - started) / 1000).toFixed(1) });
    };
    child.on('error', (error) => {
      stderr += String(error);
      done(1);
    });
    child.on('close', done);
  });
}

/** Runs a stage; its output and result line are printed together when it ends. */
async function stage(order, name, fn) {
  const started = Date.now();
  const r = await fn();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  process.stdout.write(`\n=== ${name} ===\n${r.log ?? ''}`);
  console.log(`--- ${name}: ${r.passed} passed, ${r.failed} failed${skipped} (${r.note ? `${r.note}, ` : ''}${seconds}s)`);
  results.push({ order, name, ...r });
  return r;
}

function check(order, name, cmd, args, env) {
  return stage(order, name, async () => {
    const r = await run(cmd, args, env);
    return { passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, ok: r.ok, log: r.out };
  });
}

async function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return true;
  if (process.getuid && process.getuid() === 0) {
    console.log('Installing Debian chromium (no browser downloads on this machine)…');
    await run('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
  }
  return existsSync('/usr/bin/chromium');
}

async function lane1() {
  await check(1, 'typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  await stage(2, 'unit and component tests (vitest)', async () => {
    const r = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json']);
    try {
      const j = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
      // A file that fails to load has no tests but is a failure all the same.
      const brokenFiles = (j.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
      const failed = j.numFailedTests + brokenFiles;
      return { passed: j.numPassedTests, failed: failed + (r.ok || failed > 0 ? 0 : 1), skipped: j.numPendingTests + j.numTodoTests, log: r.out };
    } catch {
      return { passed: 0, failed: 1, note: 'no vitest report', log: r.out };
    }
  });
  await stage(3, 'casus files (npm run casus)', async () => {
    const files = readdirSync('content/cases').filter((f) => f.endsWith('.json')).map((f) => `content/cases/${f}`);
    const r = await run('npx', ['tsx', 'scripts/casus.ts', ...files]);
    // The runner's own last line (npm may print warnings on stderr after it).
    const m = /^(\d+) passed, (\d+) failed\s*$/m.exec(r.stdout.trim().split('\n').at(-1) ?? '');
    if (!m) return { passed: 0, failed: 1, note: 'no summary line', log: r.out };
    return { passed: Number(m[1]), failed: Number(m[2]) + (r.ok ? 0 : Number(m[2]) > 0 ? 0 : 1), log: r.out };
  });
}

async function lane2() {
  const built = await check(4, 'build (vite build)', 'npx', ['vite', 'build']);
  if (existsSync('scripts/budget.mjs')) await check(5, 'size budget', 'node', ['scripts/budget.mjs']);
  const storybook = await check(6, 'build-storybook', 'npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static']);
  return { built, storybook };
}

const E2E = { project: 'e2e', name: 'end-to-end (Playwright, Chromium)', order: 7 };
const STORIES = { project: 'stories', name: 'stories (Playwright over the built Storybook)', order: 8 };

/** Counts per project from Playwright's JSON report: expected, unexpected, flaky, skipped. */
function countByProject(report) {
  const counts = {};
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const c = (counts[test.projectName] ??= { expected: 0, unexpected: 0, flaky: 0, skipped: 0 });
        c[test.status] = (c[test.status] ?? 0) + 1;
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return counts;
}

async function browserStages({ built, storybook }) {
  const wanted = [];
  for (const [suite, prerequisite] of [
    [E2E, built],
    [STORIES, existsSync('playwright.storybook.config.ts') ? storybook : undefined],
  ]) {
    if (!prerequisite) continue;
    if (!prerequisite.ok) await stage(suite.order, suite.name, async () => ({ passed: 0, failed: 1, note: 'skipped: its build failed' }));
    else wanted.push(suite);
  }
  if (wanted.length === 0) return;
  if (!(await ensureChromium())) {
    for (const suite of wanted) {
      await stage(suite.order, suite.name, async () => ({ passed: 0, failed: 1, note: '/usr/bin/chromium missing (apt-get install -y chromium, as root)' }));
    }
    return;
  }
  const report = 'reports/playwright.json';
  const r = await run('npx', ['playwright', 'test', '-c', 'playwright.all.config.ts'], {
    CI: '1',
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    PW_PROJECTS: wanted.map((s) => s.project).join(','),
  });
  let counts;
  try {
    counts = countByProject(JSON.parse(readFileSync(report, 'utf8')));
  } catch {
    counts = undefined;
  }
  // A run that failed with no failing test (a web server that did not start) counts one failure.
  const anyFailed = Object.values(counts ?? {}).some((c) => c.unexpected + c.flaky > 0);
  for (const [i, suite] of wanted.entries()) {
    await stage(suite.order, suite.name, async () => {
      // The run's output once, with the first of its stages.
      const log = i === 0 ? r.out : '';
      const note = `one Playwright run for ${wanted.map((s) => s.project).join(' and ')}: ${r.seconds}s`;
      const c = counts?.[suite.project];
      if (!counts) return { passed: 0, failed: 1, note: `no Playwright report; ${note}`, log };
      if (!c) return { passed: 0, failed: 1, note: `no tests ran; ${note}`, log };
      const failed = c.unexpected + c.flaky + (i === 0 && !r.ok && !anyFailed ? 1 : 0);
      return { passed: c.expected, failed, skipped: c.skipped, note, log };
    });
  }
}

const [, builds] = await Promise.all([lane1(), lane2()]);
await browserStages(builds);

results.sort((a, b) => a.order - b.order);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + (r.skipped ?? 0), 0);
console.log(`\nSummary (${((Date.now() - startedAt) / 60_000).toFixed(1)} minutes):`);
for (const r of results) {
  console.log(`  ${r.failed ? 'FAIL' : 'ok  '} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
