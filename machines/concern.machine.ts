import { and, assign, not, setup } from 'xstate';
import {
  DEFAULT_PARTNERS,
  NON_REFERRAL_PARTNERS,
  QUESTIONS,
  type Answer,
  type MeldcodeStep,
  type PartnerKind,
  type QuestionId,
  type RouteId,
  type Sector,
} from './ids';

/**
 * The concern statechart: triage → meldcode | support → route (shared/MELDCODE.md §2–5).
 *
 * The context holds only the answers given, in order; everything else (flags, the partner chosen)
 * is derived from them. That makes going back exact: the state of a question is reached again by
 * dropping the answers from that question on, with nothing else to undo.
 *
 * Every route-bearing state has a `review` substate (the "check your answers" page) and a
 * confirmed substate; the route belongs to the parent, so a casus that ends before confirming has
 * still reached its route. One exception: triage.acuut = ja enters the confirmed substate directly,
 * because in acute danger the numbers come first and there is a single answer to check.
 */

export interface ConcernInput {
  sector?: Sector;
  /** The sociale kaart reduced to what routing needs: partner id → kind. */
  partners?: Record<string, PartnerKind>;
  /**
   * Answers to replay (resuming a draft). The machine itself starts empty and does not read this:
   * `replay(answers, input)` in concern.ts feeds them through the machine, never trusting them blindly.
   */
  answers?: readonly Answer[];
}

export interface ConcernContext {
  sector: Sector;
  partners: Record<string, PartnerKind>;
  answers: Answer[];
}

export type ConcernEvent =
  | { type: 'ANSWER'; question: QuestionId; value: string }
  /** Go back to an earlier answered question; the answers from it on are dropped. */
  | { type: 'EDIT'; question: QuestionId }
  /** Go back one question. */
  | { type: 'BACK' }
  /** Confirm the answers on "check your answers". */
  | { type: 'CONFIRM' }
  /** A worry about safety in the support route: move into the meldcode (triage.signalen = ja). */
  | { type: 'SAFETY_CONCERN' }
  /** Help is running (afweging 4 = ja): evaluate now (afweging 5). */
  | { type: 'EVALUATE' };

export interface ConcernMeta {
  question?: QuestionId;
  route?: RouteId;
  step?: MeldcodeStep;
  /** Marks the "check your answers" substate. */
  review?: true;
  /** Marks the waiting state after hulp.partner: help runs until afweging 5 is answered. */
  waiting?: true;
}

const lastValue = (answers: readonly Answer[], q: QuestionId) => {
  for (let i = answers.length - 1; i >= 0; i--) if (answers[i][0] === q) return answers[i][1];
  return undefined;
};

/** The partner kind steun.intern asks for: ja → internal, nee → external. */
const supportKind = (context: ConcernContext): PartnerKind =>
  lastValue(context.answers, 'steun.intern') === 'ja' ? 'internal' : 'external';

interface AnswerRule {
  /** Whether an answer with this value meets the rule, given the answers so far. */
  holds: (context: ConcernContext, value: string) => boolean;
  /**
   * Why an answer is refused when this rule is the one it fails, in the casus runner's words
   * (English, like its other messages). `accepted` is what the machine accepts instead.
   */
  because: (context: ConcernContext, value: string, accepted: readonly string[]) => string;
}

/**
 * The rules an answer must meet besides being the question asked with a value of QUESTIONS
 * (shared/MELDCODE.md §3–5). Each ANSWER transition names the rules it needs in its guard's params
 * (`answers`), so the machine's transitions are the one statement of them: `snapshot.can` applies
 * them, and `refusalOf` (concern.ts) reads the same transitions to name the rule an answer failed.
 * Rules whose `because` is never shown (routing by kind) still say what they check.
 */
