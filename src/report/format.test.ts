import { describe, expect, it } from 'vitest';
import { formatCount, formatPct, formatPeriod } from './format';

// Grouping by hand replaces Intl.NumberFormat for speed (issue 16); it must say exactly what Intl says.
describe('report numbers', () => {
  const values = [0, 1, 5, 9, 10, 99, 999, 1000, 1234, 9999, 10_000, 123_456, 1_234_567, 2.5, 3.5, 0.4, 12.49, -3, -2.5, -1234];
  it.each([
    ['nl', 'nl-NL'],
    ['en', 'en-GB'],
  ] as const)('are those of Intl in %s', (lang, locale) => {
    const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    for (const v of values) {
      expect(formatCount(v, lang)).toBe(intl.format(v));
      expect(formatPct(v, lang)).toBe(`${intl.format(Math.round(v))}%`);
    }
  });

  it('show a dash for a share without a base, and name the period', () => {
    expect(formatPct(null, 'nl')).toBe('—');
    expect(formatPct(Number.NaN, 'en')).toBe('—');
    expect(formatPeriod('2026-01', '2026-12', 'nl')).toBe('januari 2026 – december 2026');
    expect(formatPeriod('2026-03', '2026-03', 'en')).toBe('March 2026');
  });
});
