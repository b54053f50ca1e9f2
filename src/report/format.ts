/**
 * Numbers, percentages and months as the report shows them, in the interface language. Pure.
 * Percentages are whole numbers rounded half up, like the seed report ("39%").
 *
 * Whole numbers are grouped by hand ('1.234' / '1,234'), not with Intl.NumberFormat: the first Intl
 * formatter a page makes loads the browser's locale data, 50–80 ms in Chromium on this machine (200–
 * 300 ms at Lighthouse's 4× CPU), in the middle of drawing the report (issue 16). The output is the
 * same as nl-NL and en-GB with no decimals (format.test.ts compares them).
 */

import { formatMonth } from '../ui/month';

export type Lang = 'nl' | 'en';

const GROUP: Record<Lang, string> = { nl: '.', en: ',' };

/** A whole number with thousands grouped: '1.234' (nl), '1,234' (en); rounded half up like Intl. */
function whole(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(Math.abs(value));
  const digits = String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[lang]);
  return value < 0 && rounded !== 0 ? `-${digits}` : digits;
}

export function formatCount(value: number, lang: Lang): string {
  return whole(value, lang);
}

/** '39%' (nl and en alike); an em dash when there is no base to take a share of. */
export function formatPct(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${whole(Math.round(value), lang)}%`;
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
