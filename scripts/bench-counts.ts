/**
 * Benchmark: 100 installations × 25 schools × 12 months of counters, every column filled (all
 * dimension values), each installation as its own counts file. Times parse + validate + merge of
 * all files and the full report, in Node and in Debian's Chromium (the same code bundled with
 * Vite's build API, run with the flags of playwright.config.ts). Prints figures; asserts nothing.
 *
 *   npx tsx scripts/bench-counts.ts [--node-only]
 * Targets in Chromium: merge ≤ 300 ms, report ≤ 100 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SchoolType } from '../machines/ids';
import { allColumns, rowKey } from '../src/storage/cells';
import { COUNTS_FORMAT, COUNTS_VERSION, type CountsFile } from '../src/storage/counts-file';
import { prepare, stepExternal, stepMerge, stepReport, type BenchInput } from './bench-counts-entry';

export const INSTALLATIONS = 100;
export const SCHOOLS = 25;
export const MONTHS = 12;
export const TARGET = { mergeMs: 300, reportMs: 100 };

/** A deterministic pseudo-random generator (mulberry32), so every run times the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeInput(): BenchInput {
  const rnd = random(20251);
  const columns = allColumns();
  const schools = Array.from({ length: SCHOOLS }, (_, i) => ({
    id: `school-${String(i + 1).padStart(2, '0')}`,
    name: `School ${i + 1}`,
    type: (i < 20 ? 'po' : 'vo') as SchoolType,
  }));
  const months = Array.from({ length: MONTHS }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`);
  const texts: string[] = [];
  for (let k = 0; k < INSTALLATIONS; k++) {
    const id = `${k.toString(16).padStart(8, '0')}-0000-4000-8000-${(k * 7919).toString(16).padStart(12, '0')}`;
    const rows: Record<string, number[]> = {};
    for (const month of months)
      for (const school of schools) {
        // Counts of 1–40: every column holds a value (the dense worst case). The routes intern and
        // extern are the sums of their partners, as counting makes them (the outside version relies on it).
        const counts = columns.map(() => 1 + Math.floor(rnd() * 40));
        for (const kind of ['internal', 'external'] as const)
          counts[columns.indexOf(`route|${kind === 'internal' ? 'intern' : 'extern'}`)] = columns.reduce(
            (sum, c, i) => (c.startsWith(`verwijzing|${kind}.`) ? sum + counts[i]! : sum),
            0,
          );
        rows[rowKey(month, school.id)] = counts;
      }
    const file: CountsFile = {
      format: COUNTS_FORMAT,
      version: COUNTS_VERSION,
      contentVersion: '2026.11.1',
      exportedAt: '2026-01',
      schools,
      columns,
      installations: { [id]: rows },
    };
    texts.push(JSON.stringify(file));
  }
  return { texts, schoolTypes: Object.fromEntries(schools.map((s) => [s.id, s.type])), from: '2025-01', to: '2025-12' };
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ROUNDS = 5;
const summary = (xs: StepTimes[]): StepTimes => ({
  wall: median(xs.map((x) => x.wall)),
  best: Math.min(...xs.map((x) => x.wall)),
  cpu: median(xs.map((x) => x.cpu)),
});

interface StepTimes {
  /** wall clock, median */
  wall: number;
  /** wall clock, fastest run */
  best?: number;
  /** CPU time of the process (Node) or of the page's main thread (Chromium), median */
  cpu: number;
}

function print(where: string, merge: StepTimes, report: StepTimes, external: number) {
  const line = (step: string, t: StepTimes, target: number) =>
    console.log(
      `${step} (${where}): ${fmt(t.wall)} (fastest ${fmt(t.best ?? t.wall)}, CPU ${fmt(t.cpu)}; target ≤ ${target} ms: ${t.wall <= target ? 'met' : t.cpu <= target ? 'met in CPU time, wall time inflated by machine load' : 'NOT met'})`,
    );
  line('merge', merge, TARGET.mergeMs);
  line('report', report, TARGET.reportMs);
  console.log(`version for outside the organisation, as the page builds it (${where}): ${fmt(external)} (one run; no target)`);
}