export const ANSWER_RULES = {
  /** stap2.bijzonder = ja (honour-related violence, forced marriage, FGM): Veilig Thuis must be consulted. */
  veiligThuisConsultedIfSpecial: {
    holds: (context) => lastValue(context.answers, 'stap2.bijzonder') !== 'ja',
    because: () => 'stap2.bijzonder = ja requires veilig-thuis or beide',
  },
  /** A partner answer names a partner of the sociale kaart. */
  onSocialeKaart: {
    holds: (context, value) => Object.hasOwn(context.partners, value),
    because: (context, value) =>
      `${value} is not a partner on the sociale kaart: ${Object.keys(context.partners).join(', ')}`,
  },
  /** Veilig Thuis is never a referral partner (§5, version 2). */
  referralPartner: {
    holds: (_, value) => !NON_REFERRAL_PARTNERS.includes(value),
    because: (_, value) =>
      `${value} is never a referral partner: contact with Veilig Thuis is an advice question (stap2.consultatie) or a melding (route veilig-thuis)`,
  },
  /** The support partner has the kind asked in steun.intern (ja → internal, nee → external). */
  supportPartnerFits: {
    holds: (context, value) => context.partners[value] === supportKind(context),
    because: (context, _, accepted) =>
      `steun.intern = ${lastValue(context.answers, 'steun.intern')} requires an ${supportKind(context)} partner: ${accepted.join(', ')}`,
  },
  /** Routing: the help partner is internal (→ route intern) … */
  internalPartner: {
    holds: (context, value) => context.partners[value] === 'internal',
    because: (_, value) => `${value} is not an internal partner`,
  },
  /** … or external (→ route extern). */
  externalPartner: {
    holds: (context, value) => context.partners[value] === 'external',
    because: (_, value) => `${value} is not an external partner`,
  },
  /** Routing: the support partner chosen was internal (consent → route intern, else extern). */
  supportPartnerWasInternal: {
    holds: (context) => context.partners[lastValue(context.answers, 'steun.partner') ?? ''] === 'internal',
    because: () => 'the support partner is not internal',
  },
} satisfies Record<string, AnswerRule>;

export type AnswerRuleName = keyof typeof ANSWER_RULES;

/** The params of the `answers` guard: the question, the value (any when absent) and the rules. */
export interface AnswerParams {
  question: QuestionId;
  value?: string;
  rules?: readonly AnswerRuleName[];
}

/** A partner answer that refers: on the kaart, not Veilig Thuis (checked in this order). */
const REFERRAL: readonly AnswerRuleName[] = ['onSocialeKaart', 'referralPartner'];

/** Where each question is asked; EDIT and BACK jump here. One state per question. */
export const QUESTION_STATES: Record<QuestionId, string> = {
  'triage.acuut': '#concern.triage.acuut',
  'triage.medewerker': '#concern.triage.medewerker',
  'triage.signalen': '#concern.triage.signalen',
  'stap1.signalen': '#concern.meldcode.stap1',
  'stap2.bijzonder': '#concern.meldcode.stap2bijzonder',
  'stap2.consultatie': '#concern.meldcode.stap2consultatie',
  'stap3.gesprek': '#concern.meldcode.stap3',
  'afweging.1': '#concern.meldcode.afweging1',
  'afweging.2': '#concern.meldcode.afweging2',
  'afweging.3': '#concern.meldcode.afweging3',
  'afweging.4': '#concern.meldcode.afweging4',
  'hulp.partner': '#concern.meldcode.hulpPartner',
  // afweging.5 is asked while help runs, in the waiting state of either kind; going back to it
  // means going back to the waiting state the partner's kind decides.
  'afweging.5': '#concern.meldcode.hulpIntern.evaluatie',
  'melden.geinformeerd': '#concern.meldcode.geinformeerd',
  'steun.advies': '#concern.steun.advies',
  'steun.begeleiding': '#concern.steun.begeleiding',
  'steun.intern': '#concern.steun.intern',
  'steun.partner': '#concern.steun.partner',
  'steun.toestemming': '#concern.steun.toestemming',
};

