/**
 * A counter month ('YYYY-MM', the finest time ever stored) as words in the interface language:
 * 'januari 2026' / 'January 2026'. Shared by the record feature ("Geteld: De Rank, januari 2026")
 * and the report (the period), so both name a month alike. Pure.
 *
 * The names are a table, not Intl.DateTimeFormat: the first Intl formatter a page makes loads the
 * browser's locale data, 50–80 ms in Chromium on this machine (200–300 ms at Lighthouse's 4× CPU),
 * and the report's period and month fields were its first use (issue 16). The table gives the same
 * text as nl-NL and en-GB 'month: long' (month.test.ts compares them).
 */
const NAMES = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** The month's name alone in the interface language ('januari' / 'January'); `month` is 1–12. */
export function monthName(month: number, lang: string): string {
  return NAMES[lang === 'en' ? 'en' : 'nl'][month - 1] ?? String(month);
}

export function formatMonth(month: string, lang: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m || m < 1 || m > 12) return month;
  return `${monthName(m, lang)} ${y}`;
}
