/**
 * Numbers, percentages and months as the report shows them, in the interface language. Pure.
 * Percentages are whole numbers rounded half up, like the seed report ("39%").
 */

export type Lang = 'nl' | 'en';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nl-NL');

export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(value);
}

/** '39%' (nl and en alike); an em dash when there is no base to take a share of. */
export function formatPct(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(Math.round(value))}%`;
}

/** 'januari 2026' / 'January 2026' for 'YYYY-MM'. */
export function formatMonth(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

/** 'januari 2026 – december 2026', or one month when from = to. */
export function formatPeriod(from: string, to: string, lang: Lang): string {
  return from === to ? formatMonth(from, lang) : `${formatMonth(from, lang)} – ${formatMonth(to, lang)}`;
}

/** The calendar year of a month as a default period: January – December. */
export function yearOf(month: string): { from: string; to: string } {
  const year = month.slice(0, 4);
  return { from: `${year}-01`, to: `${year}-12` };
}

export const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** The month of a date in local time ('YYYY-MM'), as counters store it. */
export function monthOfDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
