import { and, not, or, type AnyStateMachine } from 'xstate';
import { concernMachine, type ConcernMeta } from '../../../machines/concern.machine';
import { isQuestionId, type PartnerKind, type QuestionId, type RouteId } from '../../../machines/ids';

/**
 * The statechart diagram's graph, derived from the machine definition at run time, never drawn by
 * hand: every state node of the machine becomes a node, every transition of its `on` config an edge.
 * When the machine changes, the diagram changes with it; graph.test.ts walks the definition on its
 * own and fails if a state is missing or extra.
 *
 * EDIT and BACK (going back to an earlier question) are global transitions on the root to every
 * question state; drawn, they would be dozens of lines that say only "you can always go back".
 * They are left out of the edges and listed in `omitted`, so the legend can say so.
 */

export interface DiagramNode {
  /** The state node's id as XState gives it: 'concern.meldcode.afweging1'. */
  id: string;
  /** The last part of the id: 'afweging1'. */
  key: string;
  parent?: string;
  depth: number;
  kind: 'compound' | 'atomic' | 'final';
  /** Child ids in definition order (compound nodes). */
  children: string[];
  /** The initial child's id (compound nodes). */
  initial?: string;
  question?: QuestionId;
  route?: RouteId;
  review?: boolean;
  waiting?: boolean;
}

export interface DiagramEdge {
  /** Stable and unique: source, event, index within the source's transitions for that event. */
  id: string;
  source: string;
  target: string;
  event: string;
  /** For ANSWER: the question the guard asks for. */
  question?: QuestionId;
  /** For ANSWER: the answer value the guard asks for (absent for partner answers). */
  value?: string;
  /** For partner answers: the kind of partner the guard asks for. */
  partnerKind?: PartnerKind;
  /**
   * Further conditions, as rule or guard names, negated with a leading '!': e.g.
   * 'veiligThuisConsultedIfSpecial' on stap2.consultatie = collega. Names come from the machine's
   * answer rules and guards; the legend words them.
   */
  conditions: string[];
}

export interface DiagramGraph {
  rootId: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Events left out of the diagram (global "go back" transitions), with how many edges each had. */
  omitted: { event: string; count: number }[];
}

/** Global "go back" events: not drawn (see above). */
export const OMITTED_EVENTS = ['EDIT', 'BACK'] as const;

/** The minimal shape of a state node we read; XState's own type is too generic to walk comfortably. */
interface StateNodeLike {
  id: string;
  key: string;
  type: string;
  meta?: unknown;
  states: Record<string, StateNodeLike>;
  initial?: { target?: readonly StateNodeLike[] };
  transitions: Map<string, readonly TransitionLike[]>;
}
interface TransitionLike {
  target?: readonly StateNodeLike[];
  guard?: unknown;
}

// The higher-order guards of XState are functions carrying `.guards` and a `.check` shared by every
// guard of the same combinator. Comparing `check` with fresh ones tells and/or/not apart without
// relying on function names (which minification changes).
const CHECK_AND = (and([]) as unknown as { check: unknown }).check;
const CHECK_OR = (or([]) as unknown as { check: unknown }).check;
const CHECK_NOT = (not('x') as unknown as { check: unknown }).check;

/** The machine's rules that pick the partner kind of a help partner (machines/concern.machine.ts). */
const PARTNER_KIND_RULES: Record<string, PartnerKind | undefined> = {
  internalPartner: 'internal',
  externalPartner: 'external',
};

interface GuardInfo {
  question?: QuestionId;
  value?: string;
  partnerKind?: PartnerKind;
  conditions: string[];
}

