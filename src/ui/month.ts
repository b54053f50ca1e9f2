/**
 * A counter month ('YYYY-MM', the finest time ever stored) as words in the interface language:
 * 'januari 2026' / 'January 2026'. Shared by the record feature ("Geteld: De Rank, januari 2026")
 * and the report (the period), so both name a month alike. Pure.
 */
export function formatMonth(month: string, lang: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}
