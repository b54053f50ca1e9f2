import { QUESTION_STATES, type ConcernInput } from '../../../machines/concern.machine';
import type { Answer, QuestionId, RouteId } from '../../../machines/ids';
import { buildGraph, type DiagramGraph } from '../diagram/graph';
import { takenPath } from '../diagram/path';

/**
 * The route map: the concern machine at the level a workshop talks about (triage, the five steps,
 * the afwegingen, the support route, the routes), for a room to read from a projector.
 *
 * Generated, not drawn: every state of the machine definition is assigned here to a map node (or to
 * a lane, for the grouping states), and routeMap.test.ts fails when the machine has a state this
 * table does not name, or names one the machine lacks. The edges are the machine's own transitions
 * projected onto the map; the path is the real machine replayed (diagram/path.ts). Labels are locale
 * texts (`training:map.nodes.<node>`), never ids.
 */

export const LANES = [
  { id: 'triage', nodes: ['acuut', 'medewerker', 'signalen'] },
  { id: 'meldcode', nodes: ['stap1', 'stap2bijzonder', 'stap2consultatie', 'stap3'] },
  { id: 'afwegingen', nodes: ['afweging1', 'afweging2', 'afweging3', 'afweging4', 'hulpPartner', 'afweging5', 'geinformeerd'] },
  { id: 'steun', nodes: ['advies', 'begeleiding', 'intern', 'partner', 'toestemming'] },
  {
    id: 'routes',
    nodes: ['route-veilig-thuis', 'route-meldplicht-bestuur', 'route-afgesloten', 'route-advies', 'route-begeleiding', 'route-intern', 'route-extern'],
  },
] as const;

export type LaneId = (typeof LANES)[number]['id'];
export type MapNodeId = (typeof LANES)[number]['nodes'][number];
export const MAP_NODES: readonly MapNodeId[] = LANES.flatMap((lane) => lane.nodes);

/** A grouping state belongs to a lane (or, for the root, to the whole map). */
type Placement = MapNodeId | `lane:${LaneId}` | 'root';

/** Every state of machines/concern.machine.ts, by its XState id, and where the map shows it. */
export const STATE_PLACEMENT: Record<string, Placement> = {
  concern: 'root',
  'concern.triage': 'lane:triage',
  'concern.triage.acuut': 'acuut',
  'concern.triage.medewerker': 'medewerker',
  'concern.triage.signalen': 'signalen',
  'concern.meldcode': 'lane:meldcode',
  'concern.meldcode.stap1': 'stap1',
  'concern.meldcode.stap2bijzonder': 'stap2bijzonder',
  'concern.meldcode.stap2consultatie': 'stap2consultatie',
  'concern.meldcode.stap3': 'stap3',
  'concern.meldcode.afweging1': 'afweging1',
  'concern.meldcode.afweging2': 'afweging2',
  'concern.meldcode.afweging3': 'afweging3',
  'concern.meldcode.afweging4': 'afweging4',
  'concern.meldcode.hulpPartner': 'hulpPartner',
  // Help is running: the route (intern or extern) is reached and waits for afweging 5.
  'concern.meldcode.hulpIntern': 'route-intern',
  'concern.meldcode.hulpIntern.review': 'route-intern',
  'concern.meldcode.hulpIntern.lopend': 'route-intern',
  'concern.meldcode.hulpIntern.evaluatie': 'afweging5',
  'concern.meldcode.hulpExtern': 'route-extern',
  'concern.meldcode.hulpExtern.review': 'route-extern',
  'concern.meldcode.hulpExtern.lopend': 'route-extern',
  'concern.meldcode.hulpExtern.evaluatie': 'afweging5',
  'concern.meldcode.geinformeerd': 'geinformeerd',
  'concern.steun': 'lane:steun',
  'concern.steun.advies': 'advies',
  'concern.steun.begeleiding': 'begeleiding',
  'concern.steun.intern': 'intern',
  'concern.steun.partner': 'partner',
  'concern.steun.toestemming': 'toestemming',
  'concern.outcome': 'lane:routes',
  'concern.outcome.advies': 'route-advies',
  'concern.outcome.advies.review': 'route-advies',
  'concern.outcome.advies.done': 'route-advies',
  'concern.outcome.begeleiding': 'route-begeleiding',
  'concern.outcome.begeleiding.review': 'route-begeleiding',
  'concern.outcome.begeleiding.done': 'route-begeleiding',
  'concern.outcome.intern': 'route-intern',
  'concern.outcome.intern.review': 'route-intern',
  'concern.outcome.intern.done': 'route-intern',
  'concern.outcome.extern': 'route-extern',
  'concern.outcome.extern.review': 'route-extern',
  'concern.outcome.extern.done': 'route-extern',
  'concern.outcome.veiligThuis': 'route-veilig-thuis',
  'concern.outcome.veiligThuis.review': 'route-veilig-thuis',
  'concern.outcome.veiligThuis.done': 'route-veilig-thuis',
  'concern.outcome.meldplichtBestuur': 'route-meldplicht-bestuur',
  'concern.outcome.meldplichtBestuur.review': 'route-meldplicht-bestuur',
  'concern.outcome.meldplichtBestuur.done': 'route-meldplicht-bestuur',
  'concern.outcome.afgesloten': 'route-afgesloten',
  'concern.outcome.afgesloten.review': 'route-afgesloten',
  'concern.outcome.afgesloten.done': 'route-afgesloten',
};

