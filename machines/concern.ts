import { createActor, getStateNodes, type SnapshotFrom } from 'xstate';
import {
  ANSWER_RULES,
  concernMachine,
  type AnswerParams,
  type ConcernInput,
  type ConcernMeta,
} from './concern.machine';
import {
  PARTNER_ANSWER,
  QUESTIONS,
  isQuestionId,
  type Answer,
  type Flag,
  type MeldcodeStep,
  type QuestionId,
  type RouteId,
} from './ids';

/**
 * Pure readers of a concern snapshot, and replaying answers through the real machine. The UI,
 * the casus runner, training and drafts all go through these, so they agree on what a state means.
 */

export type ConcernSnapshot = SnapshotFrom<typeof concernMachine>;

/** The metas of the active state nodes, outermost first. */
function metas(snapshot: ConcernSnapshot): ConcernMeta[] {
  const byId = snapshot.getMeta() as Record<string, ConcernMeta | undefined>;
  return Object.keys(byId)
    .sort((a, b) => a.length - b.length)
    .map((id) => byId[id])
    .filter((m): m is ConcernMeta => m !== undefined);
}

/** The question asked now, if any. */
export function questionOf(snapshot: ConcernSnapshot): QuestionId | undefined {
  return metas(snapshot).findLast((m) => m.question)?.question;
}

/** The route of the current state: set in outcome states and in the waiting state after hulp.partner. */
export function routeOf(snapshot: ConcernSnapshot): RouteId | undefined {
  return metas(snapshot).find((m) => m.route)?.route;
}

/** The meldcode step (1–5) the current state belongs to. */
export function stepOf(snapshot: ConcernSnapshot): MeldcodeStep | undefined {
  return metas(snapshot).findLast((m) => m.step)?.step;
}

/** On "check your answers". */
export function isReview(snapshot: ConcernSnapshot): boolean {
  return metas(snapshot).some((m) => m.review);
}

/** Help runs (after hulp.partner); afweging 5 is still to come. */
export function isWaiting(snapshot: ConcernSnapshot): boolean {
  return metas(snapshot).some((m) => m.waiting);
}

/** Flags follow from the answers alone (MELDCODE.md §5). */
export function flagsOf(answers: readonly Answer[]): Flag[] {
  const flags: Flag[] = [];
  const value = (q: QuestionId) => answers.find(([a]) => a === q)?.[1];
  if (value('triage.acuut') === 'ja') flags.push('acuut');
  const consult = value('stap2.consultatie');
  if (consult === 'veilig-thuis' || consult === 'beide') flags.push('vt-advies');
  return flags;
}

/** The partner chosen on the way (support or help), if any. */
export function partnerOf(answers: readonly Answer[]): string | undefined {
  return answers.find(([q]) => q === 'steun.partner' || q === 'hulp.partner')?.[1];
}

/**
 * The question the machine takes an answer to now: the question asked, or afweging.5 while help runs
 * (the waiting state accepts it before and after "check your answers" is confirmed). Undefined on an
 * outcome: nothing more is asked.
 */
export function expectedQuestion(snapshot: ConcernSnapshot): QuestionId | undefined {
  return questionOf(snapshot) ?? (isWaiting(snapshot) ? 'afweging.5' : undefined);
}

/**
 * The values the machine takes now for the question it expects (`expectedQuestion`): every value of
 * QUESTIONS, or every partner of the sociale kaart for a partner question, that `snapshot.can`
 * accepts. The one statement of "accepted now": the guide's choices, the casus runner's messages,
 * the path table and the property tests all ask this.
 */
export function acceptedValues(snapshot: ConcernSnapshot): string[] {
  const question = expectedQuestion(snapshot);
  if (!question) return [];
  const spec = QUESTIONS[question];
  const candidates: readonly string[] =
    spec === PARTNER_ANSWER ? Object.keys(snapshot.context.partners) : spec;
  return candidates.filter((value) => snapshot.can({ type: 'ANSWER', question, value }));
}

/**
 * The values offered on the question page: `acceptedValues` where a question is asked. In the
 * waiting state before "evaluate now" nothing is asked, although a casus may answer afweging.5 there.
 */
export function allowedValues(snapshot: ConcernSnapshot): string[] {
  return questionOf(snapshot) ? acceptedValues(snapshot) : [];
}

/** The `answers` guards of the ANSWER transitions of the active states, deepest state first. */
function answerGuards(snapshot: ConcernSnapshot): AnswerParams[] {
  const nodes = [...new Set(getStateNodes(concernMachine.root, snapshot.value))].sort(
    (a, b) => b.path.length - a.path.length,
  );
  return nodes.flatMap((node) =>
    (node.transitions.get('ANSWER') ?? []).flatMap((transition) => {
      const guard = transition.guard as { type?: string; params?: AnswerParams } | undefined;
      return guard?.type === 'answers' && guard.params ? [guard.params] : [];
    }),
  );
}

/**
 * Why the machine refuses `value` for the question it asks now, read from its own transitions: the
 * first rule (ANSWER_RULES) that fails on the first transition taking this question and value.
 * Undefined when the machine accepts the answer, or when no transition takes the value at all (a
 * value outside QUESTIONS): then `acceptedValues` says what it takes instead.
 */
export function refusalOf(snapshot: ConcernSnapshot, question: QuestionId, value: string): string | undefined {
  if (snapshot.can({ type: 'ANSWER', question, value })) return undefined;
  const { context } = snapshot;
  for (const params of answerGuards(snapshot)) {
    if (params.question !== question || (params.value !== undefined && params.value !== value)) continue;
    const failed = (params.rules ?? []).find((rule) => !ANSWER_RULES[rule].holds(context, value));
    if (failed) return ANSWER_RULES[failed].because(context, value, acceptedValues(snapshot));
  }
  return undefined;
}

export interface Rejection {
  index: number;
  question: string;
  value: string;
  reason: 'unknown-question' | 'not-asked-now' | 'value-not-allowed';
}

export interface ReplayResult {
  snapshot: ConcernSnapshot;
  rejected?: Rejection;
}

/**
 * Feeds answers in order to a fresh concern machine. Stops at the first answer the machine does not
 * accept, saying why. The question asked "now" includes afweging.5 in the waiting state, which the
 * machine accepts there before and after confirming.
 */
export function replay(answers: readonly (readonly [string, string])[], input: ConcernInput = {}): ReplayResult {
  const actor = createActor(concernMachine, { input: { ...input, answers: undefined } });
  actor.start();
  try {
    for (let index = 0; index < answers.length; index++) {
      const [question, value] = answers[index];
      const snapshot = actor.getSnapshot();
      if (!isQuestionId(question)) {
        return { snapshot, rejected: { index, question, value, reason: 'unknown-question' } };
      }
      const event = { type: 'ANSWER' as const, question, value };
      if (!snapshot.can(event)) {
        const asked = expectedQuestion(snapshot) === question;
        return {
          snapshot,
          rejected: { index, question, value, reason: asked ? 'value-not-allowed' : 'not-asked-now' },
        };
      }
      actor.send(event);
    }
    return { snapshot: actor.getSnapshot() };
  } finally {
    actor.stop();
  }
}
