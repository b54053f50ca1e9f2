#!/usr/bin/env node
/**
 * `npm test`: every test the project has, in one run, ending with the line CI reads:
 * `N passed, N failed`. Test runners report their own counts (vitest, Playwright, the casus
 * runner); checks without counts (typecheck, builds, the size budget) count as one test each.
 * A stage that fails still lets the later ones run, so one red stage shows everything else too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';

const results = [];
mkdirSync('reports', { recursive: true });

function run(cmd, args, env = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  return { ok: r.status === 0, out: (r.stdout ?? '') + (r.stderr ?? ''), stdout: r.stdout ?? '', seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function stage(name, fn) {
  console.log(`\n=== ${name} ===`);
  const r = fn();
  results.push({ name, ...r });
  console.log(`--- ${name}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
  return r;
}

function check(name, cmd, args, env) {
  return stage(name, () => {
    const r = run(cmd, args, env);
    return { passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, note: `${r.seconds}s`, ok: r.ok };
  });
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return true;
  if (process.getuid && process.getuid() === 0) {
    console.log('Installing Debian chromium (no browser downloads on this machine)…');
    run('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
  }
  return existsSync('/usr/bin/chromium');
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);

stage('unit and component tests (vitest)', () => {
  const r = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json']);
  try {
    const j = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
    // A file that fails to load has no tests but is a failure all the same.
    const brokenFiles = (j.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
    return { passed: j.numPassedTests, failed: j.numFailedTests + brokenFiles + (r.ok || j.numFailedTests + brokenFiles > 0 ? 0 : 1) };
  } catch {
    return { passed: 0, failed: 1, note: 'no vitest report' };
  }
});

stage('casus files (npm run casus)', () => {
  const files = readdirSync('content/cases').filter((f) => f.endsWith('.json')).map((f) => `content/cases/${f}`);
  const r = run('npx', ['tsx', 'scripts/casus.ts', ...files]);
  // The runner's own last line (npm may print warnings on stderr after it).
  const m = /^(\d+) passed, (\d+) failed\s*$/m.exec(r.stdout.trim().split('\n').at(-1) ?? '');
  if (!m) return { passed: 0, failed: 1, note: 'no summary line' };
  return { passed: Number(m[1]), failed: Number(m[2]) + (r.ok ? 0 : Number(m[2]) > 0 ? 0 : 1) };
});

const built = check('build (vite build)', 'npx', ['vite', 'build']);
if (existsSync('scripts/budget.mjs')) check('size budget', 'node', ['scripts/budget.mjs']);
const storybook = check('build-storybook', 'npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static']);

function playwright(name, config, report, prerequisite) {
  stage(name, () => {
    if (!prerequisite.ok) return { passed: 0, failed: 1, note: 'skipped: its build failed' };
    if (!ensureChromium()) return { passed: 0, failed: 1, note: '/usr/bin/chromium missing (apt-get install -y chromium, as root)' };
    const r = run('npx', ['playwright', 'test', '-c', config], { CI: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: report });
    try {
      const s = JSON.parse(readFileSync(report, 'utf8')).stats;
      const failed = s.unexpected + s.flaky;
      return { passed: s.expected, failed: failed + (r.ok || failed > 0 ? 0 : 1) };
    } catch {
      return { passed: 0, failed: 1, note: 'no Playwright report' };
    }
  });
}

playwright('end-to-end (Playwright, Chromium)', 'playwright.config.ts', 'reports/e2e.json', built);
if (existsSync('playwright.storybook.config.ts')) {
  playwright('stories (Playwright over the built Storybook)', 'playwright.storybook.config.ts', 'reports/stories.json', storybook);
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\nSummary:');
for (const r of results) console.log(`  ${r.failed ? 'FAIL' : 'ok  '} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
