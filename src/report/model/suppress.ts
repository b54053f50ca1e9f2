/**
 * Small-number suppression for exports meant for outside the organisation. Pure.
 *
 * A table is a grid of cells whose margins (totals, subtotals) are cells too, tied by sum rules:
 * "row t = Σ rows p" holds in every column and "column t = Σ columns p" in every row. That covers
 * a plain table with row and column totals, PO and VO subtotals beside the schools, and referrals
 * per partner under route intern/extern.
 *
 * 1. Primary suppression: every cell, margins included, with 0 < value < threshold. Zero is
 *    published: it says nobody is in the category, which identifies no one (CBS and NHS practice),
 *    and hiding zeros would hide most of a small table for nothing.
 * 2. Secondary suppression until no hidden cell can be recomputed:
 *    a. any sum rule with exactly one hidden member would give it away by subtraction, so a
 *       second member of that rule is hidden: the smallest non-zero inner cell, else the smallest
 *       non-zero margin, else a zero (a zero partner protects least, so it comes last);
 *    b. then the attacker below solves the whole linear system; while it can still recompute a
 *       hidden cell (e.g. through a chain of rows and columns), one more member of a rule
 *       through that cell is hidden, the same way. Each step hides one more cell, so it ends.
 *
 * The attacker (recoverable) knows every published cell, all sum rules and that counts are not
 * negative. A hidden cell is recoverable when the equations fix its value: linearly (its unit
 * vector lies in the row space of the system, found by Gaussian elimination) or through
 * non-negativity (interval propagation pins it: e.g. hidden cells of one rule summing to 0 are all
 * 0). Whatever it fixes is substituted and it tries again. It does not use integrality: a hidden
 * cell may be narrowed to a range, never fixed to a value. (It does not demand a minimum width
 * of that range either; statistics offices' "protection intervals" are a further step.)
 */

export interface SumRule {
  /** index of the total (a row index for row rules, a column index for column rules) */
  total: number;
  /** indices of the parts */
  parts: number[];
}

export interface LinearTable {
  rows: string[];
  cols: string[];
  /** values[row][col], margins included */
  values: number[][];
  /** row `total` = Σ rows `parts`, in every column */
  rowRules: SumRule[];
  /** column `total` = Σ columns `parts`, in every row */
  colRules: SumRule[];
}

export interface SuppressionResult {
  /** hidden[row][col]: not published */
  hidden: boolean[][];
  /** primary[row][col]: hidden because 0 < value < threshold */
  primary: boolean[][];
}

/** The smallest threshold an organisation may set; the default is 10 (MELDCODE.md §6). */
export const MIN_THRESHOLD = 5;
export const DEFAULT_THRESHOLD = 10;

/** A table with a total row and a total column appended (the plain 2D case). */
export function gridWithTotals(rows: string[], cols: string[], inner: number[][], totalLabel = 'totaal'): LinearTable {
  const r = rows.length;
  const c = cols.length;
  const values = inner.map((row) => [...row, row.reduce((s, v) => s + v, 0)]);
  const totalRow = Array.from({ length: c + 1 }, (_, j) => values.reduce((s, row) => s + row[j]!, 0));
  values.push(totalRow);
  return {
    rows: [...rows, totalLabel],
    cols: [...cols, totalLabel],
    values,
    rowRules: [{ total: r, parts: rows.map((_, i) => i) }],
    colRules: [{ total: c, parts: cols.map((_, j) => j) }],
  };
}

/** Each equation as the flat cell indices with coefficient +1 (parts) and the one with −1 (total). */
interface Equation {
  parts: number[];
  total: number;
}

export function equationsOf(t: LinearTable): Equation[] {
  const width = t.cols.length;
  const eqs: Equation[] = [];
  for (const rule of t.rowRules)
    for (let j = 0; j < width; j++) eqs.push({ total: rule.total * width + j, parts: rule.parts.map((i) => i * width + j) });
  for (const rule of t.colRules)
    for (let i = 0; i < t.rows.length; i++) eqs.push({ total: i * width + rule.total, parts: rule.parts.map((j) => i * width + j) });
  return eqs;
}

/** Checks that the values satisfy the rules (a table whose sums do not hold cannot be protected). */
export function checkRules(t: LinearTable): void {
  const flat = t.values.flat();
  for (const e of equationsOf(t)) {
    const sum = e.parts.reduce((s, k) => s + flat[k]!, 0);
    if (Math.abs(sum - flat[e.total]!) > 1e-9) throw new Error('A sum rule of the table does not hold');
  }
}

