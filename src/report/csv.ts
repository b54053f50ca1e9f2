/**
 * The report's CSV files, the one CSV module of the report. Pure.
 *
 * The format is what Dutch Excel opens by double-click: UTF-8 with a byte order mark (else Excel
 * guesses Windows-1252 and breaks "Höchte"), semicolons (Excel's list separator with Dutch regional
 * settings, where the comma is the decimal sign), CRLF line ends, and fields quoted when they hold a
 * separator, a quote, a line break or outer spaces; a leading = + - @ is guarded against formulas.
 *
 * - reportCsv: the report's tables, as the page shows and prints them. For outside the
 *   organisation these are the protected tables (protect.ts), so what is shared on paper and in
 *   Excel hides the same cells.
 * - internalCsv: within the organisation, every counter of the period per month and school (for
 *   pivot tables), exact.
 * Words come in through `t` (content/locales, namespace report) and the meta lines.
 */
import type { SchoolType } from '../../machines/ids';
import { parseColumn, parseRow } from '../storage/cells';
import type { Totals } from '../storage/counts';
import { toCsv, type CsvValue } from '../ui/csv';
import { GROUPS, groupLabel, measureLabel, type Cell, type GroupTable, type MatrixTable, type Measure, type Section, type Translate } from './tables';

// The generic writer lives in src/ui (shared with the content review export); re-exported here so
// the report's callers and tests keep one import.
export { BOM, EOL, SEPARATOR, csvField, toCsv, type CsvValue } from '../ui/csv';

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

export interface InternalCsvOptions {
  /** first and last month, 'YYYY-MM', inclusive */
  from: string;
  to: string;
  /** the school ids to include */
  schools: readonly string[];
  schoolTypes: Readonly<Record<string, SchoolType>>;
  schoolNames: Readonly<Record<string, string>>;
  /** The words of a counter column ('contact|ouder' → "Ouder"). */
  label(column: string): string;
}

export const INTERNAL_CSV_COLUMNS = ['month', 'schoolId', 'school', 'type', 'dimension', 'value', 'count'] as const;

/** Every non-zero counter of the period per month and school: meta lines, then one line per cell. */
export function internalCsv(totals: Totals, meta: CsvMeta, opts: InternalCsvOptions, t: Translate): string {
  const wanted = new Set(opts.schools);
  const lines: CsvValue[][] = [...meta.header.map(([k, v]) => [k, v]), [], INTERNAL_CSV_COLUMNS.map((c) => t(`report:csv.columns.${c}`))];
  for (const row of [...totals.rows.keys()].sort()) {
    const parsed = parseRow(row);
    if (!parsed) continue;
    const { month, school } = parsed;
    if (month < opts.from || month > opts.to || !wanted.has(school)) continue;
    const counts = totals.rows.get(row)!;
    totals.columns.forEach((col, i) => {
      const n = counts[i] ?? 0;
      const dimension = parseColumn(col)?.dimension;
      if (n <= 0 || dimension === undefined) return;
      lines.push([month, school, opts.schoolNames[school] ?? '', opts.schoolTypes[school] ?? '', dimension, opts.label(col), n]);
    });
  }
  return toCsv(lines);
}
