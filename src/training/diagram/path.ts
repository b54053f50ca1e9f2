import type { StateValue } from 'xstate';
import { replay, type ConcernSnapshot } from '../../../machines/concern';
import type { ConcernInput } from '../../../machines/concern.machine';
import type { Answer } from '../../../machines/ids';
import type { DiagramEdge, DiagramGraph } from './graph';

/**
 * The path taken through the diagram: which states were visited and which edges were followed,
 * found by replaying the answers through the real machine one at a time. Nothing is inferred from
 * the answers alone, so the highlight can never show a path the machine would not take.
 */

/** The ids of the active state nodes (ancestors included) of a state value: 'concern', 'concern.triage', … */
export function activeIds(value: StateValue, rootId = 'concern'): string[] {
  const ids = [rootId];
  const walk = (v: StateValue, prefix: string) => {
    if (typeof v === 'string') {
      ids.push(`${prefix}.${v}`);
      return;
    }
    for (const [key, inner] of Object.entries(v)) {
      if (inner === undefined) continue;
      ids.push(`${prefix}.${key}`);
      walk(inner, `${prefix}.${key}`);
    }
  };
  walk(value, rootId);
  return ids;
}

export interface PathStep {
  answer: Answer;
  /** The edge of the diagram that the answer followed (undefined only if the diagram lacks it). */
  edgeId?: string;
  /** The deepest active state before and after the answer. */
  from: string;
  to: string;
}

export interface TakenPath {
  steps: PathStep[];
  /** Every state node active at some point, ancestors included. */
  visited: Set<string>;
  edges: Set<string>;
  /** The deepest active state now. */
  current: string;
  /** The active state nodes now, ancestors included. */
  currentIds: string[];
  /** An answer the machine refused (stops the path there). */
  rejectedAt?: number;
}

const deepest = (ids: string[]) => ids.reduce((a, b) => (b.split('.').length > a.split('.').length ? b : a));

/** Finds the edge an answer followed: from an active node before, to a node active after. */
function findEdge(graph: DiagramGraph, before: string[], after: string[], answer: Answer): DiagramEdge | undefined {
  const [question, value] = answer;
  const after_ = new Set(after);
  // The innermost source first: that is the transition XState takes when several could.
  const sources = [...before].sort((a, b) => b.length - a.length);
  for (const source of sources) {
    const edge = graph.edges.find(
      (e) =>
        e.source === source &&
        e.event === 'ANSWER' &&
        e.question === question &&
        (e.value === undefined || e.value === value) &&
        after_.has(e.target),
    );
    if (edge) return edge;
  }
  return undefined;
}

/** Replays answers one by one and collects the states and edges they pass. */
export function takenPath(graph: DiagramGraph, answers: readonly Answer[], input: ConcernInput = {}): TakenPath {
  let snapshot: ConcernSnapshot = replay([], input).snapshot;
  let ids = activeIds(snapshot.value, graph.rootId);
  const visited = new Set(ids);
  const edges = new Set<string>();
  const steps: PathStep[] = [];
  let rejectedAt: number | undefined;
  for (let i = 0; i < answers.length; i++) {
    const next = replay(answers.slice(0, i + 1), input);
    if (next.rejected) {
      rejectedAt = i;
      break;
    }
    const nextIds = activeIds(next.snapshot.value, graph.rootId);
    const edge = findEdge(graph, ids, nextIds, answers[i]);
    if (edge) edges.add(edge.id);
    steps.push({ answer: answers[i], edgeId: edge?.id, from: deepest(ids), to: deepest(nextIds) });
    nextIds.forEach((id) => visited.add(id));
    snapshot = next.snapshot;
    ids = nextIds;
  }
  return { steps, visited, edges, current: deepest(ids), currentIds: ids, ...(rejectedAt !== undefined ? { rejectedAt } : {}) };
}

/** The active ids of a live snapshot (the real machine the presenter drives). */
export function currentIdsOf(snapshot: ConcernSnapshot, rootId = 'concern'): string[] {
  return activeIds(snapshot.value, rootId);
}
