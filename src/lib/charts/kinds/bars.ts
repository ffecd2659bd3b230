// Kind "bars": horizontal bars, one category per row, values across. Each row has a fixed height in
// the drawing (the chart grows with its rows instead of squeezing them into hairlines): the category
// name sits left of its bar when every name fits a narrow column, else on a line of its own above it.
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { ResolvedChart } from '../../model/resolved';
import { stackRows } from '../../model/domain';
import { em, emptyGeo, fmt, isMuted, margin, rectMark, roundGeo, roundPx, textWidth, type RectMark } from '../geometry';
import type { ChartKindModule } from './module';

/** Row parts in drawing px at 11-unit text: a name line, a bar (per series) and the gap after
 *  (the name line and a bar's label height grow with the text size, rowParts). */
export const BAR_ROW = { name: 14, bar: 10, gap: 3 };
/** Widest category column beside the bars at 11-unit text (the narrowest drawing is 360 px wide). */
const BESIDE_MAX = 150;
const top = (font: number) => margin(font).top - 8;

/** The row parts at a text size: the name line, a bar, the gap, and the least row for a value label. */
function rowParts(font: number) {
  return { name: BAR_ROW.name * em(font), bar: BAR_ROW.bar, gap: BAR_ROW.gap, label: 13 * em(font) };
}

/** Where the category names go, and how wide their column is when beside the bars. */
export function barNames(chart: ResolvedChart, font: number): { beside: boolean; width: number } {
  const width = Math.ceil(Math.max(0, ...chart.xs.map((d) => textWidth(d.label, font))));
  return { beside: width <= BESIDE_MAX * em(font), width };
}

/** Height of one row: its bars (one per series unless stacked), the value labels beside them, the name. */
function rowHeight(chart: ResolvedChart, font: number): number {
  const p = rowParts(font);
  const bars = (chart.stacked ? 1 : chart.series.length) * p.bar;
  return (barNames(chart, font).beside ? 0 : p.name) + Math.max(bars, p.label) + p.gap;
}

/** Drawing height that keeps every row at its full height. */
export function barsHeight(chart: ResolvedChart, font: number): number {
  return top(font) + chart.xs.length * rowHeight(chart, font) + 4;
}

function barCake(chart: ResolvedChart, font: number) {
  const [lo, hi] = chart.domain;
  // Room for the value labels beside the bars: the longest one (2兆7,185億円 is wider than 46.1%),
  // so a negative bar's label, minus sign first, ends inside the drawing.
  const labelled = chart.labels === 'none' ? [] : chart.rows.map((r) => textWidth(fmt(chart, r), font));
  const pad = Math.max(30, Math.ceil(Math.max(0, ...labelled)) + 8);
  const names = barNames(chart, font);
  const TOP = top(font);
  const start = names.beside ? names.width + 8 : 0;
  return {
    x: 'value',
    y: 'x',
    xScale: scaleLinear(),
    xDomain: chart.domain,
    xRange: ({ width }: { width: number }) => [start + (lo < 0 ? pad : 0), Math.max(start + pad + 1, width - (hi > 0 ? pad : 4))],
    yScale: scaleBand<string>(),
    yDomain: chart.xs.map((d) => d.key),
    // Rows keep at least their height; a taller box widens them up to half as much again and leaves
    // the rest empty at the bottom (bars do not turn into slabs).
    yRange: ({ height }: { height: number }) => [TOP, Math.min(height - 4, TOP + 1.5 * chart.xs.length * rowHeight(chart, font))]
  };
}

export function barRects(chart: ResolvedChart, x: ScaleLinear<number, number>, y: ScaleBand<string>, font: number): RectMark[] {
  const stacks = stackRows(chart.rows, chart.stacked);
  const name = barNames(chart, font).beside ? 0 : rowParts(font).name;
  const baseline = 4 * em(font);
  const n = chart.stacked ? 1 : chart.series.length;
  const barH = Math.max(4, Math.min(BAR_ROW.bar * 1.6, (y.bandwidth() - name - BAR_ROW.gap) / n));
  return chart.rows.map((r) => {
    const si = chart.series.findIndex((s) => s.key === r.series);
    const [a, b] = stacks.get(`${r.x}|${r.series}`)!;
    const left = Math.min(x(a), x(b));
    const w = Math.abs(x(a) - x(b));
    const top = (y(r.x) ?? 0) + name + (chart.stacked ? 0 : si * barH);
    const neg = r.value < 0;
    const muted = isMuted(chart, r);
    const h = Math.max(2, barH - 2);
    return {
      ...rectMark(chart, r, si, muted, false, neg ? 'end' : 'start'),
      geo: roundGeo({
        ...emptyGeo(),
        x: left,
        y: top,
        w,
        h,
        o: 1,
        lx: neg ? left - 4 : left + w + 4,
        ly: top + h / 2 + baseline,
        lo: chart.labels === 'all' || (chart.labels === 'highlight' && !muted) ? 1 : 0
      })
    };
  });
}

/** Category names: left of the row's bars (baseline on their middle), or on the line above them. */
export function barCategoryLabels(chart: ResolvedChart, y: ScaleBand<string>, font: number) {
  const beside = barNames(chart, font).beside;
  const k = em(font);
  // Above the bars, with the axis at the left edge: set in from the axis line.
  const x = !beside && chart.domain[0] >= 0 ? 5 : 0;
  return chart.xs.map((d) => ({
    key: d.key,
    text: d.label,
    x,
    y: roundPx((y(d.key) ?? 0) + (beside ? (y.bandwidth() - BAR_ROW.gap) / 2 + 4 * k : (BAR_ROW.name - 4) * k)),
    muted: !!chart.highlight?.x && !chart.highlight.x.includes(d.key)
  }));
}

/** The zero line's pieces from `from` to `to`: broken where a category name on its own line runs
 *  across it (a long name over a negative bar), so the name is not struck through. */
export function barZeroSpans(chart: ResolvedChart, x: ScaleLinear<number, number>, y: ScaleBand<string>, font: number, from: number, to: number): [number, number][] {
  const zero = x(0);
  const cuts = barNames(chart, font).beside
    ? []
    : barCategoryLabels(chart, y, font)
        .filter((l) => l.x < zero && l.x + textWidth(l.text, font) > zero)
        .map((l) => [l.y - 0.88 * font - 1, l.y + 0.12 * font + 1]);
  const spans: [number, number][] = [];
  let start = from;
  for (const [a, b] of cuts) {
    if (a > start) spans.push([roundPx(start), roundPx(a)]);
    start = Math.max(start, b);
  }
  if (to > start) spans.push([roundPx(start), roundPx(to)]);
  return spans;
}

export const bars: ChartKindModule = {
  drawn: true,
  drawing: 'cartesian',
  swatch: 'rect',
  horizontal: true,
  cake: barCake,
  minHeight: barsHeight,
  rects: (chart, s) => barRects(chart, s.x as ScaleLinear<number, number>, s.y as ScaleBand<string>, s.font)
};
