/**
 * Numbers, percentages and months as the report shows them, in the interface language. Pure.
 * Percentages are whole numbers rounded half up, like the seed report ("39%").
 */

import { formatMonth } from '../ui/month';

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

/** 'januari 2026 – december 2026', or one month when from = to. */
export function formatPeriod(from: string, to: string, lang: Lang): string {
  return from === to ? formatMonth(from, lang) : `${formatMonth(from, lang)} – ${formatMonth(to, lang)}`;
}

/** The calendar year of a month as a default period: January – December. */
export function yearOf(month: string): { from: string; to: string } {
  const year = month.slice(0, 4);
  return { from: `${year}-01`, to: `${year}-12` };
}
