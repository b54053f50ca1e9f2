import { describe, expect, it } from 'vitest';
import { concernMachine } from '../../../machines/concern.machine';
import { QUESTION_IDS, type Answer } from '../../../machines/ids';
import { buildGraph, OMITTED_EVENTS, type DiagramGraph } from './graph';
import { takenPath } from './path';

/**
 * The diagram must show the machine as it is: no state missing, none extra. The expected set is
 * collected here on its own, twice — from the machine's state nodes and from the raw config the
 * machine was created with — rather than through buildGraph's code.
 */

interface ConfigNode {
  states?: Record<string, ConfigNode>;
  on?: Record<string, unknown>;
}

function idsFromStateNodes(): string[] {
  const ids: string[] = [];
  const walk = (node: { id: string; states: Record<string, unknown> }) => {
    ids.push(node.id);
    for (const child of Object.values(node.states)) walk(child as typeof node);
  };
  walk(concernMachine.root as unknown as { id: string; states: Record<string, unknown> });
  return ids;
}

function idsFromConfig(): string[] {
  const ids: string[] = [];
  const walk = (node: ConfigNode, id: string) => {
    ids.push(id);
    for (const [key, child] of Object.entries(node.states ?? {})) walk(child, `${id}.${key}`);
  };
  walk(concernMachine.config as ConfigNode, concernMachine.config.id ?? '(machine)');
  return ids;
}

/** Compares the diagram's node ids with expected state ids; the test's own comparison. */
function compare(graph: Pick<DiagramGraph, 'nodes'>, expected: string[]) {
  const drawn = new Set(graph.nodes.map((n) => n.id));
  const want = new Set(expected);
  return {
    missing: [...want].filter((id) => !drawn.has(id)),
    extra: [...drawn].filter((id) => !want.has(id)),
  };
}

describe('statechart diagram graph', () => {
  const graph = buildGraph();

  it('has exactly the states of the machine definition (state nodes): none missing, none extra', () => {
    const expected = idsFromStateNodes();
    expect(expected.length).toBeGreaterThan(40);
    expect(compare(graph, expected)).toEqual({ missing: [], extra: [] });
    expect(graph.nodes).toHaveLength(expected.length); // no duplicates either
  });

  it('has exactly the states of the raw machine config: none missing, none extra', () => {
    expect(compare(graph, idsFromConfig())).toEqual({ missing: [], extra: [] });
  });

  it('the comparison catches a dropped state and an invented one', () => {
    const expected = idsFromStateNodes();
    const dropped = { nodes: graph.nodes.filter((n) => n.id !== 'concern.meldcode.afweging1') };
    expect(compare(dropped, expected)).toEqual({ missing: ['concern.meldcode.afweging1'], extra: [] });
    const invented = { nodes: [...graph.nodes, { ...graph.nodes[1], id: 'concern.nergens' }] };
    expect(compare(invented, expected)).toEqual({ missing: [], extra: ['concern.nergens'] });
  });

  it('asks every question somewhere, with ids like concern.meldcode.afweging1', () => {
    const asked = new Set(graph.nodes.flatMap((n) => (n.question ? [n.question] : [])));
    expect([...asked].sort()).toEqual([...QUESTION_IDS].sort());
    expect(graph.nodes.find((n) => n.id === 'concern.meldcode.afweging1')?.question).toBe('afweging.1');
  });

  it('draws one edge per transition of the config, except the global EDIT/BACK', () => {
    let expected = 0;
    let omitted = 0;
    const walk = (node: ConfigNode) => {
      for (const [event, t] of Object.entries(node.on ?? {})) {
        const n = Array.isArray(t) ? t.length : 1;
        if ((OMITTED_EVENTS as readonly string[]).includes(event)) omitted += n;
        else expected += n;
      }
      for (const child of Object.values(node.states ?? {})) walk(child);
    };
    walk(concernMachine.config as ConfigNode);
    expect(graph.edges).toHaveLength(expected);
    expect(graph.omitted.reduce((n, o) => n + o.count, 0)).toBe(omitted);
    expect(graph.edges.some((e) => e.event === 'EDIT' || e.event === 'BACK')).toBe(false);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it('labels answer edges with the answer value from the guard params', () => {
    const fromAfweging1 = graph.edges.filter((e) => e.source === 'concern.meldcode.afweging1');
    expect(fromAfweging1.map((e) => [e.value, e.target])).toEqual([
      ['ja', 'concern.meldcode.afweging2'],
      ['nee', 'concern.outcome.afgesloten'],
    ]);
    const collega = graph.edges.find((e) => e.source === 'concern.meldcode.stap2consultatie' && e.value === 'collega');
    expect(collega?.conditions).toEqual(['veiligThuisConsultedIfSpecial']);
    const partner = graph.edges.filter((e) => e.source === 'concern.meldcode.hulpPartner');
    expect(partner.map((e) => e.partnerKind)).toEqual(['internal', 'external']);
    const support = graph.edges.find((e) => e.source === 'concern.steun.partner');
    expect(support).toMatchObject({ question: 'steun.partner', conditions: ['onSocialeKaart', 'referralPartner', 'supportPartnerFits'] });
    expect(partner.map((e) => e.conditions)).toEqual([['onSocialeKaart', 'referralPartner'], ['onSocialeKaart', 'referralPartner']]);
    for (const e of graph.edges.filter((x) => x.event === 'ANSWER')) expect(e.question).toBeDefined();
    for (const e of graph.edges) expect(graph.nodes.some((n) => n.id === e.target)).toBe(true);
  });

  it('highlights the path the machine takes for a casus, and where it is now', () => {
    const answers: Answer[] = [
      ['triage.acuut', 'nee'],
      ['triage.medewerker', 'nee'],
      ['triage.signalen', 'ja'],
      ['stap1.signalen', 'vastgelegd'],
    ];
    const path = takenPath(graph, answers);
    expect(path.steps).toHaveLength(4);
    expect(path.steps.every((s) => s.edgeId)).toBe(true);
    expect(path.current).toBe('concern.meldcode.stap2bijzonder');
    expect(path.visited.has('concern.triage.medewerker')).toBe(true);
    expect(path.visited.has('concern.steun')).toBe(false);
    expect([...path.edges]).toContain('concern.triage.signalen:ANSWER:0');
  });

  it('stops the path at an answer the machine refuses', () => {
    const path = takenPath(graph, [
      ['triage.acuut', 'nee'],
      ['afweging.1', 'ja'],
    ]);
    expect(path.rejectedAt).toBe(1);
    expect(path.current).toBe('concern.triage.medewerker');
  });
});