/** Drops the answer to `question` and everything after it. */
function dropFrom(answers: readonly Answer[], question: QuestionId): Answer[] {
  const i = answers.findIndex(([q]) => q === question);
  return i < 0 ? [...answers] : answers.slice(0, i);
}

/** An ANSWER transition: `value` of `question` (any value when undefined) meeting `rules`, to `target`. */
const answer = (question: QuestionId, value: string | undefined, target: string, rules?: readonly AnswerRuleName[]) => ({
  guard: { type: 'answers' as const, params: { question, ...(value === undefined ? {} : { value }), ...(rules ? { rules } : {}) } },
  target,
  actions: { type: 'record' as const, params: { question } },
});

/**
 * Going back, one list for EDIT (to any answered question) and BACK (to the last one): the same jump
 * for every question, to the state that asks it, with the answers from it on dropped; only the guard
 * that picks the question differs. afweging.5 lives under the waiting state of the partner's kind,
 * so it has a first entry for the external kind (the QUESTION_STATES entry is the internal one).
 */
function goingBack(pick: 'editsAnswered' | 'backTo') {
  return [
    {
      guard: and([{ type: pick, params: { question: 'afweging.5' as QuestionId } }, not('helpPartnerInternal')]),
      target: '#concern.meldcode.hulpExtern.evaluatie',
      actions: { type: 'dropFrom' as const, params: { question: 'afweging.5' as QuestionId } },
    },
    ...(Object.keys(QUESTION_STATES) as QuestionId[]).map((question) => ({
      guard: { type: pick, params: { question } },
      target: QUESTION_STATES[question],
      actions: { type: 'dropFrom' as const, params: { question } },
    })),
  ];
}

/**
 * A route-bearing end: "check your answers" (review), then confirmed (done). The same shape for
 * every route, so it is built once; the route lives on the parent, so a casus that ends before
 * confirming has reached its route all the same.
 */
function outcomeState(route: RouteId, options: { safetyWorryEntersMeldcode?: boolean } = {}) {
  return {
    meta: { route },
    initial: 'review' as const,
    ...(options.safetyWorryEntersMeldcode
      ? { on: { SAFETY_CONCERN: { target: '#concern.meldcode', actions: 'enterMeldcode' as const } } }
      : {}),
    states: {
      review: { meta: { review: true as const }, on: { CONFIRM: 'done' } },
      done: { type: 'final' as const },
    },
  };
}

/**
 * Help is organised (afweging 4 = ja, then hulp.partner); the concern waits with route intern or
 * extern until afweging 5 is answered, weeks later. One state per kind, so each has one route.
 * afweging 5 is accepted in every substate: a casus may answer it without confirming first.
 */
function helpRunningState(route: 'intern' | 'extern') {
  return {
    meta: { route, step: 5 as const, waiting: true as const },
    initial: 'review' as const,
    states: {
      review: { meta: { review: true as const }, on: { CONFIRM: 'lopend' } },
      lopend: { on: { EVALUATE: 'evaluatie' } },
      evaluatie: { meta: { question: 'afweging.5' as const } },
    },
    on: {
      ANSWER: [
        answer('afweging.5', 'ja', '#concern.outcome.afgesloten'),
        answer('afweging.5', 'nee', 'geinformeerd'),
      ],
    },
  };
}

