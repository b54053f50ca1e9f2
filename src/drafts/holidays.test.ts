import { describe, expect, it } from 'vitest';
import { easterSunday, isWorkingDay, publicHolidays } from './holidays';

describe('Easter Sunday (date-easter)', () => {
  it('matches the published dates (kalender-365.nl, checked 2026-12-01)', () => {
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    expect(easterSunday(2030)).toBe('2030-04-21');
    expect(easterSunday(2034)).toBe('2034-04-09');
  });
});

describe('the Dutch public holidays (Algemene termijnenwet, art. 3 lid 1 and 2)', () => {
  it('2026: nine days, the Easter-based ones from Easter Sunday 5 April', () => {
    expect([...publicHolidays(2026)]).toEqual([
      ['2026-01-01', 'nieuwjaarsdag'],
      ['2026-04-03', 'goede-vrijdag'],
      ['2026-04-06', 'tweede-paasdag'],
      ['2026-04-27', 'koningsdag'],
      ['2026-05-05', 'bevrijdingsdag'],
      ['2026-05-14', 'hemelvaartsdag'],
      ['2026-05-25', 'tweede-pinksterdag'],
      ['2026-12-25', 'eerste-kerstdag'],
      ['2026-12-26', 'tweede-kerstdag'],
    ]);
  });

  it('2022 as listed by a law firm (wvhl.nl): Goede Vrijdag 15 April … tweede Pinksterdag 6 June', () => {
    const h = publicHolidays(2022);
    expect(h.get('2022-04-15')).toBe('goede-vrijdag');
    expect(h.get('2022-04-18')).toBe('tweede-paasdag');
    expect(h.get('2022-04-27')).toBe('koningsdag');
    expect(h.get('2022-05-26')).toBe('hemelvaartsdag');
    expect(h.get('2022-06-06')).toBe('tweede-pinksterdag');
  });

  it("King's Day is celebrated on Saturday 26 April when 27 April is a Sunday (2025)", () => {
    expect(publicHolidays(2025).get('2025-04-26')).toBe('koningsdag');
    expect(publicHolidays(2025).has('2025-04-27')).toBe(false);
  });

  it('a working day is Monday to Friday and no holiday; an equated day (Friday after Ascension) still counts', () => {
    expect(isWorkingDay('2026-04-02')).toBe(true); // Maundy Thursday
    expect(isWorkingDay('2026-04-03')).toBe(false); // Good Friday
    expect(isWorkingDay('2026-04-04')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-04-27')).toBe(false); // King's Day, a Monday
    expect(isWorkingDay('2026-05-05')).toBe(false); // Liberation Day, a Tuesday
    expect(isWorkingDay('2026-05-15')).toBe(true); // the Friday after Ascension: not a feestdag
    expect(isWorkingDay('2026-12-24')).toBe(true); // Christmas Eve
    expect(isWorkingDay('2026-12-25')).toBe(false);
  });
});
