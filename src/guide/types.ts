import type { ReactNode } from 'react';
import type { Answer, Flag, QuestionId, RouteId, Sector } from '../../machines/ids';

/** What an outcome page knows; passed to the `outcomeExtra` slot. */
export interface OutcomeContext {
  route: RouteId;
  flags: Flag[];
  /** The partner id chosen (steun.partner or hulp.partner), if any. */
  partner?: string;
  answers: readonly Answer[];
  sector: Sector;
  /** Training mode: nothing is counted, no drafts are kept. */
  training: boolean;
  /** "Check your answers" was confirmed (false while the review page is shown). */
  confirmed: boolean;
  /** Help runs (route intern/extern in the meldcode); afweging 5 is still to come. */
  waiting: boolean;
}

export interface QuestionContext {
  question: QuestionId;
  step?: number;
}

/**
 * Places where other features plug into the guide without the guide importing them (src/app
 * composes): notes per step and saving a draft (drafts), the counting panel (record).
 */
export interface GuideSlots {
  questionExtra?: (ctx: QuestionContext) => ReactNode;
  outcomeExtra?: (ctx: OutcomeContext) => ReactNode;
}
