import { getAdjacencyMap, getSimplePaths, getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ONDERLING_QUESTIONS, ONDERLING_ROUTE } from './onderling.ids';
import { onderlingMachine, type OnderlingEvent } from './onderling.machine';
import {
  onderlingAcceptedValues,
  onderlingIsReview,
  onderlingOutcomeOf,
  onderlingQuestionOf,
  onderlingRouteOf,
  replayOnderling,
  type OnderlingSnapshot,
} from './onderling';
import { onderlingAnswerEvents, onderlingPathRows, pathRows } from './paths';

describe('onderling machine (behaviour between children, issue 14 §5)', () => {
  it('starts at onderling.soort with every kind of behaviour offered', () => {
    const actor = createActor(onderlingMachine, { input: { sector: 'kinderopvang' } }).start();
    const snapshot = actor.getSnapshot();
    expect(onderlingQuestionOf(snapshot)).toBe('onderling.soort');
    expect(onderlingAcceptedValues(snapshot)).toEqual(['seksueel', 'online', 'ander']);
    expect(snapshot.context.sector).toBe('kinderopvang');
  });

  it('sexting between pupils, red flag, no signals at home: the route with an online, serious outcome', () => {
    const { snapshot, rejected } = replayOnderling([
      ['onderling.soort', 'online'],
      ['onderling.vlag', 'rood'],
      ['onderling.zorgen', 'nee'],
    ]);
    expect(rejected).toBeUndefined();
    expect(onderlingRouteOf(snapshot)).toBe(ONDERLING_ROUTE);
    expect(onderlingIsReview(snapshot)).toBe(true);
    expect(onderlingOutcomeOf(snapshot.context.answers)).toEqual({ level: 'ernstig', flag: 'rood', online: true, meldcode: false });
  });

  it('a green flag ends at once: acceptable behaviour asks nothing more', () => {
    const { snapshot } = replayOnderling([['onderling.soort', 'seksueel'], ['onderling.vlag', 'groen']]);
    expect(onderlingRouteOf(snapshot)).toBe(ONDERLING_ROUTE);
    expect(onderlingQuestionOf(snapshot)).toBeUndefined();
    expect(onderlingOutcomeOf(snapshot.context.answers).level).toBe('groen');
  });

  it('behaviour that is not sexual skips the Vlaggensysteem', () => {
    const { snapshot, rejected } = replayOnderling([['onderling.soort', 'ander'], ['onderling.vlag', 'geel']]);
    expect(rejected).toEqual({ index: 1, question: 'onderling.vlag', value: 'geel', reason: 'not-asked-now' });
    expect(onderlingQuestionOf(snapshot)).toBe('onderling.zorgen');
  });

  it('refuses unknown questions, concern questions and values not allowed', () => {
    expect(replayOnderling([['triage.acuut', 'nee']]).rejected?.reason).toBe('unknown-question');
    expect(replayOnderling([['onderling.soort', 'pesten']]).rejected?.reason).toBe('value-not-allowed');
    expect(replayOnderling([['onderling.zorgen', 'ja']]).rejected?.reason).toBe('not-asked-now');
  });

  it('signals that a child is harmed itself mark the outcome for the meldcode', () => {
    const { snapshot } = replayOnderling([['onderling.soort', 'seksueel'], ['onderling.vlag', 'zwart'], ['onderling.zorgen', 'ja']]);
    expect(onderlingOutcomeOf(snapshot.context.answers)).toMatchObject({ level: 'ernstig', flag: 'zwart', meldcode: true });
  });

  it('goes back one question (BACK) or to any answered one (EDIT), dropping the answers after it', () => {
    const actor = createActor(onderlingMachine, { input: {} }).start();
    actor.send({ type: 'ANSWER', question: 'onderling.soort', value: 'online' });
    actor.send({ type: 'ANSWER', question: 'onderling.vlag', value: 'geel' });
    actor.send({ type: 'ANSWER', question: 'onderling.zorgen', value: 'nee' });
    expect(onderlingIsReview(actor.getSnapshot())).toBe(true);
    actor.send({ type: 'BACK' });
    expect(onderlingQuestionOf(actor.getSnapshot())).toBe('onderling.zorgen');
    expect(actor.getSnapshot().context.answers).toHaveLength(2);
    actor.send({ type: 'EDIT', question: 'onderling.soort' });
    expect(onderlingQuestionOf(actor.getSnapshot())).toBe('onderling.soort');
    expect(actor.getSnapshot().context.answers).toEqual([]);
    // EDIT to a question not answered is refused.
    actor.send({ type: 'EDIT', question: 'onderling.zorgen' });
    expect(onderlingQuestionOf(actor.getSnapshot())).toBe('onderling.soort');
  });

  it('confirming "check your answers" ends in the final state, which still bears the route', () => {
    const actor = createActor(onderlingMachine, { input: {} }).start();
    actor.send({ type: 'ANSWER', question: 'onderling.soort', value: 'ander' });
    actor.send({ type: 'ANSWER', question: 'onderling.zorgen', value: 'nee' });
    actor.send({ type: 'CONFIRM' });
    expect(actor.getSnapshot().matches({ uitkomst: 'done' })).toBe(true);
    expect(onderlingRouteOf(actor.getSnapshot())).toBe(ONDERLING_ROUTE);
    expect(onderlingIsReview(actor.getSnapshot())).toBe(false);
  });
});

