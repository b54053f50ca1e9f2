import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcernInput } from '../../../machines/concern.machine';
import type { Answer } from '../../../machines/ids';
import { Button } from '../../ui/Button';
import { buildGraph, type DiagramEdge, type DiagramGraph, type DiagramNode } from './graph';
import type { DiagramLayout, PlacedNode } from './layout';
import { takenPath } from './path';
import { Paragraph } from '../../ui/Paragraph';

/**
 * The concern statechart on screen, generated from the machine definition (graph.ts) and laid out
 * by ELK (layout.ts, loaded here on demand). The current state and the path taken are highlighted
 * by line weight and a written marker as well as by colour; beside it, the text alternative lists
 * the steps taken and where you are.
 */

export interface DiagramProps {
  /** The answers given so far, in order (the path is replayed from them). */
  answers: readonly Answer[];
  /** The active state ids now (ancestors included); by default where the answers lead. */
  currentIds?: readonly string[];
  input?: ConcernInput;
  /** Initial zoom; 1 = diagram units are CSS pixels (labels about 22px). */
  initialScale?: number;
}

let graphCache: DiagramGraph | undefined;
const layoutCache = new Map<string, Promise<DiagramLayout>>();

/** Numbers conditions in order of appearance, for footnote markers on edge labels. */
function conditionNumbers(graph: DiagramGraph): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const e of graph.edges) for (const c of e.conditions) if (!numbers.has(c)) numbers.set(c, numbers.size + 1);
  return numbers;
}

const conditionKey = (c: string) => (c.startsWith('!') ? `not-${c.slice(1)}` : c);

export function useDiagramLabels(graph: DiagramGraph) {
  const { t } = useTranslation(['training', 'guide']);
  const conditions = useMemo(() => conditionNumbers(graph), [graph]);
  const nodeLabel = (node: DiagramNode): string => {
    if (node.question) return node.question;
    if (node.route) return node.waiting ? t('training:diagram.waitingRoute', { route: node.route }) : node.route;
    return t(`training:diagram.states.${node.key}`, { defaultValue: node.key });
  };
  const edgeLabel = (edge: DiagramEdge): string => {
    let label: string;
    if (edge.event === 'ANSWER') {
      label =
        edge.value ??
        (edge.partnerKind ? t(`training:diagram.partner.${edge.partnerKind}`) : t('training:diagram.partner.any'));
    } else {
      label = t(`training:diagram.events.${edge.event}`, { defaultValue: edge.event });
    }
    const marks = edge.conditions.map((c) => `*${conditions.get(c)}`).join('');
    return marks ? `${label} ${marks}` : label;
  };
  const conditionText = (c: string) => t(`training:diagram.conditions.${conditionKey(c)}`, { defaultValue: c });
  return { nodeLabel, edgeLabel, conditions, conditionText };
}

