import { useLayoutEffect, useRef, useState } from 'react';

export interface BarDatum {
  label: string;
  value: number;
}

/** Sizes in CSS pixels (the SVG is drawn at the width of its container, scaled only in print). */
const FONT_SIZE = 14;
const LINE_HEIGHT = 18;
const MARGIN = { top: 4, right: 56, bottom: 4, left: 4 };
/** Room under the bars for the value axis: its tick marks and numbers. */
const AXIS_HEIGHT = 30;
const TICK = 6;
/** A bar is at most this thick, and keeps a tenth of its row free above and below. */
const MAX_BAR = 28;
const MIN_WIDTH = 240;
/** Before the container is measured (and in a DOM without ResizeObserver). */
const FALLBACK_WIDTH = 480;

const COLOURS = { bar: '#154273', text: '#1a1a1a', axis: '#595959', grid: '#cccccc' } as const;

let canvas: OffscreenCanvasRenderingContext2D | null | undefined;
/**
 * The width of a text in the page's font, for wrapping the category labels (SVG text does not wrap).
 * Measured on an OffscreenCanvas in the browser; elsewhere (jsdom, which has none) estimated at
 * 0.54 em a character, a little wider than the average of a sans-serif, so a label rather wraps once
 * too often than runs into its neighbour.
 */
function textWidth(text: string, font: string): number {
  if (canvas === undefined) canvas = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!canvas) return text.length * FONT_SIZE * 0.54;
  canvas.font = font;
  return canvas.measureText(text).width;
}

/** Greedy word wrap to `max` pixels; a single word wider than that gets a line of its own. */
export function wrapLabel(label: string, max: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * Whole-number ticks from 0 that cover `max`, at most about five, with a step of 1, 2 or 5 × 10ⁿ
 * (counts: no fractions on the axis).
 */
export function valueTicks(max: number): number[] {
  const top = Math.max(1, max);
  const rough = top / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude);
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) {
    ticks.push(v);
    if (v >= top) break;
  }
  return ticks;
}

/** The container's width in pixels, followed as it changes (window resize, print layout). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  const [fontFamily, setFontFamily] = useState('sans-serif');
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setFontFamily(getComputedStyle(element).fontFamily || 'sans-serif');
    const measure = () => setWidth(Math.max(MIN_WIDTH, Math.floor(element.getBoundingClientRect().width) || FALLBACK_WIDTH));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width, fontFamily };
}

/**
 * A horizontal bar chart drawn as plain SVG (issue 16: recharts was ~325 kB for this). One series,
 * one colour, each bar labelled with its number: nothing is said by colour alone. The SVG is an
 * image named by its <title> (role="img"; what it holds is not read out one text at a time), and the
 * data table beside it carries the same numbers for screen readers and for copying. Category labels
 * wrap inside `labelWidth`; every row gets the room of the label with the most lines, so labels never
 * run into each other and two charts with the same labels (PO and VO) have rows of the same height.
 */
export default function Bars({ title, data, labelWidth = 200 }: { title: string; data: readonly BarDatum[]; labelWidth?: number }) {
  const { ref, width: measured, fontFamily } = useWidth();
  const width = measured ?? FALLBACK_WIDTH;
  // On a narrow screen the labels get at most 45% of the width, so the bars keep room to compare.
  const labels = Math.max(80, Math.min(labelWidth, Math.round(width * 0.45)));
  const font = `${FONT_SIZE}px ${fontFamily}`;
  const wrapped = data.map((d) => wrapLabel(d.label, labels - TICK - 10, (text) => textWidth(text, font)));
  const slot = Math.max(34, Math.max(...wrapped.map((lines) => lines.length)) * LINE_HEIGHT + 12);
  const height = MARGIN.top + data.length * slot + AXIS_HEIGHT + MARGIN.bottom;

  const left = MARGIN.left + labels;
  const right = width - MARGIN.right;
  const bottom = MARGIN.top + data.length * slot;
  const ticks = valueTicks(Math.max(0, ...data.map((d) => d.value)));
  const domain = ticks.at(-1)!;
  const x = (value: number) => left + (value / domain) * (right - left);
  const bar = Math.min(MAX_BAR, slot * 0.8);

  return (
    <div ref={ref} className="zr-chart__canvas" style={{ height }}>
      {measured === undefined ? null : (
        <svg
          role="img"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          fontSize={FONT_SIZE}
          className="zr-bars"
        >
          <title>{title}</title>
          <g stroke={COLOURS.grid}>
            {ticks.map((tick) => (
              <line key={tick} x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={bottom} />
            ))}
          </g>
          {data.map((d, i) => {
            const middle = MARGIN.top + i * slot + slot / 2;
            const lines = wrapped[i]!;
            return (
              <g key={`${i}-${d.label}`} data-bar={d.label}>
                <line x1={left - TICK} x2={left} y1={middle} y2={middle} stroke={COLOURS.axis} />
                <text x={left - TICK - 4} y={middle - ((lines.length - 1) * LINE_HEIGHT) / 2} textAnchor="end" dominantBaseline="central" fill={COLOURS.text} className="zr-bars__label">
                  {lines.map((line, n) => (
                    <tspan key={n} x={left - TICK - 4} dy={n === 0 ? 0 : LINE_HEIGHT}>
                      {line}
                    </tspan>
                  ))}
                </text>
                <rect x={left} y={middle - bar / 2} width={Math.max(0, x(d.value) - left)} height={bar} fill={COLOURS.bar} />
                <text x={x(d.value) + 5} y={middle} dominantBaseline="central" fill={COLOURS.text} className="zr-bars__value">
                  {d.value}
                </text>
              </g>
            );
          })}
          <g stroke={COLOURS.axis}>
            <line x1={left} x2={left} y1={MARGIN.top} y2={bottom} />
            <line x1={left} x2={right} y1={bottom} y2={bottom} />
          </g>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={bottom} y2={bottom + TICK} stroke={COLOURS.axis} />
              <text x={x(tick)} y={bottom + TICK + 4} textAnchor="middle" dominantBaseline="hanging" fill={COLOURS.text}>
                {tick}
              </text>
            </g>
          ))}
        </svg>
      )}
    </div>
  );
}
