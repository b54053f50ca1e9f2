import { monthName } from './month';

/**
 * Long dates of calendar days ("1 december 2026", "1 December 2026"), from the month table in
 * ./month.ts rather than Intl.DateTimeFormat: the first question page cites a dozen sources, each
 * with the day its text was compared, and a formatter per citation was most of that page's render;
 * even one formatter loads the browser's locale data first (50–80 ms here, issue 16). The text is
 * that of nl-NL and en-GB `dateStyle: 'long'` (formatDay.test.ts compares them).
 */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d || m > 12 || d > 31) return day;
  return `${d} ${monthName(m, language)} ${y}`;
}
