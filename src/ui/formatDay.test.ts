import { describe, expect, it } from 'vitest';
import { formatDay } from './formatDay';

describe('formatDay', () => {
  it('writes a calendar day as a long date in the language', () => {
    expect(formatDay('2026-12-01', 'nl')).toBe('1 december 2026');
    expect(formatDay('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDay('geen datum', 'nl')).toBe('geen datum');
  });

  it("gives the text of Intl's long date (nl-NL, en-GB) for every day of two years", () => {
    const formats = {
      nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }),
      en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
    };
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const lang of ['nl', 'en'] as const) expect(formatDay(day, lang), day).toBe(formats[lang].format(new Date(t)));
    }
  });
});
