import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector } from '../../../machines/ids';
import { LANES, openLanes, visibleRoutes, type MapNodeId, type MapPosition } from './routeMap';

/**
 * The route map as HTML: one row per lane (a hand-made layered layout; the layers are the
 * meldcode's own order, read left to right and top to bottom), nodes in the words of the content.
 * Rows suit a wide projector: a lane of seven nodes wraps instead of growing a tall column. The current question and the path are
 * marked in colour and in words (▶ "We are here", ✓ with the answer chosen, ★ "Reached"); the path's
 * arrows are drawn in an SVG behind the nodes, measured from the rendered boxes.
 */
export interface RouteMapProps {
  position: MapPosition;
  /** The casus's sector: a node with a sector variant reads it ("Korte begeleiding in de kinderopvang?"). */
  sector?: Sector;
  /** The label of an answer (fixed values and partner names), in the page's language. */
  answerLabel(question: string, value: string): string;
  expandAll?: boolean;
  /** Names the figure for assistive technology (the map is also told as a list of steps). */
  id?: string;
  /**
   * Keep the map within the window below where it starts (the presenter: the page flows on below
   * it with the trainer's panel); the map then scrolls inside its box, following the question.
   */
  fitToWindow?: boolean;
}

interface Arrow {
  d: string;
}

export function RouteMap({ position, sector, answerLabel, expandAll = false, id = 'zr-map', fitToWindow = false }: RouteMapProps) {
  const { t } = useTranslation('training');
  const open = openLanes(position, expandAll);
  const routes = visibleRoutes(position, open, expandAll);
  const answered = new Map(position.steps.map((s) => [s.node, s]));
  const box = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // Short answers on the map ("ja", "vastgelegd"); partner names as the content words them.
  const shortAnswer = (question: string, value: string) => t(`map.answers.${value}`, { defaultValue: answerLabel(question, value) });
  const [arrows, setArrows] = useState<Arrow[]>([]);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const pathNodes: MapNodeId[] = [...position.steps.map((s) => s.node), position.current];
  const pathKey = pathNodes.join('>') + (expandAll ? '+' : '');

  // The arrows of the path, from the boxes as laid out; again whenever the layout changes size.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const sc = scroller.current;
      if (fitToWindow && sc) {
        const top = sc.getBoundingClientRect().top + window.scrollY;
        sc.style.maxBlockSize = `${Math.max(176, window.innerHeight - top - 8)}px`;
      }
      const origin = el.getBoundingClientRect();
      const rect = (node: MapNodeId) => el.querySelector(`[data-node="${node}"]`)?.getBoundingClientRect();
      const next: Arrow[] = [];
      for (let i = 0; i + 1 < pathNodes.length; i++) {
        const a = rect(pathNodes[i]);
        const b = rect(pathNodes[i + 1]);
        if (!a || !b || pathNodes[i] === pathNodes[i + 1]) continue;
        const sameRow = Math.abs(a.top + a.height / 2 - (b.top + b.height / 2)) < Math.min(a.height, b.height) / 2;
        if (sameRow) {
          const forward = b.left >= a.left;
          const x1 = (forward ? a.right : a.left) - origin.left;
          const x2 = (forward ? b.left : b.right) - origin.left;
          const y = a.top + a.height / 2 - origin.top;
          next.push({ d: `M${x1},${y} L${x2},${y}` });
        } else {
          const down = b.top > a.top;
          const x1 = a.left + a.width / 2 - origin.left;
          const x2 = b.left + Math.min(b.width / 2, 32) - origin.left;
          const y1 = (down ? a.bottom : a.top) - origin.top;
          const y2 = (down ? b.top : b.bottom) - origin.top;
          const mid = (y1 + y2) / 2;
          next.push({ d: `M${x1},${y1} C${x1},${mid} ${x2},${mid} ${x2},${y2}` });
        }
      }
      setArrows(next);
      setSize({ w: el.scrollWidth, h: el.scrollHeight });
    };
    measure();
    // jsdom (unit tests) has no ResizeObserver; a browser always has.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    // The story and the question above may change height too (a revealed answer, a discussion).
    if (fitToWindow && el.closest('.zr-stage')) observer?.observe(el.closest('.zr-stage')!);
    window.addEventListener('resize', measure);
    // The view follows the question: when the map is taller than its place, its own box scrolls
    // to "here" (never the page, which holds the story and the question).
    const sc = scroller.current;
    const here = el.querySelector<HTMLElement>('[data-current]');
    if (sc && here && sc.scrollHeight > sc.clientHeight) {
      const top = here.offsetTop;
      if (top < sc.scrollTop || top + here.offsetHeight > sc.scrollTop + sc.clientHeight) sc.scrollTop = Math.max(0, top - 8);
    }
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathKey]);

  return (
    <figure className="zr-map" aria-labelledby={`${id}-heading`} data-testid="route-map">
      <figcaption id={`${id}-heading`} className="zr-map__heading">
        {t('map.heading')}
      </figcaption>
      {/* Focusable: when the map scrolls inside its box, keyboard users can scroll it too. */}
      <div className="zr-map__scroll" ref={scroller} tabIndex={0} role="group" aria-labelledby={`${id}-heading`} data-native-keys="">
      <div className="zr-map__lanes" ref={box}>
        <svg className="zr-map__arrows" width={size.w} height={size.h} aria-hidden="true" focusable="false">
          <defs>
            <marker id={`${id}-head`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill="#4a1a7a" />
            </marker>
          </defs>
          {arrows.map((a, i) => (
            <path key={i} d={a.d} className="zr-map__arrow" markerEnd={`url(#${id}-head)`} />
          ))}
        </svg>
        {LANES.map((lane) =>
          open.has(lane.id) ? (
            <section key={lane.id} className="zr-map__lane" data-lane={lane.id} aria-label={t(`map.lanes.${lane.id}`)}>
              <h3 className="zr-map__lane-title">{t(`map.lanes.${lane.id}`)}</h3>
              <ol className="zr-map__nodes">
                {(lane.nodes as readonly MapNodeId[]).filter((node) => lane.id !== 'routes' || routes.has(node)).map((node) => {
                  const step = answered.get(node);
                  const current = position.current === node;
                  const reached = current && lane.id === 'routes';
                  const state = reached ? 'reached' : current ? 'current' : step ? 'visited' : 'idle';
                  return (
                    <li
                      key={node}
                      className={`zr-map__node zr-map__node--${state}`}
                      data-node={node}
                      data-state={state}
                      {...(current ? { 'data-current': '', 'aria-current': 'step' as const } : {})}
                    >
                      {current && !reached && <span className="zr-map__mark">▶ {t('map.here')}</span>}
                      {reached && (
                        <span className="zr-map__mark">
                          ★ {t('map.reached')}
                          {position.waiting ? ` · ${t('map.helpRuns')}` : ''}
                        </span>
                      )}
                      <span className="zr-map__label">{t(`map.nodes.${node}`, { context: sector })}</span>
                      {step && <span className="zr-map__answer">{t('map.chosen', { answer: shortAnswer(step.question, step.value) })}</span>}
                    </li>
                  );
                })}
              </ol>
            </section>
          ) : (
            <section key={lane.id} className="zr-map__lane zr-map__lane--closed" data-lane={lane.id} aria-label={t(`map.lanes.${lane.id}`)}>
              <h3 className="zr-map__lane-title">{t(`map.lanes.${lane.id}`)}</h3>
              <p className="zr-map__closed">{t('map.closed')}</p>
            </section>
          ),
        )}
      </div>
      </div>
    </figure>
  );
}
