import { ROUTES } from './ids';

/**
 * Behaviour between children (issue 14 §5): its own small statechart (machines/onderling.machine.ts)
 * with its own entry, so no answer sequence of the concern machine changes. Its questions live apart
 * from QUESTIONS (which is the concern machine's: its order is the path table's and its ids need the
 * guide's words), and so does its route: ROUTES stays the concern machine's routes, COUNTED_ROUTES is
 * what a registration may carry.
 */
export const ONDERLING_ROUTE = 'kinderen-onderling' as const;
export type OnderlingRouteId = typeof ONDERLING_ROUTE;

/** Every route a registration can carry: the concern machine's and the route for behaviour between children. */
export const COUNTED_ROUTES = [...ROUTES, ONDERLING_ROUTE] as const;
export type CountedRouteId = (typeof COUNTED_ROUTES)[number];

export const ONDERLING_QUESTIONS = {
  /** What kind of behaviour: sexual in person, sexual online (images, sexting), or other harmful behaviour. */
  'onderling.soort': ['seksueel', 'online', 'ander'],
  /** The Vlaggensysteem's judgement of sexual behaviour (Rutgers/Sensoa/Movisie): four flags. */
  'onderling.vlag': ['groen', 'geel', 'rood', 'zwart'],
  /** Signals that a child involved is itself harmed at home or by an adult (then the meldcode too). */
  'onderling.zorgen': ['ja', 'nee'],
} as const satisfies Record<string, readonly string[]>;

export type OnderlingQuestionId = keyof typeof ONDERLING_QUESTIONS;
export const ONDERLING_QUESTION_IDS = Object.keys(ONDERLING_QUESTIONS) as OnderlingQuestionId[];
export type OnderlingAnswer = readonly [OnderlingQuestionId, string];

export function isOnderlingQuestionId(value: unknown): value is OnderlingQuestionId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ONDERLING_QUESTIONS, value);
}

/** The flows a casus (or a session) can run: the concern (default) and behaviour between children. */
export const FLOWS = ['concern', 'onderling'] as const;
export type FlowId = (typeof FLOWS)[number];