/** Graph properties, as machines/concern.graph.test.ts for the concern machine. */
function allEvents(snapshot: OnderlingSnapshot): OnderlingEvent[] {
  return [
    ...onderlingAnswerEvents(snapshot),
    { type: 'CONFIRM' },
    { type: 'BACK' },
    ...snapshot.context.answers.map(([question]) => ({ type: 'EDIT' as const, question })),
  ];
}
const serialize = (s: OnderlingSnapshot) => JSON.stringify({ value: s.value, answers: s.context.answers });

describe('onderling machine graph', () => {
  const adjacency = getAdjacencyMap(onderlingMachine, { input: {}, events: allEvents, serializeState: serialize });
  type Vertex = { state: OnderlingSnapshot; transitions: Record<string, { event: OnderlingEvent; state: OnderlingSnapshot }> };
  const vertices = Object.values(adjacency) as Vertex[];

  it('is finite and reaches every state node', () => {
    expect(vertices.length).toBeGreaterThan(20);
    expect(vertices.length).toBeLessThan(200);
    const reached = new Set(vertices.flatMap((v) => v.state._nodes.map((n) => n.id)));
    expect(getStateNodes(onderlingMachine.root).map((n) => n.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('has no dead ends, and every state asks, or bears the route', () => {
    for (const { state, transitions } of vertices) {
      expect(Object.values(transitions).some((t) => serialize(t.state) !== serialize(state)), serialize(state)).toBe(true);
      expect(onderlingQuestionOf(state) !== undefined || onderlingRouteOf(state) === ONDERLING_ROUTE, serialize(state)).toBe(true);
    }
  });

  it('every path of answers ends at the route; each value of each question is used on some path', () => {
    const paths = getSimplePaths(onderlingMachine, { input: {}, events: onderlingAnswerEvents });
    const ends = paths.filter((p) => onderlingAnswerEvents(p.state).length === 0);
    expect(ends).toHaveLength(16);
    for (const end of ends) expect(onderlingRouteOf(end.state)).toBe(ONDERLING_ROUTE);
    const used = new Set(ends.flatMap((e) => e.state.context.answers.map(([q, v]) => `${q}=${v}`)));
    for (const [q, values] of Object.entries(ONDERLING_QUESTIONS)) for (const v of values) expect(used).toContain(`${q}=${v}`);
  });

  it('the state follows from the answers alone (replay lands on the same question or route)', () => {
    for (const { state } of vertices) {
      const replayed = replayOnderling(state.context.answers).snapshot;
      expect(onderlingQuestionOf(replayed), serialize(state)).toBe(onderlingQuestionOf(state));
      expect(onderlingRouteOf(replayed), serialize(state)).toBe(onderlingRouteOf(state));
    }
  });

  it('its rows in machines/paths.md replay to the route; the concern table keeps its 208 rows', () => {
    const rows = onderlingPathRows();
    expect(rows).toHaveLength(16);
    for (const row of rows) {
      const { snapshot, rejected } = replayOnderling(row.answers);
      expect(rejected).toBeUndefined();
      expect(onderlingRouteOf(snapshot)).toBe(row.route);
    }
    expect(pathRows()).toHaveLength(208);
  });
});
