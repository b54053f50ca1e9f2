import { getAdjacencyMap, getStateNodes } from '@xstate/graph';
import { createActor } from 'xstate';
import { concernMachine, type ConcernEvent } from '../../machines/concern.machine';
import { isReview, isWaiting, questionOf, routeOf, type ConcernSnapshot } from '../../machines/concern';
import { answerEvents } from '../../machines/paths';

/**
 * A transition cover of the concern machine for the model-based e2e test (tests/e2e/model.spec.ts):
 * a small set of paths from the start that together take every transition of the machine definition
 * at least once (every ANSWER branch, every EDIT and BACK target, CONFIRM, EVALUATE, SAFETY_CONCERN),
 * using only events the guide's pages offer. Each path ends on a confirmed outcome, so the walker
 * can compare the route the page shows with the machine's.
 *
 * Not all simple paths (thousands): a transition is "covered" once any path takes it, which keeps
 * the walk through Chromium to a few minutes. Computed from the machine each run, so it follows
 * changes to the machine without editing this file.
 */

/** The events the guide's pages offer in a state: what a user can do there (the model of the UI). */
export function uiEvents(snapshot: ConcernSnapshot): ConcernEvent[] {
  if (questionOf(snapshot)) {
    // A question page: each answer (one partner per kind), "Terug" (on the first question it leaves
    // the guide instead: no machine event), and the safety button where the machine takes it.
    return [
      ...answerEvents(snapshot),
      ...(snapshot.context.answers.length > 0 ? [{ type: 'BACK' as const }] : []),
      ...(snapshot.can({ type: 'SAFETY_CONCERN' }) ? [{ type: 'SAFETY_CONCERN' as const }] : []),
    ];
  }
  if (isReview(snapshot)) {
    // "Check your answers": a change button per answer, and confirm.
    return [
      ...snapshot.context.answers.map(([question]) => ({ type: 'EDIT' as const, question })),
      { type: 'CONFIRM' as const },
    ];
  }
  // An outcome page: while help runs it offers "Evalueer nu"; otherwise only a new concern (a restart).
  return isWaiting(snapshot) && snapshot.can({ type: 'EVALUATE' }) ? [{ type: 'EVALUATE' }] : [];
}

const serialize = (s: ConcernSnapshot) => JSON.stringify({ value: s.value, answers: s.context.answers });
const INPUT = {};

/** A stable id of one transition of the definition: its source state, event and place in that list. */
function transitionId(t: { source: { id: string; transitions: Map<string, unknown[]> }; eventType: string }, def: unknown): string {
  const index = t.source.transitions.get(t.eventType)?.indexOf(def) ?? -1;
  return `${t.source.id} ${t.eventType}#${index}`;
}

/** One transition of the machine definition. */
export interface TransitionInfo {
  /** Source state, event and target(s): 'concern BACK → concern.steun.toestemming'. */
  where: string;
  /** The same with the guard's params, to tell the branches of one event apart. */
  label: string;
}

/** Every transition of the machine definition, by id. */
export function allTransitions(): Map<string, TransitionInfo> {
  const all = new Map<string, TransitionInfo>();
  // getStateNodes lists the descendants; the root holds EDIT and BACK.
  for (const node of [concernMachine.root, ...getStateNodes(concernMachine.root)]) {
    for (const [eventType, defs] of node.transitions) {
      defs.forEach((def, index) => {
        const guard = def.guard && typeof def.guard === 'object' && 'params' in def.guard ? JSON.stringify(def.guard.params) : '';
        const targets = (def.target ?? []).map((t) => t.id).join(',') || '(self)';
        all.set(`${node.id} ${eventType}#${index}`, {
          where: `${node.id} ${eventType} → ${targets}`,
          label: `${node.id} ${eventType}${guard ? ` ${guard}` : ''} → ${targets}`,
        });
      });
    }
  }
  return all;
}

/** The transitions of the definition an event takes in a state. */
function taken(snapshot: ConcernSnapshot, event: ConcernEvent): string[] {
  return concernMachine.getTransitionData(snapshot, event).map((def) => transitionId(def as never, def));
}

export interface CoverStep {
  event: ConcernEvent;
  /** What the page shows after the event. */
  expect: { question?: string; review: boolean; route?: string; waiting: boolean };
}

export interface CoverPath {
  /** A short readable name (the answers at the end, and how many steps). */
  name: string;
  steps: CoverStep[];
  /** The route of the confirmed outcome the path ends on. */
  route: string;
}

export interface Cover {
  paths: CoverPath[];
  /** Every transition of the definition. */
  transitions: Map<string, TransitionInfo>;
  /** Transitions the paths take. */
  covered: Set<string>;
  /** Vertices (state value + answers) of the UI's graph. */
  vertices: number;
}

