import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPartnerQuestion, QUESTION_IDS } from '../../machines/ids';
import { questionOf, replay } from '../../machines/concern';
import { createActor } from 'xstate';
import { concernMachine } from '../../machines/concern.machine';
import { DEFAULT_PARTNERS } from '../../machines/ids';
import { exportName, generate, STORIES_FILE } from './gen-questions-stories';
import { pathToQuestion } from './question-paths';

describe('stories of every question', () => {
  it('the committed stories file is what the generator writes (one story per question id)', () => {
    const committed = readFileSync(STORIES_FILE, 'utf8');
    expect(committed).toBe(generate());
    const names = [...committed.matchAll(/^export const (\w+): Story = \{ name: '([^']+)'/gm)].map((m) => m[2]);
    expect(names.sort()).toEqual([...QUESTION_IDS].sort());
    expect(new Set(QUESTION_IDS.map(exportName)).size).toBe(QUESTION_IDS.length);
  });

  it.each(QUESTION_IDS)('%s is reached by the machine along its story path', (question) => {
    const path = pathToQuestion(question);
    const { snapshot, rejected } = replay(path.answers, { partners: DEFAULT_PARTNERS });
    expect(rejected).toBeUndefined();
    const actor = createActor(concernMachine, { input: { partners: DEFAULT_PARTNERS }, snapshot });
    actor.start();
    if (path.confirm) actor.send({ type: 'CONFIRM' });
    if (path.evaluate) actor.send({ type: 'EVALUATE' });
    expect(questionOf(actor.getSnapshot())).toBe(question);
    actor.stop();
    if (isPartnerQuestion(question)) expect(path.answers.length).toBeGreaterThan(0);
  });
});
