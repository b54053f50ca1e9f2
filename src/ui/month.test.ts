import { describe, expect, it } from 'vitest';
import { formatMonth, monthName } from './month';

// The table replaces Intl.DateTimeFormat for speed (issue 16); it must say exactly what Intl says.
describe('month names', () => {
  const intl = (locale: string, options: Intl.DateTimeFormatOptions, y: number, m: number) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));

  it.each([
    ['nl', 'nl-NL'],
    ['en', 'en-GB'],
  ])('are those of Intl in %s', (lang, locale) => {
    for (let m = 1; m <= 12; m++) {
      expect(monthName(m, lang)).toBe(intl(locale, { month: 'long' }, 2000, m));
      for (const y of [1999, 2025, 2026]) expect(formatMonth(`${y}-${String(m).padStart(2, '0')}`, lang)).toBe(intl(locale, { month: 'long', year: 'numeric' }, y, m));
    }
  });

  it('leave what is not a month as it is, and speak Dutch unless English is asked', () => {
    expect(formatMonth('2026', 'nl')).toBe('2026');
    expect(formatMonth('2026-13', 'nl')).toBe('2026-13');
    expect(formatMonth('2026-05', 'de')).toBe('mei 2026');
  });
});
