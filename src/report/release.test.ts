import { describe, expect, it } from 'vitest';
import { emptyCounters, putCell, totalsOf } from '../storage/counts';
import { countRegistration, type Registration } from '../storage/registration';
import { suppress, gridWithTotals } from './model/suppress';
import { fixedOrder, publishedRanks } from './protect';
import { outsideRelease, releasableYears, wholeYear } from './release';
import type { GroupTable } from './tables';

const t = (key: string) => key;
const lookups = { t, partnerName: (id: string) => id, schoolName: (id: string) => id };
const SCHOOLS = { a: 'po', b: 'po', c: 'vo' } as const;

function totals(regs: [number, Registration][]) {
  const set = emptyCounters();
  for (const [times, reg] of regs) for (let i = 0; i < times; i++) for (const [cell, n] of countRegistration(reg)) putCell(set, 'i-1', cell, n, 'add');
  return totalsOf(set);
}
const reg = (school: string, more: Partial<Registration> = {}): Registration => ({
  month: '2025-03',
  school,
  contacts: [],
  activities: [],
  themes: [],
  flags: [],
  ...more,
});
const release = (regs: [number, Registration][], threshold = 10) => {
  const r = outsideRelease(totals(regs), { from: '2025-01', to: '2025-12', schools: 'all' }, { schoolTypes: SCHOOLS, threshold, today: '2026-02', lookups });
  if (!r.ok) throw new Error(r.reason);
  return r;
};
const table = (r: ReturnType<typeof release>, id: string) => r.sections.flatMap((s) => s.tables).find((x) => x.id === id) as GroupTable;

describe('the release grid', () => {
  it('knows whole calendar years and the years that have ended', () => {
    expect(wholeYear('2025-01', '2025-12')).toBe(2025);
    expect(wholeYear('2025-01', '2026-12')).toBeUndefined();
    expect(wholeYear('2025-08', '2026-07')).toBeUndefined();
    const tt = totals([
      [1, reg('a', { month: '2024-05' })],
      [1, reg('a', { month: '2025-05' })],
      [1, reg('a', { month: '2026-01' })],
    ]);
    expect(releasableYears(tt, '2026-02')).toEqual([2025, 2024]);
  });
});

describe('fixed order and published ranks', () => {
  it('orders partners by kind and name and themes as the content does, whatever the counts', () => {
    const order = (n: [number, number, number]) => {
      const r = release([
        [n[0], reg('a', { route: 'intern', partner: 'gezinscoaching', themes: ['verzuim'] })],
        [n[1], reg('a', { route: 'intern', partner: 'buurtwerk', themes: ['pesten'] })],
        [n[2], reg('c', { route: 'extern', partner: 'cjg', themes: ['gedrag-emotieregulatie'] })],
      ]);
      return [table(r, 'partners').rows.map((x) => x.key), table(r, 'themes').rows.map((x) => x.key)];
    };
    const expected = [
      ['internal.buurtwerk', 'internal.gezinscoaching', 'external.cjg', 'total'],
      ['gedrag-emotieregulatie', 'verzuim', 'pesten'],
    ];
    expect(order([30, 12, 3])).toEqual(expected);
    expect(order([3, 40, 25])).toEqual(expected);
  });

  it('keeps totals last and leaves other tables as they are', () => {
    const rows = [
      { key: 'external.x', label: 'X', cells: {} },
      { key: 'total', label: 'T', total: true, cells: {} },
      { key: 'internal.y', label: 'Y', cells: {} },
    ] as unknown as GroupTable['rows'];
    expect(fixedOrder({ id: 'partners', rows } as GroupTable).map((r) => r.key)).toEqual(['internal.y', 'external.x', 'total']);
    expect(fixedOrder({ id: 'contacts', rows } as GroupTable).map((r) => r.key)).toEqual(['external.x', 'internal.y', 'total']);
  });

  it('ranks from the largest published count only', () => {
    const cell = (count: number, hidden = false) => ({ po: { count, hidden }, vo: { count: 0, hidden: false }, all: { count, hidden } });
    const rows = [
      { key: 'a', label: 'a', cells: cell(40, true) },
      { key: 'b', label: 'b', cells: cell(30) },
      { key: 'c', label: 'c', cells: cell(20) },
      { key: 'd', label: 'd', cells: cell(5, true) },
    ] as unknown as GroupTable['rows'];
    const ranks = publishedRanks(rows);
    // Over the true largest (40), b would be rank 2 (75%) and c rank 3 (50%): that would tell a hidden 40.
    expect(ranks.get('b')!.po).toBe(1);
    expect(ranks.get('c')!.po).toBe(2);
    expect(ranks.get('a')!.po).toBeNull();
    expect(ranks.get('d')!.all).toBeNull();
    expect(ranks.get('b')!.vo).toBeNull(); // a count of 0 has no rank
  });

  it('gives the inside ranks when nothing is hidden', () => {
    const r = release([
      [40, reg('a', { themes: ['pesten'] })],
      [30, reg('a', { themes: ['verzuim'] })],
      [20, reg('a', { themes: ['armoede'] })],
      [11, reg('a', { themes: ['rouw'] })],
    ]);
    const ranks = Object.fromEntries(table(r, 'themes').rows.map((x) => [x.key, x.cells.po.rank]));
    expect(ranks).toEqual({ pesten: 1, verzuim: 2, armoede: 3, rouw: 4 });
  });
});

