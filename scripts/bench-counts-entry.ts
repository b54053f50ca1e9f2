/**
 * What scripts/bench-counts.ts times, in Node and (bundled) in Chromium: parse, validate and
 * merge counts files, then compute the full report. Kept free of Node APIs.
 */
import type { SchoolType } from '../machines/ids';
import { emptyCounters, totalsOf, type Totals } from '../src/storage/counts';
import { mergeCountsFile, parseCountsFile } from '../src/storage/counts-file';
import { computeReport } from '../src/report/model/report';
import { DEFAULT_SETTINGS } from '../src/storage/settings';
import { reportLookups, reportVersion } from '../src/report/reportVersion';

export interface BenchInput {
  texts: string[];
  schoolTypes: Record<string, SchoolType>;
  from: string;
  to: string;
}

export interface BenchTimes {
  mergeMs: number;
  reportMs: number;
  /** a checksum so neither step can be skipped */
  conversations: number;
  installations: number;
}

/** Parse + validate + merge every file and sum the totals. */
export function mergeAll(texts: readonly string[]): { totals: Totals; installations: number } {
  const set = emptyCounters();
  for (const text of texts) {
    const r = parseCountsFile(text);
    if (!r.ok) throw new Error(`${r.error.path}: ${r.error.message}`);
    mergeCountsFile(set, r.file, { adopt: true }); // freshly parsed, used once
  }
  return { totals: totalsOf(set), installations: set.installations.size };
}

export function runOnce(input: BenchInput): BenchTimes {
  const t0 = performance.now();
  const { totals, installations } = mergeAll(input.texts);
  const t1 = performance.now();
  const report = computeReport(totals, { from: input.from, to: input.to, schoolTypes: input.schoolTypes });
  const t2 = performance.now();
  return { mergeMs: t1 - t0, reportMs: t2 - t1, conversations: report.groups.all.conversations, installations };
}

// Step by step, for Chromium: the page keeps the state so the driver can read the main thread's
// CPU time (DevTools Performance.getMetrics ThreadTime) around each step.
let state: { input: BenchInput; totals?: Totals } | undefined;

export function prepare(input: BenchInput): void {
  state = { input };
}

export function stepMerge(): { ms: number; installations: number } {
  if (!state) throw new Error('prepare first');
  const t0 = performance.now();
  const { totals, installations } = mergeAll(state.input.texts);
  state.totals = totals;
  return { ms: performance.now() - t0, installations };
}

export function stepReport(): { ms: number; conversations: number } {
  if (!state?.totals) throw new Error('merge first');
  const t0 = performance.now();
  const report = computeReport(state.totals, { from: state.input.from, to: state.input.to, schoolTypes: state.input.schoolTypes });
  return { ms: performance.now() - t0, conversations: report.groups.all.conversations };
}

/**
 * The version for outside the organisation, as the report page builds it (src/report/reportVersion.ts:
 * release.ts: report → tables → protectSections), informative; no target.
 */
export function stepExternal(): { ms: number; tables: number } {
  if (!state?.totals) throw new Error('merge first');
  const { input, totals } = state;
  const t0 = performance.now();
  const schools = Object.entries(input.schoolTypes).map(([id, type]) => ({ id, name: id, type }));
  const t = (key: string) => key;
  // The outside version is one ended calendar year (release.ts): the year of the input's first month.
  const outside = { year: Number(input.from.slice(0, 4)), today: '9999-12', schools };
  const version = reportVersion('external', { settings: DEFAULT_SETTINGS, known: [], totals }, schools, { from: input.from, to: input.to }, reportLookups(undefined, schools, t), outside);
  return { ms: performance.now() - t0, tables: version.sections.reduce((n, s) => n + s.tables.length, 0) };
}

/** Runs `rounds` times after one warm-up; the median of each step. */
export function run(input: BenchInput, rounds = 5): BenchTimes & { rounds: number } {
  runOnce(input);
  const all = Array.from({ length: rounds }, () => runOnce(input));
  const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    mergeMs: median(all.map((t) => t.mergeMs)),
    reportMs: median(all.map((t) => t.reportMs)),
    conversations: all[0]!.conversations,
    installations: all[0]!.installations,
    rounds,
  };
}
