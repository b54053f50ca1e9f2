import { isIsoDate } from './dates';
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
 * from the caller. Working days are Monday to Friday; public holidays are not known to the app, so
 * around them the reminder may come a day or two early (docs/decisions.md) — it only suggests a call.
 */

export const FEEDBACK_WORKING_DAYS = 5;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' plus `count` working days (Monday–Friday), counted in UTC so no DST shift. */
export function addWorkingDays(day: string, count: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  let left = count;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
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