export function Diagram({ answers, currentIds, input, initialScale = 0.8 }: DiagramProps) {
  const { t, i18n } = useTranslation(['training', 'guide']);
  const graph = useMemo(() => (graphCache ??= buildGraph()), []);
  const { nodeLabel, edgeLabel, conditions, conditionText } = useDiagramLabels(graph);
  const path = useMemo(() => takenPath(graph, answers, input), [graph, answers, input]);
  const current = useMemo(() => new Set(currentIds ?? path.currentIds), [currentIds, path]);
  const currentLeaf = useMemo(
    () => [...current].reduce((a, b) => (b.split('.').length > a.split('.').length ? b : a), graph.rootId),
    [current, graph],
  );
  const [layout, setLayout] = useState<DiagramLayout | undefined>();
  const [failed, setFailed] = useState(false);
  const [scale, setScale] = useState(initialScale);
  const scroller = useRef<HTMLDivElement>(null);
  const ids = useId();
  const arrow = `${ids}-arrow`;
  const arrowTaken = `${ids}-arrow-taken`;
  const titleId = `${ids}-title`;

  useEffect(() => {
    let alive = true;
    const key = i18n.language;
    let promise = layoutCache.get(key);
    if (!promise) {
      promise = import('./layout').then(({ layoutDiagram }) => layoutDiagram(graph, { nodeLabel, edgeLabel }));
      layoutCache.set(key, promise);
      promise.catch(() => layoutCache.delete(key));
    }
    promise.then(
      (l) => alive && setLayout(l),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
    // Labels depend on the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, i18n.language]);

  // Keep the current state in view when it changes (a projector shows only part of the chart).
  useEffect(() => {
    const box = layout?.nodes.find((n) => n.id === currentLeaf);
    const el = scroller.current;
    if (!box || !el) return;
    el.scrollTo?.({
      left: Math.max(0, (box.x + box.width / 2) * scale - el.clientWidth / 2),
      top: Math.max(0, (box.y + box.height / 2) * scale - el.clientHeight / 2),
      behavior: 'smooth',
    });
  }, [layout, currentLeaf, scale]);

  const fit = () => {
    const el = scroller.current;
    if (!layout || !el) return;
    setScale(Math.min(el.clientWidth / layout.width, el.clientHeight / layout.height, 1.5));
  };

  const stepLabel = (q: string) => t(`guide:questions.${q}.title`, { defaultValue: q });
  const answerLabel = (q: string, v: string) => t(`guide:answers.${q}.${v}`, { defaultValue: v });
  const currentNode = graph.nodes.find((n) => n.id === currentLeaf);
  const currentText = currentNode ? describeNode(currentNode) : currentLeaf;
  function describeNode(node: DiagramNode): string {
    if (node.question) return `${node.question} — ${stepLabel(node.question)}`;
    const parent = graph.nodes.find((n) => n.id === node.parent);
    const route = node.route ?? parent?.route;
    const own = t(`training:diagram.states.${node.key}`, { defaultValue: node.key });
    return route ? `${t('training:diagram.route')}: ${route} (${own})` : own;
  }

  return (
    <section className="zr-diagram" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2">
        {t('training:diagram.heading')}
      </h2>
      <Paragraph>{t('training:diagram.lead')}</Paragraph>
      <div className="zr-diagram__tools" role="group" aria-label={t('training:diagram.zoom')}>
        <Button onClick={() => setScale((s) => Math.max(0.2, s / 1.25))}>{t('training:diagram.zoomOut')}</Button>
        <Button onClick={() => setScale(1)}>{t('training:diagram.actualSize')}</Button>
        <Button onClick={() => setScale((s) => Math.min(3, s * 1.25))}>{t('training:diagram.zoomIn')}</Button>
        <Button onClick={fit} disabled={!layout}>
          {t('training:diagram.fit')}
        </Button>
        <span className="zr-diagram__scale" aria-live="polite">
          {Math.round(scale * 100)}%
        </span>
      </div>
      <div className="zr-diagram__body">
        <div
          ref={scroller}
          className="zr-diagram__canvas"
          tabIndex={0}
          role="region"
          aria-label={t('training:diagram.canvasLabel')}
          data-testid="diagram-canvas"
        >
          {failed ? (
            <Paragraph>{t('training:diagram.failed')}</Paragraph>
          ) : !layout ? (
            <Paragraph role="status" data-loading="">
              {t('training:diagram.loading')}
            </Paragraph>
          ) : (
            <svg
              className="zr-diagram__svg"
              width={layout.width * scale}
              height={layout.height * scale}
              viewBox={`0 0 ${layout.width} ${layout.height}`}
              role="img"
              aria-label={t('training:diagram.svgLabel', { current: currentText })}
              data-testid="diagram-svg"
            >
              <defs>
                <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" fill="#595959" />
                </marker>
                <marker id={arrowTaken} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" fill="#4a1a7a" />
                </marker>
              </defs>
              {layout.nodes.map((n) => (
                <NodeShape
                  key={n.id}
                  placed={n}
                  current={n.id === currentLeaf || (n.node.kind === 'compound' && current.has(n.id))}
                  leaf={n.id === currentLeaf}
                  visited={path.visited.has(n.id)}
                  hereLabel={t('training:diagram.here')}
                />
              ))}
              {layout.edges.map((e) => {
                const taken = path.edges.has(e.id);
                return (
                  <g key={e.id} className={taken ? 'zr-diagram__edge zr-diagram__edge--taken' : 'zr-diagram__edge'} data-edge={e.id} data-taken={taken || undefined}>
                    <polyline
                      points={e.points.map((p) => `${p.x},${p.y}`).join(' ')}
                      fill="none"
                      stroke={taken ? '#4a1a7a' : '#595959'}
                      strokeWidth={taken ? 6 : 1.5}
                      markerEnd={`url(#${taken ? arrowTaken : arrow})`}
                    />
                    {e.labelAt && e.label && (
                      <text
                        x={e.labelAt.x + 2}
                        y={e.labelAt.y + e.labelAt.height - 5}
                        fontSize={18}
                        fontWeight={taken ? 700 : 400}
                        fill={taken ? '#4a1a7a' : '#1a1a1a'}
                        paintOrder="stroke"
                        stroke="#ffffff"
                        strokeWidth={4}
                      >
                        {e.label}
                      </text>
                    )}
                  </g>
                );
              })}
            </svg>
          )}
        </div>
        <div className="zr-diagram__aside">
          <h3 className="utrecht-heading-3">{t('training:diagram.stepsTaken')}</h3>
          {path.steps.length === 0 ? (
            <Paragraph>{t('training:diagram.noSteps')}</Paragraph>
          ) : (
            <ol className="utrecht-ordered-list zr-diagram__steps" data-testid="diagram-steps">
              {path.steps.map((s, i) => (
                <li key={i} className="utrecht-ordered-list__item">
                  <span className="zr-diagram__qid">{s.answer[0]}</span>: {stepLabel(s.answer[0])}{' '}
                  <strong>→ {answerLabel(s.answer[0], s.answer[1])}</strong>
                </li>
              ))}
            </ol>
          )}
          <Paragraph className="zr-diagram__here" data-testid="diagram-here">
            <strong>{t('training:diagram.youAreHere')}</strong> {currentText}
          </Paragraph>
          <h3 className="utrecht-heading-3">{t('training:diagram.legendHeading')}</h3>
          <ul className="utrecht-unordered-list zr-diagram__legend">
            <li className="utrecht-unordered-list__item">{t('training:diagram.legend.current')}</li>
            <li className="utrecht-unordered-list__item">{t('training:diagram.legend.visited')}</li>
            <li className="utrecht-unordered-list__item">{t('training:diagram.legend.taken')}</li>
            <li className="utrecht-unordered-list__item">
              {t('training:diagram.legend.omitted', { events: graph.omitted.map((o) => o.event).join(', ') })}
            </li>
            {[...conditions].map(([c, n]) => (
              <li key={c} className="utrecht-unordered-list__item">
                *{n}: {conditionText(c)}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

function NodeShape({
  placed,
  current,
  leaf,
  visited,
  hereLabel,
}: {
  placed: PlacedNode;
  current: boolean;
  leaf: boolean;
  visited: boolean;
  hereLabel: string;
}) {
  const { x, y, width, height, node, label } = placed;
  const compound = node.kind === 'compound';
  const stroke = leaf ? '#4a1a7a' : visited ? '#1a1a1a' : '#595959';
  const strokeWidth = leaf ? 7 : current ? 4 : visited ? 3.5 : compound ? 1.5 : 2;
  const fill = leaf ? '#f1e6fb' : compound ? (current ? '#f7f2fc' : '#f5f5f5') : '#ffffff';
  const mark = visited && !leaf && !compound ? '✓ ' : '';
  return (
    <g
      className="zr-diagram__node"
      data-state={node.id}
      data-current={leaf || undefined}
      data-visited={visited || undefined}
    >
      <rect x={x} y={y} width={width} height={height} rx={compound ? 14 : 10} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
      {node.kind === 'final' && (
        <rect x={x + 5} y={y + 5} width={width - 10} height={height - 10} rx={7} fill="none" stroke={stroke} strokeWidth={1.5} />
      )}
      <text
        x={compound ? x + 12 : x + width / 2}
        y={compound ? y + 28 : y + height / 2 + 8}
        textAnchor={compound ? 'start' : 'middle'}
        fontSize={22}
        fontWeight={compound || leaf || visited ? 700 : 400}
        fill="#1a1a1a"
      >
        {mark}
        {label}
      </text>
      {leaf && (
        <g>
          <rect x={x + width - 8} y={y - 18} width={hereLabel.length * 13 + 28} height={34} rx={17} fill="#4a1a7a" />
          <text x={x + width + 6} y={y + 6} fontSize={20} fontWeight={700} fill="#ffffff">
            ▶ {hereLabel}
          </text>
        </g>
      )}
    </g>
  );
}
