import { describe, expect, it } from 'vitest';
import { addWorkingDays, feedbackStatus } from './feedback';
import { FEEDBACK_FIRST_KEY, FEEDBACK_SECOND_KEY, MELDING_DATE_KEY } from './note-keys';

describe('addWorkingDays', () => {
  it('skips Saturdays and Sundays', () => {
    // Tuesday 1 December 2026 + 5 working days = Tuesday 8 December.
    expect(addWorkingDays('2026-12-01', 5)).toBe('2026-12-08');
    // Friday + 1 = Monday; Saturday + 1 = Monday; Sunday + 5 = Friday.
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-05', 1)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-06', 5)).toBe('2026-12-11');
  });

  it('crosses months, years and the DST change without losing a day', () => {
    expect(addWorkingDays('2026-03-27', 1)).toBe('2026-03-30');
    expect(addWorkingDays('2026-10-23', 5)).toBe('2026-10-30');
  });

  it('skips the public holidays: Easter, King\'s Day and 5 May, Ascension, Christmas and New Year', () => {
    // The Thursday before Easter: Good Friday and Easter Monday do not count (weekdays alone gave 9 April).
    expect(addWorkingDays('2026-04-02', 5)).toBe('2026-04-13');
    // Friday before King's Day (Monday 27 April 2026).
    expect(addWorkingDays('2026-04-24', 5)).toBe('2026-05-04');
    // Thursday 30 April: Liberation Day, Tuesday 5 May, does not count.
    expect(addWorkingDays('2026-04-30', 5)).toBe('2026-05-08');
    // The day before Ascension (Thursday 14 May 2026); the Friday after it counts.
    expect(addWorkingDays('2026-05-13', 5)).toBe('2026-05-21');
    // Wednesday 23 December: Christmas (Friday 25, Saturday 26) does not count.
    expect(addWorkingDays('2026-12-23', 5)).toBe('2026-12-31');
    // Over New Year's Day (Friday 1 January 2027; weekdays alone gave 6 January).
    expect(addWorkingDays('2026-12-30', 5)).toBe('2027-01-07');
    // A melding on a holiday: counting starts the next working day.
    expect(addWorkingDays('2026-12-25', 5)).toBe('2027-01-04');
  });
});

describe('feedbackStatus', () => {
  const melding = { [MELDING_DATE_KEY]: '2026-12-01' };

  it('has nothing to remind of without the date of the melding (or with a malformed one)', () => {
    expect(feedbackStatus({}, '2026-12-20')).toEqual({ state: 'noDate' });
    expect(feedbackStatus({ [MELDING_DATE_KEY]: '2026-13-01' }, '2026-12-20')).toEqual({ state: 'noDate' });
  });

  it('waits up to and including the fifth working day, then reminds', () => {
    expect(feedbackStatus(melding, '2026-12-02')).toEqual({ state: 'waiting', melding: '2026-12-01', due: '2026-12-08' });
    expect(feedbackStatus(melding, '2026-12-08').state).toBe('waiting');
    expect(feedbackStatus(melding, '2026-12-09')).toEqual({ state: 'overdue', melding: '2026-12-01', due: '2026-12-08' });
  });

  it('waits over Easter: a melding on Maundy Thursday is due the Monday after Easter week', () => {
    const thursday = { [MELDING_DATE_KEY]: '2026-04-02' };
    expect(feedbackStatus(thursday, '2026-04-10')).toEqual({ state: 'waiting', melding: '2026-04-02', due: '2026-04-13' });
    expect(feedbackStatus(thursday, '2026-04-13').state).toBe('waiting');
    expect(feedbackStatus(thursday, '2026-04-14').state).toBe('overdue');
  });

  it('stops reminding once the first feedback is recorded; the second is shown as still to come', () => {
    const first = { ...melding, [FEEDBACK_FIRST_KEY]: '2026-12-07' };
    expect(feedbackStatus(first, '2027-02-01')).toEqual({ state: 'first', melding: '2026-12-01', first: '2026-12-07' });
    expect(feedbackStatus({ ...first, [FEEDBACK_SECOND_KEY]: '2027-01-20' }, '2027-02-01').state).toBe('complete');
  });

  it('a second feedback without a first still reminds of the first (the dates are what the worker entered)', () => {
    expect(feedbackStatus({ ...melding, [FEEDBACK_SECOND_KEY]: '2027-01-20' }, '2027-02-01').state).toBe('overdue');
  });
});
