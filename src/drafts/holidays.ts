import { easter } from 'date-easter';

/**
 * The Dutch public holidays on which the feedback reminder does not count a working day: the
 * "algemeen erkende feestdagen" of the Algemene termijnenwet, art. 3 lid 1 (Nieuwjaarsdag, tweede
 * Paas- en Pinksterdag, beide Kerstdagen, Hemelvaartsdag, the day the King's birthday is celebrated,
 * 5 mei) and lid 2 (Goede Vrijdag), as quoted by the source `algemene-termijnenwet` (content/sources.ts;
 * docs/decisions.md says what was read). Days equated with them by a decree every three years (lid 3,
 * e.g. the Friday after Ascension) are not in it: they are not feestdagen, and the decree was not read.
 *
 * Pure: 'YYYY-MM-DD' strings in, out; calendar arithmetic in UTC so no DST shift.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');
const iso = (date: Date) => `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
const day = (year: number, month: number, dayOfMonth: number) => new Date(Date.UTC(year, month - 1, dayOfMonth));

export type HolidayId =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag';

/** Easter Sunday (Gregorian) of a year, 'YYYY-MM-DD' (date-easter: the extended Gauss algorithm). */
export function easterSunday(year: number): string {
  const e = easter(year);
  return iso(day(e.year, e.month, e.day));
}

const byYear = new Map<number, ReadonlyMap<string, HolidayId>>();

/** The holidays of a year, by date. */
export function publicHolidays(year: number): ReadonlyMap<string, HolidayId> {
  const known = byYear.get(year);
  if (known) return known;
  const e = easter(year);
  // Offsets from Easter Sunday: Good Friday −2, Easter Monday +1, Ascension Day +39 (a Thursday),
  // Whit Monday +50 (Pentecost is the seventh Sunday after Easter, +49).
  const fromEaster = (offset: number) => iso(day(e.year, e.month, e.day + offset));
  // The King's birthday, 27 April, is celebrated on Saturday 26 April when the 27th is a Sunday.
  const kingsDay = day(year, 4, 27).getUTCDay() === 0 ? day(year, 4, 26) : day(year, 4, 27);
  const holidays = new Map<string, HolidayId>([
    [iso(day(year, 1, 1)), 'nieuwjaarsdag'],
    [fromEaster(-2), 'goede-vrijdag'],
    [fromEaster(1), 'tweede-paasdag'],
    [iso(kingsDay), 'koningsdag'],
    [iso(day(year, 5, 5)), 'bevrijdingsdag'],
    [fromEaster(39), 'hemelvaartsdag'],
    [fromEaster(50), 'tweede-pinksterdag'],
    [iso(day(year, 12, 25)), 'eerste-kerstdag'],
    [iso(day(year, 12, 26)), 'tweede-kerstdag'],
  ]);
  byYear.set(year, holidays);
  return holidays;
}

/** Monday to Friday, and not a public holiday. */
export function isWorkingDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = day(y, m, d).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(y).has(date);
}
