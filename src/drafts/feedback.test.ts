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
    expect(addWorkingDays('2026-12-30', 5)).toBe('2027-01-06');
    expect(addWorkingDays('2026-03-27', 1)).toBe('2026-03-30');
    expect(addWorkingDays('2026-10-23', 5)).toBe('2026-10-30');
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

  it('stops reminding once the first feedback is recorded; the second is shown as still to come', () => {
    const first = { ...melding, [FEEDBACK_FIRST_KEY]: '2026-12-07' };
    expect(feedbackStatus(first, '2027-02-01')).toEqual({ state: 'first', melding: '2026-12-01', first: '2026-12-07' });
    expect(feedbackStatus({ ...first, [FEEDBACK_SECOND_KEY]: '2027-01-20' }, '2027-02-01').state).toBe('complete');
  });

  it('a second feedback without a first still reminds of the first (the dates are what the worker entered)', () => {
    expect(feedbackStatus({ ...melding, [FEEDBACK_SECOND_KEY]: '2027-01-20' }, '2027-02-01').state).toBe('overdue');
  });
});
