/**
 * The report as CSV that Dutch Excel opens correctly by double-click: UTF-8 with a byte order mark
 * (so é and ï survive), semicolons between fields (the list separator of Dutch Windows, where a
 * comma is the decimal sign), CRLF line ends, whole numbers without thousands separators. Fields
 * that start like a formula (=, +, -, @) get a leading apostrophe, so a school named "=HYPERLINK(…)"
 * stays text. Pure.
 */
import { GROUPS, groupLabel, measureLabel, type Cell, type GroupTable, type MatrixTable, type Measure, type Section, type Translate } from './tables';

export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

export function csvField(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (/[;"\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function toCsv(lines: readonly (readonly (string | number)[])[]): string {
  return BOM + lines.map((line) => line.map(csvField).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

const HIDDEN = '*';

function measureValue(cell: Cell, measure: Measure): string | number {
  if (measure === 'count') return cell.hidden ? HIDDEN : cell.count;
  if (measure === 'pct') return cell.pctHidden ? HIDDEN : cell.pct === null || cell.pct === undefined ? '' : Math.round(cell.pct);
  return cell.hidden ? HIDDEN : (cell.rank ?? '');
}

function groupTableLines(table: GroupTable, t: Translate): (string | number)[][] {
  const header = [table.rowHeader, ...GROUPS.flatMap((g) => table.measures.map((m) => `${groupLabel(t, g)}: ${measureLabel(t, m)}`))];
  return [
    [table.caption],
    header,
    ...table.rows.map((row) => [row.label, ...GROUPS.flatMap((g) => table.measures.map((m) => measureValue(row.cells[g], m)))]),
  ];
}

function matrixTableLines(table: MatrixTable, t: Translate): (string | number)[][] {
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
  const lines: (string | number)[][] = meta.header.map(([k, v]) => [k, v]);
  for (const section of sections) {
    lines.push([], [section.title.toUpperCase()]);
    for (const table of section.tables) {
      lines.push(...(table.kind === 'group' ? groupTableLines(table, t) : matrixTableLines(table, t)), []);
    }
    for (const caption of section.omitted ?? []) lines.push([caption, t('report:suppression.omitted')], []);
  }
  return toCsv(lines);
}
