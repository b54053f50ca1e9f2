import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { DiagramEdge, DiagramGraph, DiagramNode } from './graph';

/**
 * Lays out the diagram graph with ELK's layered algorithm, compound states (triage, meldcode,
 * steun, outcome and the route states) drawn as boxes around their children. elkjs is large, so
 * this module imports it with import() only when the diagram is shown in training mode.
 */

export interface Point {
  x: number;
  y: number;
}
export interface PlacedNode {
  id: string;
  /** Absolute position (ELK gives positions relative to the parent; they are summed here). */
  x: number;
  y: number;
  width: number;
  height: number;
  node: DiagramNode;
  label: string;
}
export interface PlacedEdge {
  id: string;
  edge: DiagramEdge;
  label: string;
  /** Polyline, absolute. */
  points: Point[];
  labelAt?: Point & { width: number; height: number };
}
export interface DiagramLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export interface LayoutOptions {
  nodeLabel(node: DiagramNode): string;
  edgeLabel(edge: DiagramEdge): string;
  /** Font size of node labels in diagram units; edge labels use 0.8 of it. */
  fontSize?: number;
  direction?: 'DOWN' | 'RIGHT';
}

/** A width estimate for a label; the SVG then scales as a whole, so an estimate is enough. */
const textWidth = (text: string, size: number) => Math.ceil(text.length * size * 0.62) + 8;

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };
let worker: Promise<Elk> | undefined;

/**
 * ELK in a Web Worker (issue 16): laid out on the page's own thread, the ~50-state diagram was one task
 * of 0.6–3 s on a busy 2-core machine, and the presenter's screen froze meanwhile. The worker script is
 * elkjs's own (`elk-worker.min.js`, a same-origin file: CSP `worker-src 'self'`, precached like every
 * other). Unit tests (Node, no Worker) run the same ELK in-process (elk.bundled.js; dropped from the build).
 */
function elk(): Promise<Elk> {
  if (import.meta.env.MODE === 'test') return import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  worker ??= Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(
    ([{ default: ELK }, { default: workerUrl }]) => new ELK({ workerUrl }),
  );
  return worker;
}

export async function layoutDiagram(graph: DiagramGraph, options: LayoutOptions): Promise<DiagramLayout> {
  const engine = await elk();
  const size = options.fontSize ?? 22;
  const edgeSize = Math.round(size * 0.8);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const labels = new Map(graph.nodes.map((n) => [n.id, options.nodeLabel(n)]));
  const edgeLabels = new Map(graph.edges.map((e) => [e.id, options.edgeLabel(e)]));

  const toElk = (node: DiagramNode): ElkNode => {
    const label = labels.get(node.id) ?? node.key;
    if (node.kind === 'compound') {
      return {
        id: node.id,
        labels: [{ text: label, width: textWidth(label, size), height: size + 6 }],
        layoutOptions: {
          'elk.padding': `[top=${size + 22},left=14,bottom=14,right=14]`,
          'elk.nodeLabels.placement': 'INSIDE V_TOP H_LEFT',
        },
        children: node.children.map((id) => toElk(byId.get(id)!)),
      };
    }
    return { id: node.id, width: Math.max(textWidth(label, size) + 24, 96), height: size * 2 + 8 };
  };

  const root = byId.get(graph.rootId)!;
  const edges: ElkExtendedEdge[] = graph.edges.map((e) => {
    const text = edgeLabels.get(e.id) ?? '';
    return {
      id: e.id,
      sources: [e.source],
      targets: [e.target],
      labels: text ? [{ text, width: textWidth(text, edgeSize), height: edgeSize + 4 }] : [],
    };
  });
  const elkGraph: ElkNode = {
    id: root.id,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': options.direction ?? 'DOWN',
      // One layout over all levels, so edges between boxes (triage → meldcode, → outcome) route well.
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.spacing.nodeNode': '24',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'true',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
    children: root.children.map((id) => toElk(byId.get(id)!)),
    edges,
  };

  const laid = await engine.layout(elkGraph);
  const nodes: PlacedNode[] = [];
  // Absolute offsets of every node, to place edges: ELK gives edge coordinates relative to the
  // edge's container (the lowest common ancestor, reported in `container`).
  const offset = new Map<string, Point>([[root.id, { x: 0, y: 0 }]]);
  const walk = (n: ElkNode, ox: number, oy: number) => {
    for (const child of n.children ?? []) {
      const x = ox + (child.x ?? 0);
      const y = oy + (child.y ?? 0);
      offset.set(child.id, { x, y });
      const node = byId.get(child.id)!;
      nodes.push({ id: child.id, x, y, width: child.width ?? 0, height: child.height ?? 0, node, label: labels.get(child.id) ?? node.key });
      walk(child, x, y);
    }
  };
  walk(laid, 0, 0);

  const placed: PlacedEdge[] = [];
  const collectEdges = (n: ElkNode) => {
    for (const e of (n.edges ?? []) as (ElkExtendedEdge & { container?: string })[]) {
      const base = offset.get(e.container ?? n.id) ?? { x: 0, y: 0 };
      const edge = graph.edges.find((g) => g.id === e.id)!;
      const points: Point[] = [];
      for (const s of e.sections ?? []) {
        points.push({ x: base.x + s.startPoint.x, y: base.y + s.startPoint.y });
        for (const b of s.bendPoints ?? []) points.push({ x: base.x + b.x, y: base.y + b.y });
        points.push({ x: base.x + s.endPoint.x, y: base.y + s.endPoint.y });
      }
      const l = e.labels?.[0];
      placed.push({
        id: e.id,
        edge,
        label: edgeLabels.get(e.id) ?? '',
        points,
        ...(l && l.x !== undefined ? { labelAt: { x: base.x + l.x, y: base.y + (l.y ?? 0), width: l.width ?? 0, height: l.height ?? 0 } } : {}),
      });
    }
    for (const child of n.children ?? []) collectEdges(child);
  };
  collectEdges(laid);

  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes, edges: placed };
}
