import { describe, expect, it } from 'vitest';
import { reportCsv } from './csv';
import { BOM } from './model/csv';
import type { GroupTable, MatrixTable, Section } from './tables';

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
