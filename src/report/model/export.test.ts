import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, CONTACTS, THEMES, VIAS, type SchoolType } from '../../../machines/ids';
import { countRegistration, type Registration } from '../../storage/registration';
import { emptyCounters, putCell, totalsOf, type Totals } from '../../storage/counts';
import { BOM, csvField, formatPct, toCsv } from './csv';
import { externalCsv, externalTables, internalCsv, suppressedTables, TOTAL } from './export';
import { recoverable } from './suppress';

const SCHOOLS: { id: string; name: string; type: SchoolType }[] = [
  { id: 'de-rank', name: 'De Rank', type: 'po' },
  { id: 'de-hochte', name: 'De Höchte', type: 'po' },
  { id: 'wereldwijs', name: 'Wereldwijs; locatie Noord', type: 'po' },
  { id: 'ubbo-pro', name: 'Ubbo Emmius PrO', type: 'vo' },
  { id: 'ubbo-onstwedde', name: 'Ubbo Emmius Onstwedde', type: 'vo' },
];
const schoolTypes = Object.fromEntries(SCHOOLS.map((s) => [s.id, s.type]));
const schoolNames = Object.fromEntries(SCHOOLS.map((s) => [s.id, s.name]));

const regArb: fc.Arbitrary<Registration> = fc
  .record({
    month: fc.constantFrom('2025-01', '2025-02', '2025-03', '2024-12'),
    school: fc.constantFrom(...SCHOOLS.map((s) => s.id), 'onbekend'),
    contacts: fc.subarray([...CONTACTS], { maxLength: 2 }),
    via: fc.option(fc.constantFrom(...VIAS), { nil: undefined }),
    activities: fc.subarray([...ACTIVITIES], { maxLength: 2 }),
    themes: fc.subarray([...THEMES], { maxLength: 2 }),
    flags: fc.constant([]),
    kind: fc.nat({ max: 9 }),
  })
  .map(({ kind, ...r }) =>
    kind === 0
      ? { ...r, route: 'intern' as const, partner: 'gezinscoaching' }
      : kind === 1
        ? { ...r, route: 'extern' as const, partner: kind % 2 ? 'cjg' : 'huisarts' }
        : kind < 5
          ? { ...r, route: 'advies' as const }
          : { ...r, route: 'begeleiding' as const },
  );

function totalsFrom(regs: Registration[]): Totals {
  const set = emptyCounters();
  for (const r of regs) for (const [cell, n] of countRegistration(r)) putCell(set, 'inst-test-0001', cell, n, 'add');
  return totalsOf(set);
}

const period = { from: '2025-01', to: '2025-03', schoolTypes, schoolNames };

describe('CSV', () => {
  it('writes what Dutch Excel reads: BOM, semicolons, CRLF, decimal comma, quoting', () => {
    const text = toCsv([
      ['a', 'b;c', 'say "hi"', 3, null],
      ['=SUM(A1)', ' padded', formatPct(36.77)],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}a;"b;c";"say ""hi""";3;\r\n"'=SUM(A1)";" padded";36,8\r\n`);
    expect(csvField('De Höchte')).toBe('De Höchte');
  });
});

describe('external export', () => {
  it('publishes no suppressed cell that can be recomputed, no small count and no month', () => {
    fc.assert(
      fc.property(fc.array(regArb, { minLength: 0, maxLength: 160 }), fc.integer({ min: 5, max: 10 }), fc.boolean(), (regs, threshold, perSchool) => {
        const totals = totalsFrom(regs);
        for (const { published, source, hidden } of suppressedTables(totals, { ...period, threshold, perSchool })) {
          expect(recoverable(source, hidden)).toEqual([]);
          published.cells.forEach((row, i) =>
            row.forEach((v, j) => {
              if (v !== null) {
                expect(v === 0 || v >= threshold).toBe(true);
                expect(v).toBe(source.values[i]![j]);
              }
              const p = published.pcts?.[i]?.[j];
              if (p !== null && p !== undefined) {
                const base = published.cells[published.rows.indexOf(TOTAL)]![j]!;
                expect(base).toBeGreaterThanOrEqual(threshold);
              }
            }),
          );
        }
        const csv = externalCsv(totals, { ...period, threshold, perSchool, contentVersion: '2026.11.1' });
        const body = csv.split('\r\n').slice(3).join('\n');
        expect(body).not.toMatch(/\d{4}-\d{2}/);
      }),
      // Each run suppresses eight tables of up to 30 columns; the suppression laws themselves run
      // 700 times on random tables in suppress.test.ts.
      { numRuns: 40 },
    );
  }, 120_000);

  it('sums the period per school, PO and VO side by side, schools of unknown type apart', () => {
    const regs: Registration[] = Array.from({ length: 30 }, (_, i) => ({
      month: i % 2 ? '2025-01' : '2025-02',
      school: i < 12 ? 'de-rank' : i < 24 ? 'ubbo-pro' : 'onbekend',
      contacts: ['ouder'],
      activities: [],
      themes: [],
      flags: [],
      route: 'advies',
    }));
    const [registraties, contact] = externalTables(totalsFrom(regs), { ...period, threshold: 10 });
    expect(registraties!.cols).toEqual(['de-rank', 'po', 'ubbo-pro', 'vo', 'onbekend', TOTAL]);
    // The 6 of the unknown school is hidden; the total would give it away (30 − 12 − 12), so PO is
    // hidden too, and with it its only school.
    expect(registraties!.cells[0]).toEqual([null, null, 12, 12, null, 30]);
    expect(contact!.cells[contact!.rows.indexOf('contact|ouder')]).toEqual([null, null, 12, 12, null, 30]);
    expect(contact!.pcts![contact!.rows.indexOf('contact|ouder')]).toEqual([null, null, 100, 100, null, 100]);
  });

  it('never goes below a threshold of 5', () => {
    const regs: Registration[] = Array.from({ length: 4 }, () => ({
      month: '2025-01',
      school: 'de-rank',
      contacts: ['ouder'],
      activities: [],
      themes: [],
      flags: [],
    }));
    const [registraties] = externalTables(totalsFrom(regs), { ...period, threshold: 2 });
    expect(registraties!.cells[0]!.every((v) => v === null || v === 0)).toBe(true);
  });

  it('writes the header lines: period, content version and the rule', () => {
    const csv = externalCsv(totalsFrom([]), { ...period, contentVersion: '2026.11.1', organisation: 'Welstad' });
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'Zorgroute – verantwoording',
      'Organisatie;Welstad',
      'Periode;2025-01 t/m 2025-03',
      'Inhoudsversie;2026.11.1',
      expect.stringMatching(/^"?Aantallen kleiner dan 10/),
    ]);
  });
});

describe('internal export', () => {
  it('lists every non-zero cell per month and school of the period', () => {
    const regs: Registration[] = [
      { month: '2025-01', school: 'wereldwijs', contacts: ['ouder'], activities: [], themes: [], flags: [] },
      { month: '2024-12', school: 'de-rank', contacts: ['ouder'], activities: [], themes: [], flags: [] },
    ];
    const csv = internalCsv(totalsFrom(regs), { ...period, contentVersion: '2026.11.1' });
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines.slice(5)).toEqual([
      'Maand;School-id;School;Type;Dimensie;Waarde;Aantal',
      '2025-01;wereldwijs;"Wereldwijs; locatie Noord";po;contact;contact|ouder;1',
      '2025-01;wereldwijs;"Wereldwijs; locatie Noord";po;registratie;registratie|n;1',
    ]);
  });
});
