import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allColumns, cellKey, isColumn, parseCell, parseColumn, parseRow, referralColumn, rowKey } from './cells';

describe('the cell model', () => {
  it('builds and parses rows, columns and cells with one parser', () => {
    const row = rowKey('2025-03', 'de-rank');
    expect(row).toBe('2025-03|de-rank');
    expect(parseRow(row)).toEqual({ month: '2025-03', school: 'de-rank' });
    const cell = cellKey(row, referralColumn('external', 'cjg'));
    expect(cell).toBe('2025-03|de-rank|verwijzing|external.cjg');
    expect(parseCell(cell)).toEqual({
      row,
      month: '2025-03',
      school: 'de-rank',
      column: 'verwijzing|external.cjg',
      dimension: 'verwijzing',
      value: 'external.cjg',
      pair: ['external', 'cjg'],
    });
    expect(parseColumn('contact-via|ouder.leerkracht')).toEqual({ dimension: 'contact-via', value: 'ouder.leerkracht', pair: ['ouder', 'leerkracht'] });
    expect(parseColumn('contact|ouder')).toEqual({ dimension: 'contact', value: 'ouder' });
  });

  it('refuses what this version cannot have produced', () => {
    for (const row of ['2025-13|de-rank', '2025-03|De Rank', '2025-03', '2025-03|a|b', '2025-3|x']) expect(parseRow(row)).toBeUndefined();
    for (const col of ['contact|oma', 'verwijzing|external', 'verwijzing|friend.cjg', 'contact-via|ouder.leerkracht.x', 'registratie|m', 'nieuw|x', 'contact'])
      expect(parseColumn(col)).toBeUndefined();
    expect(parseCell('2025-03|de-rank')).toBeUndefined();
    expect(parseCell('2025-03|de-rank|contact|oma')).toBeUndefined();
  });

  it('every column round-trips through a cell key', () => {
    const columns = allColumns({ 'eigen-partner': 'internal', x9: 'external' });
    fc.assert(
      fc.property(fc.constantFrom('2024-12', '2025-01'), fc.constantFrom('de-rank', 's1', 'ubbo-emmius-pro'), fc.constantFrom(...columns), (month, school, col) => {
        expect(isColumn(col)).toBe(true);
        expect(parseCell(cellKey(rowKey(month, school), col))).toMatchObject({ month, school, column: col, row: rowKey(month, school) });
      }),
      { numRuns: 200 },
    );
  });
});
