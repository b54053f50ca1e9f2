import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allColumns } from './cells';
import { cellOf, emptyCounters, fromCellRows, merge, putCell, toCellRows, totalOf, totalsOf, type CounterSet } from './counts';
import { countersOfFile, mergeCountsFile, parseCountsFile, toCountsFile } from './counts-file';

const INSTALLATIONS = ['inst-aaaa-0001', 'inst-bbbb-0002', 'inst-cccc-0003', 'inst-dddd-0004'];
const ROWS = ['2025-01|de-rank', '2025-01|ubbo-pro', '2025-02|de-rank', '2024-12|s-3'];
const COLUMNS = allColumns().filter((_, i) => i % 4 === 0); // a spread of every dimension

const cellArb = fc.record({
  installation: fc.constantFrom(...INSTALLATIONS),
  cell: fc.tuple(fc.constantFrom(...ROWS), fc.constantFrom(...COLUMNS)).map(([r, c]) => `${r}|${c}`),
  count: fc.nat({ max: 40 }),
});
/** A random table of counters: every installation, row and column may or may not appear. */
const countersArb: fc.Arbitrary<CounterSet> = fc.array(cellArb, { maxLength: 60 }).map(fromCellRows);

const canon = (s: CounterSet) => toCellRows(s);
const RUNS = { numRuns: 300 };

describe('G-counter merge', () => {
  it('is commutative', () => {
    fc.assert(fc.property(countersArb, countersArb, (a, b) => {
      expect(canon(merge(a, b))).toEqual(canon(merge(b, a)));
    }), RUNS);
  }, 60_000); // property tests: generous under a loaded CI machine

  it('is associative', () => {
    fc.assert(
      fc.property(countersArb, countersArb, countersArb, (a, b, c) => {
        expect(canon(merge(merge(a, b), c))).toEqual(canon(merge(a, merge(b, c))));
      }),
      RUNS,
    );
  }, 60_000); // property tests: generous under a loaded CI machine

  it('is idempotent', () => {
    fc.assert(fc.property(countersArb, (a) => {
      expect(canon(merge(a, a))).toEqual(canon(a));
    }), RUNS);
  }, 60_000); // property tests: generous under a loaded CI machine

  it('never loses a count: the merge is at least each input, cell by cell', () => {
    fc.assert(
      fc.property(countersArb, countersArb, (a, b) => {
        const m = merge(a, b);
        for (const r of [...toCellRows(a), ...toCellRows(b)]) expect(cellOf(m, r.installation, r.cell)).toBeGreaterThanOrEqual(r.count);
      }),
      RUNS,
    );
  }, 60_000); // property tests: generous under a loaded CI machine

  it('totals equal the sum over installations of every cell', () => {
    fc.assert(
      fc.property(countersArb, countersArb, (a, b) => {
        const m = merge(a, b);
        const totals = totalsOf(m);
        for (const row of ROWS)
          for (const col of COLUMNS) {
            const cell = `${row}|${col}`;
            const sum = INSTALLATIONS.reduce((acc, i) => acc + cellOf(m, i, cell), 0);
            expect(totalOf(totals, cell)).toBe(sum);
          }
      }),
      RUNS,
    );
  }, 60_000); // property tests: generous under a loaded CI machine

  it('importing counts files twice or in any order gives the same totals', () => {
    const meta = { contentVersion: '2026.11.1', exportedAt: '2026-01', schools: [] };
    fc.assert(
      fc.property(fc.array(countersArb, { minLength: 1, maxLength: 4 }), fc.nat(), (sets, seed) => {
        const texts = sets.map((s) => JSON.stringify(toCountsFile(s, meta)));
        const once = emptyCounters();
        for (const t of texts) {
          const r = parseCountsFile(t);
          if (!r.ok) throw new Error(r.error.message);
          mergeCountsFile(once, r.file);
        }
        // every file twice, in a shuffled order
        const shuffled = [...texts, ...texts]
          .map((t, i) => ({ t, k: (i * 7919 + seed) % 9973 }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.t);
        const twice = emptyCounters();
        for (const t of shuffled) {
          const r = parseCountsFile(t);
          if (!r.ok) throw new Error(r.error.message);
          mergeCountsFile(twice, r.file, { adopt: true }); // the import path: parsed arrays are taken over
        }
        expect(canon(twice)).toEqual(canon(once));
        expect(canon(once)).toEqual(canon(merge(...sets)));
        const t1 = totalsOf(once);
        const t2 = totalsOf(twice);
        for (const row of ROWS) for (const col of COLUMNS) expect(totalOf(t2, `${row}|${col}`)).toBe(totalOf(t1, `${row}|${col}`));
      }),
      { numRuns: 200 },
    );
  }, 60_000); // property tests: generous under a loaded CI machine

  it('round-trips a counter set through its counts file', () => {
    fc.assert(
      fc.property(countersArb, (a) => {
        const file = toCountsFile(a, { contentVersion: 'x', exportedAt: '2026-01', schools: [] });
        expect(canon(countersOfFile(file))).toEqual(canon(a));
      }),
      RUNS,
    );
  }, 60_000); // property tests: generous under a loaded CI machine

  it('adds only for the local installation and merges by max', () => {
    const s = emptyCounters();
    putCell(s, 'inst-aaaa-0001', '2025-01|de-rank|contact|ouder', 1, 'add');
    putCell(s, 'inst-aaaa-0001', '2025-01|de-rank|contact|ouder', 1, 'add');
    putCell(s, 'inst-aaaa-0001', '2025-01|de-rank|contact|ouder', 1, 'max');
    expect(cellOf(s, 'inst-aaaa-0001', '2025-01|de-rank|contact|ouder')).toBe(2);
  });
});
