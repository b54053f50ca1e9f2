import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equationsOf, gridWithTotals, publishablePct, recoverable, suppress, type LinearTable } from './suppress';

const smallish = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 12 }) },
  { weight: 4, arbitrary: fc.integer({ min: 10, max: 90 }) },
);
const grid = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 7 }))
  .chain(([r, c]) => fc.array(fc.array(smallish, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

const plain = grid.map((inner) => gridWithTotals(inner.map((_, i) => `r${i}`), inner[0]!.map((_, j) => `c${j}`), inner));

/** Schools grouped as PO and VO with subtotals and a total column, categories with a total row. */
const grouped = fc.tuple(grid, fc.integer({ min: 0, max: 7 })).map(([inner, split]): LinearTable => {
  const c = inner[0]!.length;
  const po = Array.from({ length: Math.min(split, c) }, (_, j) => j);
  const vo = Array.from({ length: c - po.length }, (_, j) => po.length + j);
  const sum = (row: number[], idx: number[]) => idx.reduce((s, j) => s + row[j]!, 0);
  const rowsWithCols = inner.map((row) => [...row, sum(row, po), sum(row, vo), sum(row, [...po, ...vo])]);
  const totalRow = rowsWithCols[0]!.map((_, j) => rowsWithCols.reduce((s, row) => s + row[j]!, 0));
  return {
    rows: [...inner.map((_, i) => `r${i}`), 'totaal'],
    cols: [...inner[0]!.map((_, j) => `s${j}`), 'po', 'vo', 'totaal'],
    values: [...rowsWithCols, totalRow],
    rowRules: [{ total: inner.length, parts: inner.map((_, i) => i) }],
    colRules: [
      { total: c, parts: po },
      { total: c + 1, parts: vo },
      { total: c + 2, parts: [c, c + 1] },
    ],
  };
});

const threshold = fc.integer({ min: 5, max: 10 });

function checkSuppressed(t: LinearTable, th: number) {
  const { hidden, primary } = suppress(t, th);
  t.values.forEach((row, i) =>
    row.forEach((v, j) => {
      // every small non-zero cell, margins included, is hidden
      if (v > 0 && v < th) expect(hidden[i]![j]).toBe(true);
      if (primary[i]![j]) expect(hidden[i]![j]).toBe(true);
    }),
  );
  // no rule with exactly one hidden member (subtraction)
  const flatHidden = hidden.flat();
  for (const e of equationsOf(t)) expect([...e.parts, e.total].filter((k) => flatHidden[k]).length).not.toBe(1);
  // and nothing hidden can be recomputed from the published cells and all totals
  expect(recoverable(t, hidden)).toEqual([]);
}

describe('suppress', () => {
  it('after suppression no hidden cell of a table with row and column totals can be recomputed', () => {
    fc.assert(
      fc.property(plain, threshold, (t, th) => {
        checkSuppressed(t, th);
      }),
      { numRuns: 400 },
    );
  }, 60_000); // property tests: generous under a loaded CI machine

  it('holds for schools with PO and VO subtotals beside the total', () => {
    fc.assert(
      fc.property(grouped, threshold, (t, th) => {
        checkSuppressed(t, th);
      }),
      { numRuns: 300 },
    );
  }, 60_000); // property tests: generous under a loaded CI machine

  it('the attacker finds what primary suppression alone leaves open', () => {
    const t = gridWithTotals(['a', 'b'], ['x', 'y'], [
      [3, 20],
      [15, 20],
    ]);
    const onlyPrimary = t.values.map((row) => row.map((v) => v > 0 && v < 10));
    expect(recoverable(t, onlyPrimary)).toEqual([0]); // the 3: 23 − 20
    // a rectangle of four hidden cells cannot be recomputed
    const rect = gridWithTotals(['a', 'b', 'c'], ['x', 'y', 'z'], [
      [3, 20, 12],
      [15, 4, 30],
      [11, 12, 13],
    ]);
    const h = rect.values.map((row) => row.map(() => false));
    h[0]![0] = h[0]![1] = h[1]![0] = h[1]![1] = true;
    expect(recoverable(rect, h)).toEqual([]);
    // non-negativity: hidden cells of a rule that sums to 0 are all 0 (not a linear consequence)
    const z = gridWithTotals(['a', 'b'], ['x', 'y'], [
      [0, 0],
      [12, 15],
    ]);
    const hz = z.values.map((row) => row.map(() => false));
    hz[0]![0] = hz[0]![1] = true;
    expect(recoverable(z, hz)).toEqual([0, 1]);
    // a chain: hiding a.x, a.y and the total of column x (two hidden in each line) still gives all
    // three away, because the total row fixes the column total first
    const nn = gridWithTotals(['a', 'b'], ['x', 'y'], [
      [5, 0],
      [12, 15],
    ]);
    const hn = nn.values.map((row) => row.map(() => false));
    hn[0]![0] = hn[0]![1] = hn[2]![0] = true;
    expect(recoverable(nn, hn)).toEqual([0, 1, 6]);
  });

  it('hides a second cell next to a lone small one, preferring the smallest non-zero inner cell', () => {
    const t = gridWithTotals(['a', 'b', 'c'], ['x', 'y', 'z'], [
      [3, 40, 25],
      [30, 50, 12],
      [20, 22, 60],
    ]);
    const { hidden } = suppress(t, 10);
    expect(hidden[0]![0]).toBe(true);
    expect(hidden[1]![2] || hidden[0]![2]).toBe(true);
    expect(recoverable(t, hidden)).toEqual([]);
    // totals stay published when the inner cells can protect each other
    expect(hidden[3]![3]).toBe(false);
  });

  it('publishes nothing to hide in a table of large numbers and zeros', () => {
    const t = gridWithTotals(['a', 'b'], ['x', 'y'], [
      [0, 40],
      [25, 0],
    ]);
    expect(suppress(t, 10).hidden.flat().some(Boolean)).toBe(false);
  });

  it('shows a percentage only over a published base of at least the threshold', () => {
    expect(publishablePct(3, 9, false, false, 10)).toBeNull();
    expect(publishablePct(3, 10, false, false, 10)).toBe(30);
    expect(publishablePct(3, 100, true, false, 10)).toBeNull();
    expect(publishablePct(30, 100, false, true, 10)).toBeNull();
  });
});