/** Reads what a guard asks for: the answer (question, value, partner kind) and any other conditions. */
function readGuard(guard: unknown, negated = false, info: GuardInfo = { conditions: [] }): GuardInfo {
  if (guard === undefined) return info;
  if (typeof guard === 'string') {
    info.conditions.push((negated ? '!' : '') + guard);
    return info;
  }
  if (typeof guard === 'function') {
    const g = guard as { check?: unknown; guards?: unknown[] };
    if (!Array.isArray(g.guards)) {
      info.conditions.push(negated ? '!inline' : 'inline');
      return info;
    }
    if (g.check === CHECK_NOT) {
      for (const inner of g.guards) readGuard(inner, !negated, info);
    } else if (g.check === CHECK_AND || g.check === CHECK_OR) {
      for (const inner of g.guards) readGuard(inner, negated, info);
    }
    return info;
  }
  if (guard && typeof guard === 'object' && 'type' in guard) {
    const { type, params } = guard as { type: string; params?: Record<string, unknown> };
    const question = params?.question;
    if (!negated && type === 'answers' && isQuestionId(question)) {
      info.question = question;
      if (typeof params?.value === 'string') info.value = params.value;
      // The rules the answer must meet (ANSWER_RULES of the machine): the partner-kind rules route
      // (partner intern / extern), the others are conditions the legend words.
      const rules = Array.isArray(params?.rules) ? (params.rules as string[]) : [];
      for (const rule of rules) {
        const kind = PARTNER_KIND_RULES[rule];
        if (kind) info.partnerKind = kind;
        else info.conditions.push(rule);
      }
      return info;
    }
    info.conditions.push((negated ? '!' : '') + type);
  }
  return info;
}

/** Builds the diagram graph of a machine (by default the concern machine). */
export function buildGraph(machine: AnyStateMachine = concernMachine): DiagramGraph {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const omitted = new Map<string, number>();
  const root = machine.root as unknown as StateNodeLike;

  const visit = (node: StateNodeLike, parent: string | undefined, depth: number) => {
    const meta = (node.meta ?? {}) as ConcernMeta;
    const children = Object.values(node.states);
    nodes.push({
      id: node.id,
      key: node.key,
      ...(parent ? { parent } : {}),
      depth,
      kind: node.type === 'final' ? 'final' : children.length > 0 ? 'compound' : 'atomic',
      children: children.map((c) => c.id),
      ...(children.length > 0 && node.initial?.target?.[0] ? { initial: node.initial.target[0].id } : {}),
      ...(meta.question ? { question: meta.question } : {}),
      ...(meta.route ? { route: meta.route } : {}),
      ...(meta.review ? { review: true } : {}),
      ...(meta.waiting ? { waiting: true } : {}),
    });

    for (const [event, transitions] of node.transitions) {
      if ((OMITTED_EVENTS as readonly string[]).includes(event)) {
        omitted.set(event, (omitted.get(event) ?? 0) + transitions.length);
        continue;
      }
      transitions.forEach((transition, index) => {
        const guard = readGuard(transition.guard);
        // A partner answer is guarded by a named guard alone (supportPartnerFits); the question is
        // then the one the state asks.
        if (event === 'ANSWER' && !guard.question && meta.question) guard.question = meta.question;
        // A targetless transition stays in its state; none exist in the concern machine, but a
        // self-loop is the honest drawing if one is added.
        const targets = transition.target?.length ? transition.target : [node];
        for (const target of targets) {
          edges.push({
            id: `${node.id}:${event}:${index}${targets.length > 1 ? `:${target.id}` : ''}`,
            source: node.id,
            target: target.id,
            event,
            ...(guard.question ? { question: guard.question } : {}),
            ...(guard.value !== undefined ? { value: guard.value } : {}),
            ...(guard.partnerKind ? { partnerKind: guard.partnerKind } : {}),
            conditions: guard.conditions,
          });
        }
      });
    }
    for (const child of children) visit(child, node.id, depth + 1);
  };
  visit(root, undefined, 0);

  return {
    rootId: root.id,
    nodes,
    edges,
    omitted: [...omitted].map(([event, count]) => ({ event, count })),
  };
}
