import { createActor, type SnapshotFrom } from 'xstate';
import { onderlingMachine, type OnderlingInput, type OnderlingMeta } from './onderling.machine';
import { ONDERLING_QUESTIONS, isOnderlingQuestionId, type OnderlingAnswer, type OnderlingQuestionId, type OnderlingRouteId } from './onderling.ids';

/**
 * Pure readers of an onderling snapshot, and replaying answers through the real machine: the page,
 * the casus runner and the path table go through these (like machines/concern.ts for the concern).
 */

export type OnderlingSnapshot = SnapshotFrom<typeof onderlingMachine>;

function metas(snapshot: OnderlingSnapshot): OnderlingMeta[] {
  const byId = snapshot.getMeta() as Record<string, OnderlingMeta | undefined>;
  return Object.keys(byId)
    .sort((a, b) => a.length - b.length)
    .map((id) => byId[id])
    .filter((m): m is OnderlingMeta => m !== undefined);
}

/** The question asked now, if any. */
export function onderlingQuestionOf(snapshot: OnderlingSnapshot): OnderlingQuestionId | undefined {
  return metas(snapshot).findLast((m) => m.question)?.question;
}

/** The route of the current state (the outcome). */
export function onderlingRouteOf(snapshot: OnderlingSnapshot): OnderlingRouteId | undefined {
  return metas(snapshot).find((m) => m.route)?.route;
}

/** On "check your answers". */
export function onderlingIsReview(snapshot: OnderlingSnapshot): boolean {
  return metas(snapshot).some((m) => m.review);
}

/** The values the machine takes now for the question it asks (`snapshot.can`, the one statement of it). */
export function onderlingAcceptedValues(snapshot: OnderlingSnapshot): string[] {
  const question = onderlingQuestionOf(snapshot);
  if (!question) return [];
  return ONDERLING_QUESTIONS[question].filter((value) => snapshot.can({ type: 'ANSWER', question, value }));
}

/**
 * What the outcome says, derived from the answers alone (like the concern's flags): how serious the
 * behaviour is, whether it happened online (images, sexting), and whether a child involved shows
 * signals of being harmed itself (then the meldcode is followed for that child too).
 */
export interface OnderlingOutcome {
  /** `groen` acceptable; `geel` light; `ernstig` red or black flag; `ander` not sexual behaviour. */
  level: 'groen' | 'geel' | 'ernstig' | 'ander';
  flag?: 'groen' | 'geel' | 'rood' | 'zwart';
  online: boolean;
  meldcode: boolean;
}

export function onderlingOutcomeOf(answers: readonly OnderlingAnswer[]): OnderlingOutcome {
  const value = (q: OnderlingQuestionId) => answers.find(([a]) => a === q)?.[1];
  const kind = value('onderling.soort');
  const flag = value('onderling.vlag') as OnderlingOutcome['flag'];
  const level: OnderlingOutcome['level'] =
    kind === 'ander' ? 'ander' : flag === 'groen' ? 'groen' : flag === 'geel' ? 'geel' : 'ernstig';
  return { level, ...(flag ? { flag } : {}), online: kind === 'online', meldcode: value('onderling.zorgen') === 'ja' };
}

export interface OnderlingRejection {
  index: number;
  question: string;
  value: string;
  reason: 'unknown-question' | 'not-asked-now' | 'value-not-allowed';
}

export interface OnderlingReplayResult {
  snapshot: OnderlingSnapshot;
  rejected?: OnderlingRejection;
}

/** Feeds answers in order to a fresh machine; stops at the first answer it does not accept, saying why. */
export function replayOnderling(
  answers: readonly (readonly [string, string])[],
  input: OnderlingInput = {},
): OnderlingReplayResult {
  const actor = createActor(onderlingMachine, { input });
  actor.start();
  try {
    for (let index = 0; index < answers.length; index++) {
      const [question, value] = answers[index]!;
      const snapshot = actor.getSnapshot();
      if (!isOnderlingQuestionId(question)) {
        return { snapshot, rejected: { index, question, value, reason: 'unknown-question' } };
      }
      const event = { type: 'ANSWER' as const, question, value };
      if (!snapshot.can(event)) {
        const asked = onderlingQuestionOf(snapshot) === question;
        return { snapshot, rejected: { index, question, value, reason: asked ? 'value-not-allowed' : 'not-asked-now' } };
      }
      actor.send(event);
    }
    return { snapshot: actor.getSnapshot() };
  } finally {
    actor.stop();
  }
}