const EPS = 1e-9;

/**
 * The hidden cells an attacker can recompute from the published cells and the sum rules
 * (flat indices, row-major). Empty means the suppression holds.
 */
export function recoverable(t: LinearTable, hidden: boolean[][]): number[] {
  const width = t.cols.length;
  const flat = t.values.flat();
  const eqs = equationsOf(t);
  const unknown = new Set<number>();
  hidden.forEach((row, i) => row.forEach((h, j) => h && unknown.add(i * width + j)));
  const found: number[] = [];
  for (;;) {
    const vars = [...unknown];
    if (vars.length === 0) break;
    const col = new Map(vars.map((k, n) => [k, n]));
    const n = vars.length;
    // Each equation: Σ parts − total = 0, known cells moved to the right-hand side.
    const matrix: number[][] = [];
    const terms: { vars: [number, number][]; rhs: number }[] = [];
    for (const e of eqs) {
      const row = new Array<number>(n + 1).fill(0);
      let rhs = 0;
      const here: [number, number][] = [];
      for (const [k, coef] of [...e.parts.map((k) => [k, 1] as const), [e.total, -1] as const]) {
        const v = col.get(k);
        if (v === undefined) rhs -= coef * flat[k]!;
        else {
          row[v]! += coef;
          here.push([v, coef]);
        }
      }
      if (here.length === 0) continue;
      row[n] = rhs;
      matrix.push(row);
      terms.push({ vars: here, rhs });
    }
    const determined = new Set<number>();
    for (const v of linearlyDetermined(matrix, n)) determined.add(vars[v]!);
    for (const v of boundsDetermined(terms, n)) determined.add(vars[v]!);
    if (determined.size === 0) break;
    for (const k of determined) {
      unknown.delete(k);
      found.push(k);
    }
  }
  return found.sort((a, b) => a - b);
}

/**
 * Variables pinned by non-negativity: interval propagation over Σ coef·x = rhs with every x ≥ 0
 * (e.g. unknowns of one sign summing to 0 are all 0; x − y = 5 with x ≤ 5 gives x = 5).
 */
function boundsDetermined(eqs: { vars: [number, number][]; rhs: number }[], n: number): number[] {
  const lo = new Array<number>(n).fill(0);
  const hi = new Array<number>(n).fill(Infinity);
  for (let pass = 0; pass < 100; pass++) {
    let changed = false;
    for (const { vars, rhs } of eqs) {
      // Range of each term coef·x: [min, max].
      const tmin = vars.map(([v, c]) => (c > 0 ? lo[v]! : -hi[v]!));
      const tmax = vars.map(([v, c]) => (c > 0 ? hi[v]! : -lo[v]!));
      const sumMin = tmin.reduce((a, b) => a + b, 0);
      const sumMax = tmax.reduce((a, b) => a + b, 0);
      vars.forEach(([v, c], i) => {
        // coef·x = rhs − Σ others; others' sums exclude this term (guard ∞ − ∞).
        const othersMin = Number.isFinite(tmin[i]!) ? sumMin - tmin[i]! : sumOthers(tmin, i);
        const othersMax = Number.isFinite(tmax[i]!) ? sumMax - tmax[i]! : sumOthers(tmax, i);
        const a = rhs - othersMax;
        const b = rhs - othersMin;
        const [newLo, newHi] = c > 0 ? [a, b] : [-b, -a];
        if (newLo > lo[v]! + EPS) {
          lo[v] = newLo;
          changed = true;
        }
        if (newHi < hi[v]! - EPS) {
          hi[v] = newHi;
          changed = true;
        }
      });
    }
    if (!changed) break;
  }
  const out: number[] = [];
  for (let v = 0; v < n; v++) if (Number.isFinite(hi[v]!) && hi[v]! - lo[v]! < EPS) out.push(v);
  return out;
}

function sumOthers(values: number[], skip: number): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) if (i !== skip) s += values[i]!;
  return s;
}