function inNode(input: BenchInput): { merge: StepTimes; report: StepTimes; conversations: number; external: number } {
  prepare(input);
  stepMerge();
  stepReport();
  const m: StepTimes[] = [];
  const r: StepTimes[] = [];
  let conversations = 0;
  for (let i = 0; i < ROUNDS; i++) {
    let c = process.cpuUsage();
    const merged = stepMerge();
    let d = process.cpuUsage(c);
    m.push({ wall: merged.ms, cpu: (d.user + d.system) / 1000 });
    c = process.cpuUsage();
    const rep = stepReport();
    d = process.cpuUsage(c);
    r.push({ wall: rep.ms, cpu: (d.user + d.system) / 1000 });
    conversations = rep.conversations;
  }
  const external = stepExternal().ms;
  return { merge: summary(m), report: summary(r), conversations, external };
}

async function bundle(): Promise<string> {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'zorgroute-bench-'));
  try {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: fileURLToPath(new URL('..', import.meta.url)),
      build: {
        write: false,
        outDir: dir,
        minify: true,
        target: 'es2022',
        lib: { entry: fileURLToPath(new URL('./bench-counts-entry.ts', import.meta.url)), formats: ['iife'], name: 'zorgrouteBench' },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string }[] }[];
    const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
    if (!chunk?.code) throw new Error('no bundle');
    return chunk.code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type BenchGlobal = {
  zorgrouteBench: { prepare: typeof prepare; stepMerge: typeof stepMerge; stepReport: typeof stepReport; stepExternal: typeof stepExternal };
};

async function inChromium(input: BenchInput): Promise<{ merge: StepTimes; report: StepTimes; conversations: number; external: number }> {
  const [{ chromium }, { chromiumArgs }] = await Promise.all([import('@playwright/test'), import('../playwright.config')]);
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: code });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((x) => x.name === 'ThreadTime')?.value ?? NaN) * 1000;
    };
    await page.evaluate((inp) => (globalThis as unknown as BenchGlobal).zorgrouteBench.prepare(inp), input);
    const merge = () => page.evaluate(() => (globalThis as unknown as BenchGlobal).zorgrouteBench.stepMerge());
    const report = () => page.evaluate(() => (globalThis as unknown as BenchGlobal).zorgrouteBench.stepReport());
    await merge();
    await report();
    const m: StepTimes[] = [];
    const r: StepTimes[] = [];
    let conversations = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = await threadTime();
      const merged = await merge();
      const t1 = await threadTime();
      const rep = await report();
      const t2 = await threadTime();
      if (merged.installations !== INSTALLATIONS) throw new Error('Chromium merged another number of installations');
      m.push({ wall: merged.ms, cpu: t1 - t0 });
      r.push({ wall: rep.ms, cpu: t2 - t1 });
      conversations = rep.conversations;
    }
    const external = await page.evaluate(() => (globalThis as unknown as BenchGlobal).zorgrouteBench.stepExternal().ms);
    return { merge: summary(m), report: summary(r), conversations, external };
  } finally {
    await browser.close();
  }
}

async function main() {
  const t0 = performance.now();
  const input = makeInput();
  const bytes = input.texts.reduce((s, t) => s + t.length, 0);
  console.log(
    `counts: ${INSTALLATIONS} installations × ${SCHOOLS} schools × ${MONTHS} months × ${allColumns().length} columns ` +
      `= ${(INSTALLATIONS * SCHOOLS * MONTHS * allColumns().length).toLocaleString('en')} counters in ${INSTALLATIONS} files ` +
      `(${(bytes / 1e6).toFixed(1)} MB), made in ${fmt(performance.now() - t0)}; median of ${ROUNDS} runs after a warm-up`,
  );
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} (wall times grow with load; CPU times much less)`);
  const node = inNode(input);
  print('node', node.merge, node.report, node.external);
  if (process.argv.includes('--node-only')) return;
  try {
    const browser = await inChromium(input);
    if (browser.conversations !== node.conversations) throw new Error('Chromium computed other totals');
    print('chromium', browser.merge, browser.report, browser.external);
  } catch (e) {
    console.log(`chromium: not measured (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
