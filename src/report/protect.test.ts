import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, CONTACTS, THEMES, VIAS, type Activity, type Contact, type Theme, type Via } from '../../machines/ids';
import { countRegistration, type Registration } from '../storage/registration';
import { emptyCounters, putCell, totalsOf } from '../storage/counts';
import { computeReport } from './model/report';
import { recoverable, type LinearTable } from './model/suppress';
import { protectSections, suppressFigures } from './protect';
import { GROUPS, reportSections, type GroupTable, type Section } from './tables';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}${JSON.stringify(options)}` : key);
const lookups = { t, partnerName: (id: string) => id, schoolName: (id: string) => id };
const SCHOOLS = { a: 'po', b: 'po', c: 'vo' } as const;

function sectionsOf(regs: Registration[]): Section[] {
  const set = emptyCounters();
  for (const reg of regs) for (const [cell, n] of countRegistration(reg)) putCell(set, 'installation-1', cell, n, 'add');
  const report = computeReport(totalsOf(set), { from: '2026-01', to: '2026-12', schools: Object.keys(SCHOOLS), schoolTypes: SCHOOLS });
  return reportSections(report, lookups);
}

const groupTables = (sections: readonly Section[]) => sections.flatMap((s) => s.tables.filter((x): x is GroupTable => x.kind === 'group'));

const registration: fc.Arbitrary<Registration> = fc
  .record({
    month: fc.constantFrom('2026-01', '2026-06'),
    school: fc.constantFrom('a', 'b', 'c'),
    contacts: fc.subarray([...CONTACTS] as Contact[], { maxLength: 2 }),
    via: fc.option(fc.constantFrom(...(VIAS as readonly Via[])), { nil: undefined }),
    activities: fc.subarray([...ACTIVITIES] as Activity[], { maxLength: 2 }),
    themes: fc.subarray([...THEMES] as Theme[], { maxLength: 2 }),
    route: fc.constantFrom('advies', 'begeleiding', 'intern', 'extern', undefined),
    partner: fc.constantFrom('gezinscoaching', 'buurtwerk', 'cjg', 'huisarts'),
  })
  .map(({ route, partner, via, ...rest }) => ({
    ...rest,
    ...(via ? { via } : {}),
    flags: [],
    ...(route ? { route } : {}),
    ...(route === 'intern' ? { partner: partner === 'cjg' ? 'gezinscoaching' : partner === 'huisarts' ? 'buurtwerk' : partner } : {}),
    ...(route === 'extern' ? { partner: partner === 'gezinscoaching' ? 'cjg' : partner === 'buurtwerk' ? 'huisarts' : partner } : {}),
  })) as fc.Arbitrary<Registration>;

describe('the report as tables', () => {
  it('shows the counts of the registrations, PO and VO apart', () => {
    const sections = sectionsOf([
      { month: '2026-02', school: 'a', contacts: ['ouder'], via: 'leerkracht', activities: ['gesprek'], themes: ['opvoedvragen'], flags: [], route: 'intern', partner: 'gezinscoaching' },
      { month: '2026-03', school: 'c', contacts: ['leerling', 'ouder'], activities: ['kindgesprek'], themes: [], flags: [], route: 'advies' },
    ]);
    const contacts = groupTables(sections).find((x) => x.id === 'contacts')!;
    const row = (k: string) => contacts.rows.find((r) => r.key === k)!.cells;
    expect(row('ouder').po.count).toBe(1);
    expect(row('ouder').vo.count).toBe(1);
    expect(row('ouder').all.count).toBe(2);
    expect(row('conversations').all.count).toBe(3);
    expect(row('leerling').vo.pct).toBe(50);
    const partners = groupTables(sections).find((x) => x.id === 'partners')!;
    expect(partners.rows.map((r) => r.key)).toEqual(['internal.gezinscoaching', 'total']);
  });
});

describe('the outside version', () => {
  const THRESHOLD = 10;

  it('hides small numbers, keeps zeros, and hides a figure in every table it appears in', () => {
    const regs: Registration[] = [];
    for (let i = 0; i < 40; i++) regs.push({ month: '2026-01', school: 'a', contacts: ['ouder'], activities: ['gesprek'], themes: [], flags: [], route: 'advies' });
    for (let i = 0; i < 3; i++) regs.push({ month: '2026-01', school: 'c', contacts: ['ouder'], activities: ['gesprek'], themes: [], flags: [], route: 'intern', partner: 'gezinscoaching' });
    const out = protectSections(sectionsOf(regs), THRESHOLD);
    const contacts = groupTables(out).find((x) => x.id === 'contacts')!;
    const ouder = contacts.rows.find((r) => r.key === 'ouder')!.cells;
    expect(ouder.vo.hidden).toBe(true);
    expect(ouder.po.hidden).toBe(true); // otherwise total − PO gives VO away
    expect(ouder.all).toMatchObject({ count: 43, hidden: false });
    expect(contacts.rows.find((r) => r.key === 'leerling')!.cells.vo).toMatchObject({ count: 0, hidden: false });
    const gezinnen = groupTables(out).find((x) => x.id === 'support')!.rows.find((r) => r.key === 'gezinnen')!.cells;
    expect(gezinnen.vo.hidden).toBe(true);
    expect(gezinnen.po.hidden).toBe(true);
    expect(out.find((s) => s.id === 'contacts')!.omitted).toEqual(['report:contacts.raisedByTable']);
    // "97% no referral" of a small group would give the referrals away.
    const referrals = groupTables(out).find((x) => x.id === 'referrals')!;
    expect(referrals.rows.find((r) => r.key === 'no-referral')!.cells.vo.pctHidden).toBe(true);
  });

  it('never publishes a count from 1 to threshold − 1, a figure is hidden alike everywhere, and no hidden cell can be recomputed', () => {
    fc.assert(
      fc.property(fc.array(registration, { minLength: 1, maxLength: 60 }), fc.integer({ min: 5, max: 10 }), (regs, threshold) => {
        const inside = sectionsOf(regs);
        const out = protectSections(inside, threshold);
        const tables = groupTables(out);
        const seen = new Map<string, boolean>();
        for (const table of tables) {
          for (const row of table.rows) {
            for (const g of GROUPS) {
              const c = row.cells[g];
              if (!c.hidden) expect(c.count === 0 || c.count >= threshold, `${table.id}.${row.key}.${g} = ${c.count}`).toBe(true);
              if (c.pct != null && !c.pctHidden && table.pctOnly) expect(c.base! >= threshold).toBe(true);
              if (!table.pctOnly && row.figure) {
                const key = `${row.figure}.${g}`;
                if (seen.has(key)) expect(c.hidden, key).toBe(seen.get(key));
                seen.set(key, c.hidden === true);
              }
            }
          }
        }
        for (const s of out)
          for (const m of s.tables)
            if (m.kind === 'matrix') for (const row of m.rows) for (const c of row.cells) if (!c.hidden) expect(c.count === 0 || c.count >= threshold).toBe(true);

        // The attacker of suppress.ts, given every published figure and every declared rule at once.
        const grid = suppressFigures(groupTables(inside), threshold);
        const figures = [...grid.keys()];
        const index = new Map(figures.map((f, i) => [f, i]));
        const rules = groupTables(inside)
          .flatMap((x) => x.rules ?? [])
          .map((r) => ({ total: index.get(r.total)!, parts: r.parts.map((p) => index.get(p)!) }));
        const linear: LinearTable = {
          rows: figures,
          cols: [...GROUPS],
          values: figures.map((f) => GROUPS.map((g) => grid.get(f)![g].count)),
          rowRules: rules,
          colRules: [{ total: 2, parts: [0, 1] }],
        };
        const hidden = figures.map((f) => GROUPS.map((g) => grid.get(f)![g].hidden));
        expect(recoverable(linear, hidden)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
