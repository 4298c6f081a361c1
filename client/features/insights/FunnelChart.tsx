import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { wrapLabel } from './chart-labels';

/** One chart's figures: categories along the bottom (channels, stages, weeks) and a series per line or set of bars; null is withheld. */
export interface ChartData {
  categories: string[];
  series: Array<{ label: string; values: (number | null)[] }>;
}

const PALETTE = ['--color-brand', '--color-accent', '--color-success', '--color-muted'];

function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || 'currentColor';
}

/** Roughly the width of one character of uPlot's 12 px axis font, the height of a line, and the axis without its labels. */
const LABEL_CHAR_PX = 7;
const LABEL_LINE_PX = 14;
const AXIS_BASE_PX = 28;

/**
 * A chart drawn by uPlot (loaded with the workspace only), in the identity's
 * colours, with its figures as a table for screen readers (the canvas is
 * hidden from them). Bars for categories, lines for weeks.
 */
export function FunnelChart({ title, data, kind, tableLabel }: { title: string; data: ChartData; kind: 'bars' | 'lines'; tableLabel: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || data.categories.length === 0) return;
    const text = cssColor('--color-text');
    const grid = cssColor('--color-border');
    const bars = uPlot.paths.bars?.({ size: [0.6, 64] });
    // Sized from the figure, not from the chart's own box: the canvas inside it would otherwise widen what it is measured by.
    const widthOf = () => Math.max(280, el.parentElement?.clientWidth ?? el.clientWidth);
    const width = widthOf();
    const opts: uPlot.Options = {
      width,
      height: 240,
      legend: { show: data.series.length > 1 },
      cursor: { show: false },
      scales: { x: { time: false, range: () => [-0.5, data.categories.length - 0.5] } },
      axes: [
        {
          stroke: text,
          grid: { show: false },
          // Each label wraps to its share of the axis (uPlot draws "\n" as a new line), so long stage names stay apart on a tablet.
          values: (u, ticks) => {
            const slot = u.bbox.width / devicePixelRatio / Math.max(1, data.categories.length);
            return ticks.map((i) => (Number.isInteger(i) ? wrapLabel(data.categories[i] ?? '', Math.max(6, Math.floor(slot / LABEL_CHAR_PX))) : ''));
          },
          size: (_u, values) => AXIS_BASE_PX + LABEL_LINE_PX * Math.max(1, ...(values ?? []).map((v) => String(v).split('\n').length)),
          splits: () => data.categories.map((_, i) => i),
        },
        { stroke: text, grid: { stroke: grid, width: 1 } },
      ],
      series: [
        {},
        ...data.series.map((s, i) => {
          const color = cssColor(PALETTE[i % PALETTE.length] ?? '--color-brand');
          return kind === 'bars'
            ? { label: s.label, stroke: color, fill: color, paths: bars, points: { show: false } }
            : { label: s.label, stroke: color, width: 3, spanGaps: false, points: { show: true, size: 6 } };
        }),
      ],
    };
    const plot = new uPlot(opts, [data.categories.map((_, i) => i), ...data.series.map((s) => s.values)], el);
    const resize = new ResizeObserver(() => plot.setSize({ width: widthOf(), height: 240 }));
    if (el.parentElement) resize.observe(el.parentElement);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [data, kind]);
  return (
    <figure class="funnel-chart">
      <figcaption>{title}</figcaption>
      <div ref={box} class="funnel-chart-canvas" aria-hidden="true" />
      <table class="visually-hidden">
        <caption>{tableLabel}</caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {data.series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.categories.map((category, i) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {data.series.map((s) => (
                <td key={s.label}>{s.values[i] ?? '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
