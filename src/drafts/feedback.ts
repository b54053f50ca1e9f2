import { addDays, isIsoDate } from './dates';
import { isWorkingDay } from './holidays';
import { FEEDBACK_FIRST_KEY, FEEDBACK_SECOND_KEY, MELDING_DATE_KEY } from './note-keys';

type Notes = Readonly<Record<string, string>>;

/**
 * The reminder to ask Veilig Thuis for feedback after a melding (issue 14 §1). Veilig Thuis informs
 * the melder of the outcome of its safety assessment after five working days (huiselijkgeweld.nl,
 * 2018: source `vt-terugkoppeling-2019`), and again at the end of its involvement. When the first
 * feedback is not recorded five working days after the melding, the worker is reminded to ask for it
 * (source `handelingsprotocol-navragen`). The second feedback has no fixed term: it is only shown as
 * still to come.
 *
 * Pure: the dates come from the concern's notes (session memory or a decrypted draft) and `today`
 * from the caller. Working days are Monday to Friday without the Dutch public holidays (holidays.ts:
 * the algemeen erkende feestdagen of the Algemene termijnenwet), so the reminder does not come early
 * after Easter or Christmas. Days a decree equates with holidays (the Friday after Ascension) still
 * count, so there it may come a day early (docs/decisions.md) — it only suggests a call.
 */

export const FEEDBACK_WORKING_DAYS = 5;

/** 'YYYY-MM-DD' plus `count` working days (Monday–Friday, not a public holiday). */
export function addWorkingDays(day: string, count: number): string {
  let date = day;
  let left = count;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

export type FeedbackStatus =
  /** No date of the melding recorded: nothing to remind of (the panel asks for the date). */
  | { state: 'noDate' }
  /** Melding recorded, the first feedback can still come: expected by `due`. */
  | { state: 'waiting'; melding: string; due: string }
  /** Five working days passed without a recorded first feedback: ask Veilig Thuis. */
  | { state: 'overdue'; melding: string; due: string }
  /** The first feedback came; the second (end of involvement) is still to come. */
  | { state: 'first'; melding: string; first: string }
  /** Both feedbacks are recorded. */
  | { state: 'complete'; melding: string; first: string; second: string };

const dateOf = (notes: Notes, key: string): string | undefined => {
  const value = notes[key];
  return isIsoDate(value) ? value : undefined;
};

export function feedbackStatus(notes: Notes, today: string): FeedbackStatus {
  const melding = dateOf(notes, MELDING_DATE_KEY);
  if (!melding) return { state: 'noDate' };
  const first = dateOf(notes, FEEDBACK_FIRST_KEY);
  const second = dateOf(notes, FEEDBACK_SECOND_KEY);
  if (first && second) return { state: 'complete', melding, first, second };
  if (first) return { state: 'first', melding, first };
  const due = addWorkingDays(melding, FEEDBACK_WORKING_DAYS);
  // On the due day itself the feedback may still come that day: remind from the day after.
  return due < today ? { state: 'overdue', melding, due } : { state: 'waiting', melding, due };
}
