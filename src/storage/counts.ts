/**
 * Counters as grow-only counters (G-counters) and their exact merge. The counts file that carries
 * them between installations is counts-file.ts. Pure: no Dexie, no zod, no React, so the report,
 * the store, tests and the benchmark share it.
 *
 * Each installation keeps its own counters and only ever increments them. A cell is
 * (row = 'YYYY-MM|schoolId', column = 'dimension|value'; see cells.ts). The state is
 * one count per (installation, cell). Merging takes the larger value per installation and cell:
 * max is commutative, associative and idempotent, so importing the same file twice, or files in
 * any order, gives the same state; totals sum over installations, so nothing is counted twice.
 *
 * In memory the counts are kept dense: per installation a map from row to an array of counts
 * indexed by column. A year of 25 schools is 300 rows of ~80 columns, so merging 100 files is a
 * few million integer comparisons with no string building; see scripts/bench-counts.ts.
 */
import { cellKey, parseCell } from './cells';

export interface CounterSet {
  /** Column ids in first-seen order; every row array is indexed by these. */
  columns: string[];
  columnIndex: Map<string, number>;
  /** installation id → row ('YYYY-MM|schoolId') → counts by column index (missing = 0). */
  installations: Map<string, Map<string, number[]>>;
}

/** The sum over installations: row → counts by column index. */
export interface Totals {
  columns: string[];
  columnIndex: Map<string, number>;
  rows: Map<string, number[]>;
}

export interface CounterRowLike {
  installation: string;
  cell: string;
  count: number;
}

export function emptyCounters(): CounterSet {
  return { columns: [], columnIndex: new Map(), installations: new Map() };
}

function columnId(set: { columns: string[]; columnIndex: Map<string, number> }, col: string): number {
  let i = set.columnIndex.get(col);
  if (i === undefined) {
    i = set.columns.length;
    set.columns.push(col);
    set.columnIndex.set(col, i);
  }
  return i;
}

function rowOf(set: CounterSet, installation: string, row: string): number[] {
  let rows = set.installations.get(installation);
  if (!rows) {
    rows = new Map();
    set.installations.set(installation, rows);
  }
  let counts = rows.get(row);
  if (!counts) {
    counts = new Array<number>(set.columns.length).fill(0);
    rows.set(row, counts);
  }
  return counts;
}

/** Pads a row with zeros to `n` columns (rows made before a column existed are shorter). */
function pad(counts: number[], n: number): void {
  while (counts.length < n) counts.push(0);
}

/**
 * Sets one cell of one installation. `mode: 'max'` merges (G-counter join), `'add'` increments
 * (only ever for the local installation).
 */
export function putCell(set: CounterSet, installation: string, cell: string, count: number, mode: 'max' | 'add'): void {
  const parts = parseCell(cell);
  if (!parts) throw new Error(`Not a cell key: ${cell}`);
  const col = columnId(set, parts.column);
  const counts = rowOf(set, installation, parts.row);
  pad(counts, set.columns.length);
  counts[col] = mode === 'add' ? counts[col]! + count : Math.max(counts[col]!, count);
}

/** Builds a counter set from stored rows (one row per installation and cell). */
export function fromCellRows(rows: Iterable<CounterRowLike>): CounterSet {
  const set = emptyCounters();
  for (const r of rows) putCell(set, r.installation, r.cell, r.count, 'max');
  return set;
}

/** All non-zero cells, in no particular order. */
export function cellRows(set: CounterSet): CounterRowLike[] {
  const out: CounterRowLike[] = [];
  for (const [installation, rows] of set.installations) {
    for (const [row, counts] of rows) {
      for (let i = 0; i < counts.length; i++) {
        const count = counts[i]!;
        if (count > 0) out.push({ installation, cell: cellKey(row, set.columns[i]!), count });
      }
    }
  }
  return out;
}

/** All non-zero cells, sorted by installation then cell: the canonical form of a state. */
export function toCellRows(set: CounterSet): CounterRowLike[] {
  return cellRows(set).sort((a, b) =>
    a.installation < b.installation ? -1 : a.installation > b.installation ? 1 : a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0,
  );
}

/** The value of one cell of one installation. */
export function cellOf(set: CounterSet, installation: string, cell: string): number {
  const parts = parseCell(cell);
  const i = parts && set.columnIndex.get(parts.column);
  if (parts === undefined || i === undefined) return 0;
  return set.installations.get(installation)?.get(parts.row)?.[i] ?? 0;
}

/**
 * Merges `source` into `target` (mutates target): per installation and cell the larger count.
 * `columns` of the source may be in any order; they are mapped once per source.
 */
export function mergeInto(
  target: CounterSet,
  source: { columns: readonly string[]; installations: Iterable<[string, Iterable<[string, readonly number[]]>]> },
  opts: { adopt?: boolean } = {},
): void {
  const map = source.columns.map((c) => columnId(target, c));
  const width = target.columns.length;
  // Usually every file has the same columns in the same order: then a new row is a plain copy.
  const identity = map.length === width && map.every((j, i) => j === i);
  for (const [installation, rows] of source.installations) {
    let targetRows = target.installations.get(installation);
    if (!targetRows) {
      targetRows = new Map();
      target.installations.set(installation, targetRows);
    }
    for (const [row, counts] of rows) {
      let dst = targetRows.get(row);
      if (!dst) {
        if (identity && counts.length === width) {
          // adopt: the caller hands over arrays it will not use again (a freshly parsed file), so
          // a large import allocates nothing more; otherwise copy.
          targetRows.set(row, opts.adopt ? (counts as number[]) : counts.slice());
          continue;
        }
        dst = new Array<number>(width).fill(0);
        targetRows.set(row, dst);
      } else if (dst.length < width) {
        pad(dst, width);
      }
      const n = counts.length;
      if (identity) {
        for (let i = 0; i < n; i++) {
          const v = counts[i]!;
          if (v > dst[i]!) dst[i] = v;
        }
      } else {
        for (let i = 0; i < n; i++) {
          const v = counts[i]!;
          const j = map[i]!;
          if (v > dst[j]!) dst[j] = v;
        }
      }
    }
  }
}

/** The join of counter sets (a new set; inputs are not changed). */
export function merge(...sets: CounterSet[]): CounterSet {
  const out = emptyCounters();
  for (const s of sets) mergeInto(out, s);
  return out;
}

/** Totals: per row and column the sum over installations. */
export function totalsOf(set: CounterSet): Totals {
  const width = set.columns.length;
  const rows = new Map<string, number[]>();
  for (const instRows of set.installations.values()) {
    for (const [row, counts] of instRows) {
      let sum = rows.get(row);
      if (!sum) {
        sum = new Array<number>(width).fill(0);
        rows.set(row, sum);
      }
      for (let i = 0; i < counts.length; i++) sum[i]! += counts[i]!;
    }
  }
  return { columns: set.columns.slice(), columnIndex: new Map(set.columnIndex), rows };
}

/** The total of one cell over installations. */
export function totalOf(totals: Totals, cell: string): number {
  const parts = parseCell(cell);
  const i = parts && totals.columnIndex.get(parts.column);
  if (parts === undefined || i === undefined) return 0;
  return totals.rows.get(parts.row)?.[i] ?? 0;
}
