import { allowedValues, isWaiting, questionOf, replay } from '../../machines/concern';
import type { ConcernInput } from '../../machines/concern.machine';
import { DEFAULT_PARTNERS, QUESTION_IDS, type Answer, type QuestionId } from '../../machines/ids';

/**
 * The shortest answers that make the real machine ask a question, found by a breadth-first walk
 * through `replay` (so a story of a question shows it exactly as the guide would). afweging.5 is
 * asked only after the waiting state is confirmed and evaluation starts: `confirm`/`evaluate` say so.
 */
export interface QuestionPath {
  answers: Answer[];
  confirm: boolean;
  evaluate: boolean;
}

export function pathToQuestion(target: QuestionId, input: ConcernInput = { partners: DEFAULT_PARTNERS }): QuestionPath {
  const queue: Answer[][] = [[]];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const answers = queue.shift()!;
    const { snapshot, rejected } = replay(answers, input);
    if (rejected) continue;
    const asked = questionOf(snapshot);
    if (asked === target) return { answers, confirm: false, evaluate: false };
    if (target === 'afweging.5' && isWaiting(snapshot)) return { answers, confirm: true, evaluate: true };
    if (!asked) continue;
    for (const value of allowedValues(snapshot)) {
      const next: Answer[] = [...answers, [asked, value]];
      const key = next.map(([q, v]) => `${q}=${v}`).join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(next);
    }
  }
  throw new Error(`no path asks ${target}`);
}

/** Every question id with its path (used by the generated stories and their test). */
export function allQuestionPaths(): Record<QuestionId, QuestionPath> {
  return Object.fromEntries(QUESTION_IDS.map((q) => [q, pathToQuestion(q)])) as Record<QuestionId, QuestionPath>;
}
