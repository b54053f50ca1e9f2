/**
 * The report's tables as CSV, written with the model's CSV writer (src/report/model/csv.ts: UTF-8
 * with BOM, semicolons, CRLF, formula guard), so Dutch Excel opens it by double-click. Used for the
 * version for outside the organisation: the same protected tables the page shows and prints, so
 * what is shared on paper and in Excel hides the same cells. Pure.
 */
import { toCsv, type CsvValue } from './model/csv';
import { GROUPS, groupLabel, measureLabel, type Cell, type GroupTable, type MatrixTable, type Measure, type Section, type Translate } from './tables';

const HIDDEN = '*';

function measureValue(cell: Cell, measure: Measure): CsvValue {
  if (measure === 'count') return cell.hidden ? HIDDEN : cell.count;
  if (measure === 'pct') return cell.pctHidden ? HIDDEN : cell.pct === null || cell.pct === undefined ? '' : Math.round(cell.pct);
  return cell.hidden ? HIDDEN : (cell.rank ?? '');
}

function groupTableLines(table: GroupTable, t: Translate): CsvValue[][] {
  const header = [table.rowHeader, ...GROUPS.flatMap((g) => table.measures.map((m) => `${groupLabel(t, g)}: ${measureLabel(t, m)}`))];
  return [
    [table.caption],
    header,
    ...table.rows.map((row) => [row.label, ...GROUPS.flatMap((g) => table.measures.map((m) => measureValue(row.cells[g], m)))]),
  ];
}

function matrixTableLines(table: MatrixTable, t: Translate): CsvValue[][] {
  const header = [
    table.rowHeader,
    ...table.columns.flatMap((c) => (table.showPct ? [c.label, `${c.label}: ${measureLabel(t, 'pct')}`] : [c.label])),
  ];
  return [
    [table.caption],
    header,
    ...table.rows.map((row) => [
      row.label,
      ...row.cells.flatMap((cell) => (table.showPct ? [measureValue(cell, 'count'), measureValue(cell, 'pct')] : [measureValue(cell, 'count')])),
    ]),
  ];
}

export interface CsvMeta {
  /** label → value lines at the top (organisation, period, content version, version, rule). */
  header: [string, string][];
}

/** The whole report: meta lines, then each section's tables, separated by empty lines. */
export function reportCsv(sections: readonly (Section & { omitted?: string[] })[], meta: CsvMeta, t: Translate): string {
  const lines: CsvValue[][] = meta.header.map(([k, v]) => [k, v]);
  for (const section of sections) {
    lines.push([], [section.title.toUpperCase()]);
    for (const table of section.tables) {
      lines.push(...(table.kind === 'group' ? groupTableLines(table, t) : matrixTableLines(table, t)), []);
    }
    for (const caption of section.omitted ?? []) lines.push([caption, t('report:suppression.omitted')], []);
  }
  return toCsv(lines);
}