type Edge = { event: ConcernEvent; to: string; ids: string[] };

/**
 * Builds the cover greedily: walk from the start, take a transition not yet covered where there is
 * one (those that end the walk — confirming an outcome — last), else go the shortest way to the
 * nearest state that has one; when none is left in reach, or the walk is long enough, go the shortest
 * way to a confirmed outcome. Repeat until every transition the pages can reach is taken.
 */
export function transitionCover(options: { maxSteps?: number } = {}): Cover {
  const maxSteps = options.maxSteps ?? 45;
  const map = getAdjacencyMap(concernMachine, { input: INPUT, events: uiEvents, serializeState: serialize });
  const states = new Map<string, ConcernSnapshot>();
  const edges = new Map<string, Edge[]>();
  for (const [key, vertex] of Object.entries(map)) {
    const state = vertex.state as ConcernSnapshot;
    states.set(key, state);
    edges.set(
      key,
      (Object.values(vertex.transitions) as { event: unknown; state: unknown }[])
        .map(({ event, state: next }): Edge => ({
          event: event as ConcernEvent,
          to: serialize(next as ConcernSnapshot),
          ids: taken(state, event as ConcernEvent),
        }))
        .filter((e) => e.to !== key),
    );
  }
  const start = serialize(createActor(concernMachine, { input: INPUT }).getSnapshot());
  const transitions = allTransitions();
  const covered = new Set<string>();
  const isSink = (key: string) => (edges.get(key) ?? []).length === 0;
  const fresh = (e: Edge) => e.ids.some((id) => !covered.has(id));

  /** Shortest walk (edges) from `from` to the nearest vertex meeting `goal`, or undefined. */
  function shortest(from: string, goal: (key: string) => boolean): Edge[] | undefined {
    const back = new Map<string, { prev: string; edge: Edge } | null>([[from, null]]);
    const queue = [from];
    while (queue.length > 0) {
      const key = queue.shift()!;
      if (key !== from && goal(key)) {
        const walk: Edge[] = [];
        for (let at = back.get(key); at; at = back.get(at.prev)) walk.unshift(at.edge);
        return walk;
      }
      for (const edge of edges.get(key) ?? []) {
        if (back.has(edge.to)) continue;
        back.set(edge.to, { prev: key, edge });
        queue.push(edge.to);
      }
    }
    return undefined;
  }

  const paths: CoverPath[] = [];
  for (let guard = 0; guard < 500; guard++) {
    if (![...edges.values()].some((list) => list.some(fresh))) break;
    const walk: Edge[] = [];
    let at = start;
    const take = (edge: Edge) => {
      walk.push(edge);
      edge.ids.forEach((id) => covered.add(id));
      at = edge.to;
    };
    while (!isSink(at)) {
      const here = (edges.get(at) ?? []).filter(fresh);
      const long = walk.length >= maxSteps;
      if (!long) {
        // Go on while a new transition leads somewhere the walk can continue from.
        const step = here.find((e) => !isSink(e.to));
        if (step) {
          take(step);
          continue;
        }
        const way = shortest(at, (k) => (edges.get(k) ?? []).some((e) => fresh(e) && !isSink(e.to)));
        if (way && walk.length + way.length <= maxSteps) {
          way.forEach(take);
          continue;
        }
      }
      // Finish: a new transition here if there is one (preferably one that ends the walk), else the
      // shortest way to a new one that ends it, else the shortest way to any confirmed outcome.
      if (here.length > 0) {
        take(here.find((e) => isSink(e.to)) ?? here[0]!);
        continue;
      }
      const way =
        (long ? undefined : shortest(at, (k) => (edges.get(k) ?? []).some((e) => fresh(e) && isSink(e.to)))) ?? shortest(at, isSink) ?? [];
      if (way.length === 0) break;
      way.forEach(take);
    }
    paths.push(toPath(walk.map((e) => e.event), states.get(at)!));
  }
  return { paths, transitions, covered, vertices: states.size };

  function toPath(events: ConcernEvent[], end: ConcernSnapshot): CoverPath {
    const steps: CoverStep[] = [];
    let key = start;
    for (const event of events) {
      const edge = (edges.get(key) ?? []).find((e) => JSON.stringify(e.event) === JSON.stringify(event))!;
      key = edge.to;
      const s = states.get(key)!;
      steps.push({
        event,
        expect: { question: questionOf(s), review: isReview(s), route: routeOf(s), waiting: isWaiting(s) },
      });
    }
    const answers = end.context.answers.map(([q, v]) => `${q}=${v}`).join(' ');
    return { name: `${routeOf(end)}: ${answers} (${steps.length} steps)`, steps, route: routeOf(end)! };
  }
}
