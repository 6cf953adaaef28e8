// Charts drawn with Observable Plot (SVG). Each chart is one image to a
// screen reader (role="img" with a description of what it shows); the same
// figures are always in a GOV.UK table beside it, which the pages draw.
// Bars carry their value as text, so colour is never the only signal.

// Plot (with d3) is large: it is loaded with the first chart, not with the app.
type PlotModule = typeof import('@observablehq/plot');
let loading: Promise<PlotModule> | null = null;
const loadPlot = () => (loading ??= import('@observablehq/plot'));
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

// The chart's width follows its box (390px phones included).
function useWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return width;
}

function usePlot(draw: (Plot: PlotModule, width: number) => SVGSVGElement | HTMLElement, dependencies: unknown[]) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  useEffect(() => {
    const element = box.current;
    if (!element || width <= 0) return;
    let chart: Element | null = null;
    let current = true;
    loadPlot().then((Plot) => {
      if (!current) return;
      chart = draw(Plot, Math.min(width, 720));
      // The page's Content Security Policy refuses inline style sheets:
      // Plot's is taken out and its rules are in .rt-chart (_layout.scss).
      for (const sheet of Array.from(chart.querySelectorAll('style'))) sheet.remove();
      // Plot names its marks for assistive technology in English ("bar",
      // "rule", "text", "tick"): the chart is one image, its description in
      // the reader's language on the box, so its parts carry no names.
      for (const named of Array.from(chart.querySelectorAll('[aria-label], [aria-description]'))) {
        named.removeAttribute('aria-label');
        named.removeAttribute('aria-description');
      }
      chart.removeAttribute('aria-label');
      chart.setAttribute('aria-hidden', 'true');
      element.replaceChildren(chart);
      element.setAttribute('data-drawn', 'true');
    });
    return () => {
      current = false;
      chart?.remove();
    };
  }, [width, ...dependencies]);
  return box;
}

const font = { fontSize: '16px', fontFamily: 'inherit', overflow: 'visible' };

export type Bar = { label: string; value: number; text: string };

// Horizontal bars, one per row, its label above it and its value after it.
// On a right-to-left page the bars grow from the right, and the text (which
// takes the page's direction) is anchored from there.
export function BarChart({ id, bars, description, max }: { id: string; bars: Bar[]; description: string; max?: number }) {
  const { direction } = useI18n();
  const rtl = direction === 'rtl';
  const box = usePlot(
    (Plot, width) => {
      const top = Math.max(max ?? 0, ...bars.map((bar) => bar.value), 0) || 1;
      return Plot.plot({
        width,
        height: bars.length * 64 + 10,
        marginTop: 28,
        marginLeft: 4,
        marginRight: 4,
        marginBottom: 4,
        style: font,
        x: { domain: [0, top * 1.3], axis: null, reverse: rtl },
        y: { domain: bars.map((bar) => bar.label), axis: null, padding: 0.55 },
        marks: [
          Plot.barX(bars, { x: 'value', y: 'label', fill: '#1d70b8' }),
          Plot.ruleX([0], { stroke: '#0b0c0c' }),
          Plot.text(bars, { x: 0, y: 'label', text: 'label', textAnchor: 'start', dy: -22, fill: '#0b0c0c', lineWidth: 40 }),
          Plot.text(bars, { x: 'value', y: 'label', text: 'text', textAnchor: 'start', dx: rtl ? -6 : 6, fill: '#0b0c0c', fontWeight: 'bold' }),
        ],
      });
    },
    [JSON.stringify(bars), max, rtl],
  );
  return <div class="rt-chart" id={id} role="img" aria-label={description} ref={box} />;
}

export type Point = { day: Date; value: number };

// A line over the days, a dot on each snapshot; a threshold as a dashed line.
export function LineChart({ id, points, description, threshold, format, yMax }: {
  id: string;
  points: Point[];
  description: string;
  threshold: number | null;
  format: (value: number) => string;
  yMax?: number;
}) {
  const box = usePlot(
    (Plot, width) =>
      Plot.plot({
        width,
        height: 240,
        marginLeft: 64,
        marginRight: 24,
        style: { ...font, direction: 'ltr' },
        x: { type: 'utc', label: null, ticks: Math.max(2, Math.floor(width / 160)) },
        y: { domain: [0, Math.max(yMax ?? 0, threshold ?? 0, ...points.map((point) => point.value)) || 1], label: null, tickFormat: format, ticks: 4, grid: true },
        marks: [
          threshold === null ? null : Plot.ruleY([threshold], { stroke: '#d4351c', strokeDasharray: '6 4', strokeWidth: 2 }),
          Plot.line(points, { x: 'day', y: 'value', stroke: '#1d70b8', strokeWidth: 3 }),
          Plot.dot(points, { x: 'day', y: 'value', fill: '#1d70b8', r: 4 }),
        ],
      }),
    [JSON.stringify(points), threshold],
  );
  return <div class="rt-chart" id={id} role="img" aria-label={description} ref={box} />;
}
