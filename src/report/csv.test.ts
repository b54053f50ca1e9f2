import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, CONTACTS, THEMES, VIAS, type SchoolType } from '../../machines/ids';
import { emptyCounters, putCell, totalsOf, type Totals } from '../storage/counts';
import { countRegistration, type Registration } from '../storage/registration';
import { BOM, csvField, internalCsv, reportCsv, toCsv } from './csv';
import { computeReport } from './model/report';
import { protectSections } from './protect';
import { reportSections, type GroupTable, type MatrixTable, type Section } from './tables';

const t = (key: string) => ({ 'report:groups.po': 'PO', 'report:groups.vo': 'VO', 'report:groups.all': 'Totaal', 'report:table.count': 'Aantal', 'report:table.pct': '%', 'report:table.rank': 'Cijfer' })[key] ?? key;

describe('the report tables as CSV', () => {
  it('writes each table with its caption, group × measure headers, * for hidden and whole percentages', () => {
    const group: GroupTable = {
      kind: 'group',
      id: 'contacts',
      caption: 'Gesprekken per contact',
      rowHeader: 'Contact met',
      measures: ['count', 'pct'],
      rows: [
        { key: 'ouder', label: 'Ouder', cells: { po: { count: 12, pct: 37.4 }, vo: { count: 3, hidden: true, pct: null, pctHidden: true }, all: { count: 15, pct: null } } },
      ],
    };
    const matrix: MatrixTable = {
      kind: 'matrix',
      id: 'schools',
      caption: 'Per school',
      rowHeader: 'School',
      columns: [{ key: 'registrations', label: 'Registraties' }],
      rows: [{ key: 'a', label: 'De Linde', cells: [{ count: 1600 }] }],
      showPct: false,
    };
    const sections: Section[] = [{ id: 'contacts', title: 'Verdeling contacten', tables: [group, matrix] }];
    const text = reportCsv(sections, { header: [['Periode', 'januari 2026 – december 2026']] }, t);
    expect(text.startsWith(BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Periode;januari 2026 – december 2026',
      '',
      'VERDELING CONTACTEN',
      'Gesprekken per contact',
      'Contact met;PO: Aantal;PO: %;VO: Aantal;VO: %;Totaal: Aantal;Totaal: %',
      'Ouder;12;37;*;*;15;',
      '',
      'Per school',
      'School;Registraties',
      'De Linde;1600',
      '',
      '',
    ]);
  });
});

describe('CSV for Dutch Excel', () => {
  it('writes BOM, semicolons, CRLF, quoting and a formula guard', () => {
    const text = toCsv([
      ['a', 'b;c', 'say "hi"', 3, null],
      ['=SUM(A1)', ' padded', '36,8'],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}a;"b;c";"say ""hi""";3;\r\n"'=SUM(A1)";" padded";36,8\r\n`);
    expect(csvField('De Höchte')).toBe('De Höchte');
  });
});

const SCHOOLS: { id: string; name: string; type: SchoolType }[] = [
  { id: 'de-rank', name: 'De Rank', type: 'po' },
  { id: 'wereldwijs', name: 'Wereldwijs; locatie Noord', type: 'po' },
  { id: 'ubbo-pro', name: 'Ubbo Emmius PrO', type: 'vo' },
];
const schoolTypes = Object.fromEntries(SCHOOLS.map((s) => [s.id, s.type]));
const schoolNames = Object.fromEntries(SCHOOLS.map((s) => [s.id, s.name]));

function totalsFrom(regs: Registration[]): Totals {
  const set = emptyCounters();
  for (const r of regs) for (const [cell, n] of countRegistration(r)) putCell(set, 'inst-test-0001', cell, n, 'add');
  return totalsOf(set);
}

describe('the internal CSV', () => {
  it('lists every non-zero counter per month and school of the period, with the words of content/locales', () => {
    const regs: Registration[] = [
      { month: '2025-01', school: 'wereldwijs', contacts: ['ouder'], activities: [], themes: [], flags: [] },
      { month: '2024-12', school: 'de-rank', contacts: ['ouder'], activities: [], themes: [], flags: [] },
      { month: '2025-02', school: 'ubbo-pro', contacts: ['ouder'], activities: [], themes: [], flags: [] },
    ];
    const csv = internalCsv(
      totalsFrom(regs),
      { header: [['Verantwoording', 'Welstad']] },
      { from: '2025-01', to: '2025-03', schools: ['de-rank', 'wereldwijs'], schoolTypes, schoolNames, label: (col) => `<${col}>` },
      (key) => key,
    );
    expect(csv.slice(1).trimEnd().split('\r\n')).toEqual([
      'Verantwoording;Welstad',
      '',
      'report:csv.columns.month;report:csv.columns.schoolId;report:csv.columns.school;report:csv.columns.type;report:csv.columns.dimension;report:csv.columns.value;report:csv.columns.count',
      '2025-01;wereldwijs;"Wereldwijs; locatie Noord";po;contact;<contact|ouder>;1',
      '2025-01;wereldwijs;"Wereldwijs; locatie Noord";po;registratie;<registratie|n>;1',
    ]);
  });
});

describe('the CSV for outside the organisation', () => {
  const regArb: fc.Arbitrary<Registration> = fc
    .record({
      month: fc.constantFrom('2025-01', '2025-02', '2024-12'),
      school: fc.constantFrom(...SCHOOLS.map((s) => s.id)),
      contacts: fc.subarray([...CONTACTS], { maxLength: 2 }),
      via: fc.option(fc.constantFrom(...VIAS), { nil: undefined }),
      activities: fc.subarray([...ACTIVITIES], { maxLength: 2 }),
      themes: fc.subarray([...THEMES], { maxLength: 2 }),
      kind: fc.nat({ max: 9 }),
    })
    .map(({ kind, via, ...r }) => ({
      ...r,
      ...(via ? { via } : {}),
      flags: [],
      ...(kind === 0
        ? { route: 'intern' as const, partner: 'gezinscoaching' }
        : kind === 1
          ? { route: 'extern' as const, partner: 'cjg' }
          : kind === 2
            ? { route: 'veilig-thuis' as const }
            : { route: kind < 6 ? ('advies' as const) : ('begeleiding' as const) }),
    }));
  const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}${JSON.stringify(options)}` : key);

  it('is written from the protected tables the page shows: no month, no small count', () => {
    fc.assert(
      fc.property(fc.array(regArb, { maxLength: 120 }), fc.integer({ min: 5, max: 10 }), (regs, threshold) => {
        const report = computeReport(totalsFrom(regs), { from: '2025-01', to: '2025-12', schoolTypes, schoolNames });
        const sections = protectSections(reportSections(report, { t, partnerName: (id) => id, schoolName: (id) => schoolNames[id] ?? id }), threshold);
        const csv = reportCsv(sections, { header: [['Periode', 'januari 2025 – december 2025']] }, t);
        expect(csv.split('\r\n').slice(1).join('\n')).not.toMatch(/\d{4}-\d{2}/);
        for (const section of sections)
          for (const table of section.tables) {
            if (table.kind === 'group' && table.pctOnly) continue; // shares only; their counts are never shown
            const cells = table.kind === 'group' ? table.rows.flatMap((r) => Object.values(r.cells)) : table.rows.flatMap((r) => r.cells);
            for (const cell of cells) if (!cell.hidden) expect(cell.count === 0 || cell.count >= threshold).toBe(true);
          }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
