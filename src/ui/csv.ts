/**
 * A CSV writer for files that Dutch Excel opens by double-click, shared by the report and the
 * content review export. Pure.
 *
 * UTF-8 with a byte order mark (else Excel guesses Windows-1252 and breaks "Höchte"), semicolons
 * (Excel's list separator with Dutch regional settings, where the comma is the decimal sign), CRLF
 * line ends, and fields quoted when they hold a separator, a quote, a line break or outer spaces; a
 * leading = + - @ is guarded against formulas (CSV injection).
 */
export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const EOL = '\r\n';

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  // A leading = + - @ would make Excel evaluate the cell as a formula (CSV injection); quote and prefix.
  const guarded = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]|^\s|\s$/.test(guarded) || guarded !== text ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(lines: readonly (readonly CsvValue[])[]): string {
  return BOM + lines.map((line) => line.map(csvField).join(SEPARATOR)).join(EOL) + EOL;
}
