import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { concernMachine } from '../../../machines/concern.machine';
import { DEFAULT_PARTNERS } from '../../../machines/ids';
import { helpPath } from '../../../machines/walks';
import { LANES, MAP_NODES, STATE_PLACEMENT, mapPosition, openLanes, routeMapGraph, visibleRoutes } from './routeMap';

/** Walks the machine definition on its own (not through buildGraph), so the two cannot agree by mistake. */
function machineStateIds(): string[] {
  const ids: string[] = [];
  const visit = (node: { id: string; states: Record<string, unknown> }) => {
    ids.push(node.id);
    for (const child of Object.values(node.states)) visit(child as typeof node);
  };
  visit(concernMachine.root as unknown as { id: string; states: Record<string, unknown> });
  return ids;
}

const locale = (lng: string) => JSON.parse(readFileSync(`content/locales/${lng}/training.json`, 'utf8'));

describe('route map', () => {
  it('places every state of the machine, and no state the machine lacks', () => {
    const states = machineStateIds();
    const missing = states.filter((id) => !(id in STATE_PLACEMENT));
    expect(missing, 'machine states missing from STATE_PLACEMENT').toEqual([]);
    expect(Object.keys(STATE_PLACEMENT).filter((id) => !states.includes(id)), 'placements of states the machine lacks').toEqual([]);
  });

  it('shows every map node for some state, and each node once', () => {
    const placed = new Set(Object.values(STATE_PLACEMENT));
    expect(MAP_NODES.filter((n) => !placed.has(n))).toEqual([]);
    expect(new Set(MAP_NODES).size).toBe(MAP_NODES.length);
  });

  it('has a label in Dutch and English for every node and lane (words, never ids)', () => {
    for (const lng of ['nl', 'en']) {
      const map = locale(lng).map;
      for (const node of MAP_NODES) {
        expect(map.nodes[node], `${lng} map.nodes.${node}`).toBeTruthy();
        expect(map.nodes[node]).not.toMatch(/\b(triage|stap\d|afweging\.\d|steun)\.[a-z]/);
      }
      for (const lane of LANES) expect(map.lanes[lane.id], `${lng} map.lanes.${lane.id}`).toBeTruthy();
    }
  });

  it('projects the machine transitions onto the map: every node reached, every route entered', () => {
    const { edges } = routeMapGraph();
    const targets = new Set(edges.map((e) => e.to));
    for (const node of MAP_NODES.filter((n) => n !== 'acuut')) expect(targets.has(node), node).toBe(true);
    expect(edges).toContainEqual({ from: 'afweging2', to: 'geinformeerd' });
    expect(edges).toContainEqual({ from: 'signalen', to: 'stap1' });
    expect(edges).toContainEqual({ from: 'signalen', to: 'advies' });
  });

  it('follows the real machine: steps, current node, route and waiting', () => {
    const start = mapPosition([]);
    expect(start).toMatchObject({ steps: [], current: 'acuut', waiting: false });
    expect([...openLanes(start)].sort()).toEqual(['routes', 'triage']);

    const toHelp = helpPath('cjg');
    const waiting = mapPosition(toHelp, { partners: DEFAULT_PARTNERS });
    expect(waiting.steps.map((s) => s.node)).toEqual([
      'acuut', 'medewerker', 'signalen', 'stap1', 'stap2bijzonder', 'stap2consultatie', 'stap3',
      'afweging1', 'afweging2', 'afweging3', 'afweging4', 'hulpPartner',
    ]);
    expect(waiting).toMatchObject({ current: 'route-extern', route: 'extern', waiting: true });
    expect(openLanes(waiting).has('meldcode')).toBe(true);
    expect(openLanes(waiting).has('steun')).toBe(false);

    const evaluated = mapPosition([...toHelp, ['afweging.5', 'ja']], { partners: DEFAULT_PARTNERS });
    expect(evaluated.steps.at(-1)).toEqual({ node: 'afweging5', question: 'afweging.5', value: 'ja' });
    expect(evaluated).toMatchObject({ current: 'route-afgesloten', route: 'afgesloten', waiting: false });

    const support = mapPosition([['triage.acuut', 'nee'], ['triage.medewerker', 'nee'], ['triage.signalen', 'nee']]);
    expect(support.current).toBe('advies');
    expect(openLanes(support).has('steun')).toBe(true);
    expect(openLanes(support).has('meldcode')).toBe(false);

    // The routes shown are those the machine can reach from the open lanes.
    expect(visibleRoutes(start, openLanes(start)).size).toBe(7);
    expect([...visibleRoutes(waiting, openLanes(waiting))]).toEqual(['route-veilig-thuis', 'route-afgesloten', 'route-intern', 'route-extern']);
    expect([...visibleRoutes(support, openLanes(support))]).toEqual(['route-advies', 'route-begeleiding', 'route-intern', 'route-extern']);
  });
});