const isNode = (p: Placement | undefined): p is MapNodeId => p !== undefined && p !== 'root' && !p.startsWith('lane:');
export const laneOf = (node: MapNodeId): LaneId => LANES.find((lane) => (lane.nodes as readonly string[]).includes(node))!.id;

/** The map node of a machine state: its own placement, or (a grouping state) its initial child's. */
export function nodeOfState(graph: DiagramGraph, stateId: string): MapNodeId | undefined {
  const placed = STATE_PLACEMENT[stateId];
  if (isNode(placed)) return placed;
  const initial = graph.nodes.find((n) => n.id === stateId)?.initial;
  return initial ? nodeOfState(graph, initial) : undefined;
}

export interface MapEdge {
  from: MapNodeId;
  to: MapNodeId;
}

let cached: { graph: DiagramGraph; edges: MapEdge[] } | undefined;

/** The machine's graph and its transitions between map nodes (self-loops and going back left out). */
export function routeMapGraph(): { graph: DiagramGraph; edges: MapEdge[] } {
  if (cached) return cached;
  const graph = buildGraph();
  const seen = new Set<string>();
  const edges: MapEdge[] = [];
  for (const edge of graph.edges) {
    const from = STATE_PLACEMENT[edge.source];
    const to = nodeOfState(graph, edge.target);
    // A transition of a grouping state (a safety worry in the support route) is not one arrow.
    if (!isNode(from) || !to || from === to) continue;
    const key = `${from}>${to}`;
    if (!seen.has(key)) {
      seen.add(key);
      edges.push({ from, to });
    }
  }
  cached = { graph, edges };
  return cached;
}

export interface MapStep {
  node: MapNodeId;
  question: QuestionId;
  value: string;
}

/** Where the concern is on the map: the answered nodes with their answers, and the current node. */
export interface MapPosition {
  steps: MapStep[];
  current: MapNodeId;
  /** The route reached, if any (the current node is then a route, or afweging 5 while help runs). */
  route?: RouteId;
  /** Help is running (route intern/extern reached, afweging 5 to come). */
  waiting: boolean;
}

/** Replays the answers through the real machine and places every step on the map. */
export function mapPosition(answers: readonly Answer[], input: ConcernInput = {}): MapPosition {
  const { graph } = routeMapGraph();
  const path = takenPath(graph, answers, input);
  // Each answer on the node of the state that asks its question (afweging 5 may be answered before
  // its evaluation substate is entered, so the state it was answered in is not the place to show it).
  const steps: MapStep[] = path.steps.map((step) => ({
    node: nodeOfState(graph, QUESTION_STATES[step.answer[0]].slice(1)) ?? nodeOfState(graph, step.from)!,
    question: step.answer[0],
    value: step.answer[1],
  }));
  const current = nodeOfState(graph, path.current) ?? 'acuut';
  const routeNode = [...path.currentIds]
    .reverse()
    .map((id) => graph.nodes.find((n) => n.id === id))
    .find((n) => n?.route);
  return {
    steps,
    current,
    ...(routeNode?.route ? { route: routeNode.route } : {}),
    waiting: path.currentIds.some((id) => graph.nodes.find((n) => n.id === id)?.waiting),
  };
}

/**
 * Which lanes are open: the map follows the concern. Triage and the routes are always open; the
 * meldcode lanes or the support lane open once the concern is in them, so a projector never has
 * to show every lane at once at a size nobody can read.
 */
export function openLanes(position: MapPosition, expandAll = false): Set<LaneId> {
  if (expandAll) return new Set(LANES.map((l) => l.id));
  const lanes = new Set<LaneId>(['triage', 'routes']);
  const nodes = [...position.steps.map((s) => s.node), position.current];
  for (const node of nodes) {
    const lane = laneOf(node);
    if (lane === 'meldcode' || lane === 'afwegingen') {
      lanes.add('meldcode');
      lanes.add('afwegingen');
    }
    if (lane === 'steun') lanes.add('steun');
  }
  return lanes;
}

/**
 * The routes worth showing: once the concern is in the meldcode or the support route, the routes
 * the machine can reach from the open lanes (and the one reached); before that, every route.
 */
export function visibleRoutes(position: MapPosition, lanes: Set<LaneId>, expandAll = false): Set<MapNodeId> {
  const all = LANES.find((l) => l.id === 'routes')!.nodes as readonly MapNodeId[];
  if (expandAll || (!lanes.has('meldcode') && !lanes.has('steun'))) return new Set(all);
  const { edges } = routeMapGraph();
  const sources = new Set<MapNodeId>(
    LANES.filter((l) => l.id !== 'triage' && l.id !== 'routes' && lanes.has(l.id)).flatMap((l) => l.nodes as readonly MapNodeId[]),
  );
  const shown = new Set<MapNodeId>(edges.filter((e) => sources.has(e.from) && laneOf(e.to) === 'routes').map((e) => e.to));
  if (laneOf(position.current) === 'routes') shown.add(position.current);
  return new Set(all.filter((r) => shown.has(r)));
}