/** Variables fixed by the system (augmented matrix rows, n variables): Gaussian elimination. */
function linearlyDetermined(matrix: number[][], n: number): number[] {
  const m = matrix.map((r) => r.slice());
  const pivotCols: number[] = [];
  let r = 0;
  for (let c = 0; c < n && r < m.length; c++) {
    let best = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[best]![c]!)) best = i;
    if (Math.abs(m[best]![c]!) < EPS) continue;
    [m[r], m[best]] = [m[best]!, m[r]!];
    const pivot = m[r]!;
    const p = pivot[c]!;
    for (let k = c; k <= n; k++) pivot[k]! /= p;
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const row = m[i]!;
      const f = row[c]!;
      if (Math.abs(f) < EPS) continue;
      for (let k = c; k <= n; k++) row[k]! -= f * pivot[k]!;
    }
    pivotCols.push(c);
    r++;
  }
  const isPivot = new Set(pivotCols);
  const out: number[] = [];
  pivotCols.forEach((c, i) => {
    const row = m[i]!;
    let free = false;
    for (let k = 0; k < n; k++) if (!isPivot.has(k) && Math.abs(row[k]!) > EPS) free = true;
    if (!free) out.push(c);
  });
  return out;
}

export interface SuppressOptions {
  /**
   * Cells to hide from the start (non-zero ones only): what the caller knows to be small although
   * the value is not (a sum over a group with fewer registrations than the threshold).
   */
  forced?: readonly (readonly boolean[])[];
  /**
   * Cells that are never published and need no protection: slack variables that turn a known
   * inequality into a sum rule ("a column is at most the registrations": registrations = column +
   * slack, slack ≥ 0). The attacker may learn them; they only make it stronger.
   */
  free?: readonly (readonly boolean[])[];
}

/** Primary and secondary suppression of a table (see the module comment). */
export function suppress(t: LinearTable, threshold: number = DEFAULT_THRESHOLD, options: SuppressOptions = {}): SuppressionResult {
  if (!(threshold >= 1)) throw new Error('threshold must be at least 1');
  checkRules(t);
  const width = t.cols.length;
  const flat = t.values.flat();
  const forced = options.forced?.flat();
  const free = options.free?.flat() ?? [];
  const hidden = flat.map((v, k) => free[k] === true || (v > 0 && (v < threshold || forced?.[k] === true)));
  const primary = flat.map((_, k) => free[k] !== true && hidden[k]!);
  const eqs = equationsOf(t);
  const isMargin = new Array<boolean>(flat.length).fill(false);
  for (const e of eqs) isMargin[e.total] = true;

  // Lower is better: non-zero inner cells by size, then non-zero margins, then zeros.
  const cost = (k: number) => (flat[k] === 0 ? 2e12 : 0) + (isMargin[k] ? 1e12 : 0) + flat[k]!;
  const bestOf = (cells: Iterable<number>): number | undefined => {
    let best: number | undefined;
    for (const k of cells) if (!hidden[k] && (best === undefined || cost(k) < cost(best))) best = k;
    return best;
  };
  const membersOf = (e: Equation) => [...e.parts, e.total];

  for (;;) {
    let changed = false;
    for (const e of eqs) {
      const members = membersOf(e);
      const hiddenMembers = members.filter((k) => hidden[k]);
      // One hidden member is given away by subtraction, unless it is free (a slack needs no protection).
      if (hiddenMembers.length !== 1 || free[hiddenMembers[0]!]) continue;
      const k = bestOf(members);
      if (k !== undefined) {
        hidden[k] = true;
        changed = true;
      }
    }
    if (changed) continue;
    const grid = Array.from({ length: t.rows.length }, (_, i) => hidden.slice(i * width, (i + 1) * width));
    const exposed = recoverable(t, grid).filter((k) => !free[k]);
    if (exposed.length === 0) break;
    const target = exposed[0]!;
    const near = eqs.filter((e) => membersOf(e).includes(target)).flatMap(membersOf);
    const k = bestOf(near) ?? bestOf(flat.keys());
    if (k === undefined) break; // everything is hidden
    hidden[k] = true;
  }
  const toGrid = (f: boolean[]) => Array.from({ length: t.rows.length }, (_, i) => f.slice(i * width, (i + 1) * width));
  return { hidden: toGrid(hidden), primary: toGrid(primary) };
}

/**
 * A percentage that may be published: numerator and base published, and the base at least the
 * threshold (a share of fewer than `threshold` cases is not shown). Null otherwise.
 */
export function publishablePct(
  count: number,
  base: number,
  countHidden: boolean,
  baseHidden: boolean,
  threshold: number,
): number | null {
  if (countHidden || baseHidden || base < threshold || base <= 0) return null;
  return (count / base) * 100;
}