export const concernMachine = setup({
  types: {
    context: {} as ConcernContext,
    events: {} as ConcernEvent,
    input: {} as ConcernInput,
    meta: {} as ConcernMeta,
  },
  guards: {
    /**
     * The event answers this question (with this value, when given) and meets the rules named
     * (ANSWER_RULES): the one guard of every ANSWER transition.
     */
    answers: ({ context, event }, params: AnswerParams) =>
      event.type === 'ANSWER' &&
      event.question === params.question &&
      (params.value === undefined || event.value === params.value) &&
      (params.rules ?? []).every((rule) => ANSWER_RULES[rule].holds(context, event.value)),
    helpPartnerInternal: ({ context }) =>
      context.partners[lastValue(context.answers, 'hulp.partner') ?? ''] === 'internal',
    /** EDIT may only go back to a question that was answered. */
    editsAnswered: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'EDIT' &&
      event.question === params.question &&
      context.answers.some(([q]) => q === params.question),
    /** BACK goes to the question answered last. */
    backTo: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'BACK' && context.answers.at(-1)?.[0] === params.question,
  },
  actions: {
    record: assign({
      answers: ({ context, event }, params: { question: QuestionId }) =>
        event.type === 'ANSWER' ? [...context.answers, [params.question, event.value] as const] : context.answers,
    }),
    dropFrom: assign({
      answers: ({ context }, params: { question: QuestionId }) => dropFrom(context.answers, params.question),
    }),
    enterMeldcode: assign({
      answers: ({ context }) => [...dropFrom(context.answers, 'triage.signalen'), ['triage.signalen', 'ja'] as const],
    }),
  },
}).createMachine({
  id: 'concern',
  context: ({ input }) => ({
    sector: input.sector ?? 'po',
    partners: input.partners ?? DEFAULT_PARTNERS,
    answers: [],
  }),
  initial: 'triage',
  on: {
    EDIT: goingBack('editsAnswered'),
    BACK: goingBack('backTo'),
  },
  states: {
    triage: {
      initial: 'acuut',
      states: {
        acuut: {
          meta: { question: 'triage.acuut' },
          on: {
            ANSWER: [
              // Acute danger: straight to the numbers, no "check your answers" in between (issue 12).
              // The route is the same as after the meldcode's report; only the review is skipped.
              answer('triage.acuut', 'ja', '#concern.outcome.veiligThuis.done'),
              answer('triage.acuut', 'nee', 'medewerker'),
            ],
          },
        },
        medewerker: {
          meta: { question: 'triage.medewerker' },
          on: {
            ANSWER: [
              answer('triage.medewerker', 'ja', '#concern.outcome.meldplichtBestuur'),
              answer('triage.medewerker', 'nee', 'signalen'),
            ],
          },
        },
        signalen: {
          meta: { question: 'triage.signalen' },
          on: {
            ANSWER: [
              answer('triage.signalen', 'ja', '#concern.meldcode'),
              answer('triage.signalen', 'nee', '#concern.steun'),
            ],
          },
        },
      },
    },

    meldcode: {
      initial: 'stap1',
      states: {
        stap1: {
          meta: { question: 'stap1.signalen', step: 1 },
          on: { ANSWER: [answer('stap1.signalen', 'vastgelegd', 'stap2bijzonder')] },
        },
        stap2bijzonder: {
          meta: { question: 'stap2.bijzonder', step: 2 },
          on: {
            ANSWER: [
              answer('stap2.bijzonder', 'ja', 'stap2consultatie'),
              answer('stap2.bijzonder', 'nee', 'stap2consultatie'),
            ],
          },
        },
        stap2consultatie: {
          meta: { question: 'stap2.consultatie', step: 2 },
          on: {
            ANSWER: [
              answer('stap2.consultatie', 'collega', 'stap3', ['veiligThuisConsultedIfSpecial']),
              answer('stap2.consultatie', 'veilig-thuis', 'stap3'),
              answer('stap2.consultatie', 'beide', 'stap3'),
            ],
          },
        },
        stap3: {
          meta: { question: 'stap3.gesprek', step: 3 },
          on: {
            ANSWER: [
              answer('stap3.gesprek', 'gevoerd', 'afweging1'),
              answer('stap3.gesprek', 'overgeslagen', 'afweging1'),
            ],
          },
        },
        afweging1: {
          meta: { question: 'afweging.1', step: 4 },
          on: {
            ANSWER: [
              answer('afweging.1', 'ja', 'afweging2'),
              answer('afweging.1', 'nee', '#concern.outcome.afgesloten'),
            ],
          },
        },
        afweging2: {
          meta: { question: 'afweging.2', step: 4 },
          on: {
            ANSWER: [answer('afweging.2', 'ja', 'geinformeerd'), answer('afweging.2', 'nee', 'afweging3')],
          },
        },
        afweging3: {
          meta: { question: 'afweging.3', step: 5 },
          on: {
            ANSWER: [answer('afweging.3', 'ja', 'afweging4'), answer('afweging.3', 'nee', 'geinformeerd')],
          },
        },
        afweging4: {
          meta: { question: 'afweging.4', step: 5 },
          on: {
            ANSWER: [answer('afweging.4', 'ja', 'hulpPartner'), answer('afweging.4', 'nee', 'geinformeerd')],
          },
        },
        hulpPartner: {
          meta: { question: 'hulp.partner', step: 5 },
          on: {
            ANSWER: [
              answer('hulp.partner', undefined, 'hulpIntern', [...REFERRAL, 'internalPartner']),
              answer('hulp.partner', undefined, 'hulpExtern', [...REFERRAL, 'externalPartner']),
            ],
          },
        },
        hulpIntern: helpRunningState('intern'),
        hulpExtern: helpRunningState('extern'),
        geinformeerd: {
          meta: { question: 'melden.geinformeerd', step: 5 },
          on: {
            ANSWER: [
              answer('melden.geinformeerd', 'ja', '#concern.outcome.veiligThuis'),
              answer('melden.geinformeerd', 'nee-veiligheid', '#concern.outcome.veiligThuis'),
              // Version 2: not informed because the family would break off contact (§3).
              answer('melden.geinformeerd', 'nee-contact', '#concern.outcome.veiligThuis'),
            ],
          },
        },
      },
    },

    steun: {
      initial: 'advies',
      on: { SAFETY_CONCERN: { target: '#concern.meldcode', actions: 'enterMeldcode' } },
      states: {
        advies: {
          meta: { question: 'steun.advies' },
          on: {
            ANSWER: [
              answer('steun.advies', 'ja', '#concern.outcome.advies'),
              answer('steun.advies', 'nee', 'begeleiding'),
            ],
          },
        },
        begeleiding: {
          meta: { question: 'steun.begeleiding' },
          on: {
            ANSWER: [
              answer('steun.begeleiding', 'ja', '#concern.outcome.begeleiding'),
              answer('steun.begeleiding', 'nee', 'intern'),
            ],
          },
        },
        intern: {
          meta: { question: 'steun.intern' },
          on: {
            ANSWER: [answer('steun.intern', 'ja', 'partner'), answer('steun.intern', 'nee', 'partner')],
          },
        },
        partner: {
          meta: { question: 'steun.partner' },
          on: {
            ANSWER: [answer('steun.partner', undefined, 'toestemming', [...REFERRAL, 'supportPartnerFits'])],
          },
        },
        toestemming: {
          meta: { question: 'steun.toestemming' },
          on: {
            ANSWER: [
              answer('steun.toestemming', 'ja', '#concern.outcome.intern', ['supportPartnerWasInternal']),
              answer('steun.toestemming', 'ja', '#concern.outcome.extern'),
              // No referral without consent: support continues within school.
              answer('steun.toestemming', 'nee', '#concern.outcome.begeleiding'),
            ],
          },
        },
      },
    },

    outcome: {
      // Only ever entered through an explicit target; XState wants an initial all the same.
      initial: 'advies',
      states: {
        advies: outcomeState('advies', { safetyWorryEntersMeldcode: true }),
        begeleiding: outcomeState('begeleiding', { safetyWorryEntersMeldcode: true }),
        // intern/extern here are only reached from the support route (the meldcode's help routes
        // are its waiting states), so a safety worry may still move them into the meldcode.
        intern: outcomeState('intern', { safetyWorryEntersMeldcode: true }),
        extern: outcomeState('extern', { safetyWorryEntersMeldcode: true }),
        veiligThuis: outcomeState('veilig-thuis'),
        meldplichtBestuur: outcomeState('meldplicht-bestuur'),
        afgesloten: outcomeState('afgesloten'),
      },
    },
  },
});

export { QUESTIONS };
