import { getAdjacencyMap, getSimplePaths, getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { concernMachine, type ConcernEvent } from './concern.machine';
import { expectedQuestion, replay, routeOf, type ConcernSnapshot } from './concern';
import { answerEvents } from './paths';

/**
 * Properties of the graph of the concern machine (the machine definition, walked with every event it
 * knows): finite, every state node reached, no dead ends, every path of answers ends in a route. The
 * vertices are (state value, context); since the context holds only answers, the graph is finite:
 * going back always lands on a vertex already met. The model-based test of the UI against this
 * machine is tests/e2e/model.spec.ts (a real actor following the machine's own paths would only
 * compare XState with itself, so there is none here).
 */

/** Every event worth trying in a state: each allowed answer (representative partners), and all navigation. */
function allEvents(snapshot: ConcernSnapshot): ConcernEvent[] {
  return [
    ...answerEvents(snapshot),
    { type: 'CONFIRM' },
    { type: 'EVALUATE' },
    { type: 'SAFETY_CONCERN' },
    { type: 'BACK' },
    ...snapshot.context.answers.map(([question]) => ({ type: 'EDIT' as const, question })),
  ];
}

const serialize = (s: ConcernSnapshot) => JSON.stringify({ value: s.value, answers: s.context.answers });
const isFinal = (s: ConcernSnapshot) => s._nodes.filter((n: { type: string }) => n.type !== 'compound' && n.type !== 'parallel').every((n) => n.type === 'final');

const adjacency = getAdjacencyMap(concernMachine, { input: {}, events: allEvents, serializeState: serialize });
type Vertex = { state: ConcernSnapshot; transitions: Record<string, { event: ConcernEvent; state: ConcernSnapshot }> };
const vertices = Object.values(adjacency) as Vertex[];
const stateNodes = getStateNodes(concernMachine.root);

describe('concern machine graph', () => {
  it('has a finite graph of reachable states', () => {
    // A few hundred (value, answers) vertices: a regression guard against a context that grows.
    expect(vertices.length).toBeGreaterThan(100);
    expect(vertices.length).toBeLessThan(2000);
  });

  it('reaches every state node of the definition', () => {
    const reached = new Set(vertices.flatMap((v) => v.state._nodes.map((n) => n.id)));
    const unreached = stateNodes.map((n) => n.id).filter((id) => !reached.has(id));
    expect(unreached).toEqual([]);
    expect(stateNodes.length).toBeGreaterThan(40);
  });

  it('every state without ANSWER/CONFIRM progress bears a route', () => {
    const stuck = vertices.filter(({ state, transitions }) => {
      const progress = Object.values(transitions).some(
        (t) => (t.event.type === 'ANSWER' || t.event.type === 'CONFIRM') && serialize(t.state) !== serialize(state),
      );
      return !progress && routeOf(state) === undefined;
    });
    expect(stuck.map((v) => serialize(v.state))).toEqual([]);
  });

  it('has no dead ends: every reachable state has an event that changes it', () => {
    const dead = vertices.filter(
      ({ state, transitions }) => !Object.values(transitions).some((t) => serialize(t.state) !== serialize(state)),
    );
    expect(dead.map((v) => serialize(v.state))).toEqual([]);
    // The final states are the confirmed outcomes, and each can still be left by going back.
    const finals = vertices.filter((v) => isFinal(v.state));
    expect(finals.length).toBeGreaterThan(0);
    for (const v of finals) expect(routeOf(v.state)).toBeDefined();
  });

  it('every path of answers from the start ends in a route-bearing state', () => {
    const paths = getSimplePaths(concernMachine, { input: {}, events: answerEvents });
    const ends = paths.filter((p) => answerEvents(p.state).length === 0);
    expect(ends.length).toBeGreaterThan(100);
    for (const end of ends) expect(routeOf(end.state), serialize(end.state)).toBeDefined();
    // Nothing is asked where a route is reached, except afweging.5 in the waiting states.
    for (const p of paths) {
      if (routeOf(p.state) && expectedQuestion(p.state)) expect(expectedQuestion(p.state)).toBe('afweging.5');
    }
  });

  it('the state of a concern follows from its answers alone', () => {
    // replay(answers) lands on the same question or route as any walk (with going back, confirming,
    // SAFETY_CONCERN…) that ends with those answers; only the substate (review, lopend…) can differ.
    for (const { state } of vertices) {
      const replayed = replay(state.context.answers).snapshot;
      expect(routeOf(replayed), serialize(state)).toBe(routeOf(state));
      const asked = expectedQuestion(state);
      expect(expectedQuestion(replayed), serialize(state)).toBe(asked);
    }
  });
});