describe('what counting rules tell an attacker', () => {
  it('hides a group with fewer registrations than the threshold, sums included', () => {
    // 6 VO registrations with two contacts each: conversations 12, and ib + leerling = 12 with each at most 6.
    const r = release(
      [
        [30, reg('a', { contacts: ['ouder'] })],
        [6, reg('c', { contacts: ['ib', 'leerling'] })],
      ],
      7,
    );
    const conversations = table(r, 'contacts').rows.find((x) => x.key === 'conversations')!.cells;
    expect(conversations.vo.hidden).toBe(true);
    expect(conversations.po.hidden || conversations.all.hidden).toBe(true);
  });

  it('treats a figure as at most the registrations', () => {
    // VO: 7 registrations, each with ib and ouder (conversations 14): ib = ouder = 7 follows, and
    // PO's small ib would be the total's minus 7.
    const r = release(
      [
        [2, reg('b', { contacts: ['ib'] })],
        [17, reg('b', { contacts: ['leerling'] })],
        [7, reg('c', { contacts: ['ib', 'ouder'] })],
      ],
      7,
    );
    const rows = table(r, 'contacts').rows;
    const ib = rows.find((x) => x.key === 'ib')!.cells;
    const registrations = r.sections.flatMap((s) => s.tables).find((x) => x.id === 'schools')!;
    const vo = registrations.kind === 'matrix' ? registrations.rows.find((x) => x.key === 'subtotal-vo')!.cells[0]! : undefined;
    expect(ib.po.hidden).toBe(true);
    // Either the VO ib, the total's ib or the VO registrations are hidden too.
    expect(ib.vo.hidden || ib.all.hidden || vo?.hidden).toBe(true);
  });

  it('needs no partner for a free (slack) cell, and hides forced cells', () => {
    const t2 = gridWithTotals(['a', 'b'], ['x', 'y'], [
      [20, 30],
      [40, 50],
    ]);
    const free = t2.values.map((row, i) => row.map(() => i === 0));
    const r = suppress(t2, 10, { free });
    expect(r.hidden[1]).toEqual([false, false, false]);
    expect(r.primary.flat().some(Boolean)).toBe(false);
    const forced = t2.values.map((row, i) => row.map((_, j) => i === 0 && j === 0));
    const f = suppress(t2, 10, { forced });
    expect(f.hidden[0]![0]).toBe(true);
    expect(f.hidden.flat().filter(Boolean).length).toBeGreaterThanOrEqual(4);
  });
});

describe('key-figure shares', () => {
  it('are shown in PO, VO and all, or in none: two groups would give the third', () => {
    const r = release(
      [
        [5, reg('a', { contacts: ['ouder'], via: 'leerkracht' })],
        [5, reg('a', { contacts: ['ouder'] })],
        [2, reg('c', { contacts: ['ouder', 'leerling'], via: 'leerkracht' })],
        [3, reg('c', { contacts: ['ouder', 'ib'] })],
      ],
      5,
    );
    const row = table(r, 'contacts-key').rows.find((x) => x.key === 'parents-via-teacher')!.cells;
    // PO 5 of 10 and all 7 of 15 would each be safe alone, and give VO's 2 of 5 together.
    expect([row.po.pct, row.vo.pct, row.all.pct]).toEqual([null, null, null]);
  });
});
