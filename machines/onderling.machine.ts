import { assign, setup } from 'xstate';
import { type Sector } from './ids';
import { ONDERLING_QUESTIONS, ONDERLING_ROUTE, type OnderlingAnswer, type OnderlingQuestionId, type OnderlingRouteId } from './onderling.ids';

/**
 * Behaviour between children (issue 14 §5): (sexually) harmful or border-crossing behaviour between
 * children, one question at a time, to the route `kinderen-onderling`. Its own statechart with its
 * own entry on the start page, so every answer sequence of the concern machine stays as it was.
 *
 * The questions follow the sources the outcome pages cite (docs/decisions.md, "Behaviour between
 * children"): what kind of behaviour it is; for sexual behaviour (in person or online) the
 * Vlaggensysteem's judgement, whose green flag is acceptable behaviour that needs no further steps;
 * then whether a child involved shows signals of being harmed itself (at home or by an adult), in which
 * case the meldcode is followed for that child as well (NJi). Which sector's outcome is shown is the
 * content's business (content/onderling.ts), not the machine's: the route is the same for all.
 *
 * Like the concern machine, the context holds only the answers given, in order, so going back drops
 * answers and nothing else; the outcome has a "check your answers" substate and a confirmed one.
 */

export interface OnderlingInput {
  sector?: Sector;
}

export interface OnderlingContext {
  sector: Sector;
  answers: OnderlingAnswer[];
}

export type OnderlingEvent =
  | { type: 'ANSWER'; question: OnderlingQuestionId; value: string }
  /** Go back to an earlier answered question; the answers from it on are dropped. */
  | { type: 'EDIT'; question: OnderlingQuestionId }
  /** Go back one question. */
  | { type: 'BACK' }
  /** Confirm the answers on "check your answers". */
  | { type: 'CONFIRM' };

export interface OnderlingMeta {
  question?: OnderlingQuestionId;
  route?: OnderlingRouteId;
  review?: true;
}

/** Where each question is asked; EDIT and BACK jump here. */
export const ONDERLING_QUESTION_STATES: Record<OnderlingQuestionId, string> = {
  'onderling.soort': '#onderling.soort',
  'onderling.vlag': '#onderling.vlag',
  'onderling.zorgen': '#onderling.zorgen',
};

function dropFrom(answers: readonly OnderlingAnswer[], question: OnderlingQuestionId): OnderlingAnswer[] {
  const i = answers.findIndex(([q]) => q === question);
  return i < 0 ? [...answers] : answers.slice(0, i);
}

/** An ANSWER transition: `value` of `question`, to `target`. */
const answer = (question: OnderlingQuestionId, value: string, target: string) => ({
  guard: { type: 'answers' as const, params: { question, value } },
  target,
  actions: { type: 'record' as const, params: { question } },
});

/** Going back, one list for EDIT (to any answered question) and BACK (to the last one). */
function goingBack(pick: 'editsAnswered' | 'backTo') {
  return (Object.keys(ONDERLING_QUESTION_STATES) as OnderlingQuestionId[]).map((question) => ({
    guard: { type: pick, params: { question } },
    target: ONDERLING_QUESTION_STATES[question],
    actions: { type: 'dropFrom' as const, params: { question } },
  }));
}

export const onderlingMachine = setup({
  types: {
    context: {} as OnderlingContext,
    events: {} as OnderlingEvent,
    input: {} as OnderlingInput,
    meta: {} as OnderlingMeta,
  },
  guards: {
    /** The event answers this question with this value (a value of ONDERLING_QUESTIONS). */
    answers: ({ event }, params: { question: OnderlingQuestionId; value: string }) =>
      event.type === 'ANSWER' &&
      event.question === params.question &&
      event.value === params.value &&
      (ONDERLING_QUESTIONS[params.question] as readonly string[]).includes(event.value),
    /** EDIT may only go back to a question that was answered. */
    editsAnswered: ({ context, event }, params: { question: OnderlingQuestionId }) =>
      event.type === 'EDIT' && event.question === params.question && context.answers.some(([q]) => q === params.question),
    /** BACK goes to the question answered last. */
    backTo: ({ context, event }, params: { question: OnderlingQuestionId }) =>
      event.type === 'BACK' && context.answers.at(-1)?.[0] === params.question,
  },
  actions: {
    record: assign({
      answers: ({ context, event }, params: { question: OnderlingQuestionId }) =>
        event.type === 'ANSWER' ? [...context.answers, [params.question, event.value] as const] : context.answers,
    }),
    dropFrom: assign({
      answers: ({ context }, params: { question: OnderlingQuestionId }) => dropFrom(context.answers, params.question),
    }),
  },
}).createMachine({
  id: 'onderling',
  context: ({ input }) => ({ sector: input.sector ?? 'po', answers: [] }),
  initial: 'soort',
  on: {
    EDIT: goingBack('editsAnswered'),
    BACK: goingBack('backTo'),
  },
  states: {
    soort: {
      meta: { question: 'onderling.soort' },
      on: {
        ANSWER: [
          answer('onderling.soort', 'seksueel', 'vlag'),
          answer('onderling.soort', 'online', 'vlag'),
          // Not sexual (hitting, biting, bullying): the Vlaggensysteem does not apply.
          answer('onderling.soort', 'ander', 'zorgen'),
        ],
      },
    },
    vlag: {
      meta: { question: 'onderling.vlag' },
      on: {
        ANSWER: [
          // Green is acceptable sexual behaviour: a positive response, no further steps.
          answer('onderling.vlag', 'groen', 'uitkomst'),
          answer('onderling.vlag', 'geel', 'zorgen'),
          answer('onderling.vlag', 'rood', 'zorgen'),
          answer('onderling.vlag', 'zwart', 'zorgen'),
        ],
      },
    },
    zorgen: {
      meta: { question: 'onderling.zorgen' },
      on: {
        ANSWER: [answer('onderling.zorgen', 'ja', 'uitkomst'), answer('onderling.zorgen', 'nee', 'uitkomst')],
      },
    },
    uitkomst: {
      meta: { route: ONDERLING_ROUTE },
      initial: 'review',
      states: {
        review: { meta: { review: true }, on: { CONFIRM: 'done' } },
        done: { type: 'final' },
      },
    },
  },
});
