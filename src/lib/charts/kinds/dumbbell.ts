// Kind "dumbbell": per category one dot per series on a horizontal value axis (linear or log),
// the dots of one category joined by a line; one series makes it a dot plot.
import { scaleBand, scaleLinear, scaleLog, type ScaleBand, type ScaleLinear } from 'd3';
import type { ChartRow, ResolvedChart } from '../../model/resolved';
import { em, fitLabel, fmt, isMuted, roundGeo, roundPx, textWidth, tickLabel, type Tick } from '../geometry';
import type { ChartKindModule } from './module';

/** Room for the tick row at the top and for value labels right of the dots, at 11-unit text. */
export const DUMBBELL = { top: 34, left: 6, right: 54, label: 12, row: 22 };

/** DUMBBELL at a text size (the dots keep their size). */
export function dumbbellRoom(font: number): typeof DUMBBELL {
  const k = em(font);
  return { top: DUMBBELL.top * k, left: DUMBBELL.left, right: DUMBBELL.right * k, label: DUMBBELL.label * k, row: DUMBBELL.row * k };
}

/** Drawing height that gives every dumbbell row room for its label and dot. */
export function dumbbellRowsHeight(chart: ResolvedChart, font: number): number {
  const D = dumbbellRoom(font);
  return D.top + 8 + dumbbellBands(chart).length * D.row;
}

/** Band keys from top to bottom: a heading band before each group, then its categories. */
export function dumbbellBands(chart: ResolvedChart): string[] {
  if (!chart.groups?.length) return chart.xs.map((d) => d.key);
  return chart.groups.flatMap((g) => [g.key, ...g.x]);
}

export interface DotGeo {
  x: number;
  y: number;
  o: number;
  /** Where an entering dot starts: the first series' dot of its category. */
  fx: number;
  r: number;
  lx: number;
  ly: number;
  lo: number;
}

export interface DotMark {
  key: string;
  x: string;
  series: string;
  seriesIndex: number;
  muted: boolean;
  forecast: boolean;
  uncertain: boolean;
  /** The source gives the value only approximately (約, 程度): drawn as a hollow, dashed ring. */
  approx: boolean;
  label: string;
  anchor: 'start' | 'end';
  /** Dense rows (single series): the category label sits on the dot's line instead of above it,
   *  after the value label ("right") or before the dot ("left", for dots in the right half). */
  inline?: { text: string; side: 'left' | 'right'; muted: boolean };
  geo: DotGeo;
}

/** Rows lower than this put their category label on the dot's line (single-series dot plots). */
export const INLINE_BELOW = 28;

export function dumbbellInline(chart: ResolvedChart, bandwidth: number, font: number): boolean {
  return chart.series.length === 1 && bandwidth < INLINE_BELOW * em(font);
}

export interface LinkGeo {
  x1: number;
  x2: number;
  y: number;
  o: number;
}

export interface LinkMark {
  key: string;
  x: string;
  muted: boolean;
  geo: LinkGeo;
}

export const DOT_R = 5;

/** Dot radius that fits the row height (dense dot plots get smaller dots). */
export function dotRadius(bandwidth: number, font: number): number {
  return Math.max(3, Math.min(DOT_R, (bandwidth - dumbbellRoom(font).label) / 2 - 0.5));
}

/** Dots (one per row), links (one per category with two or more dots) and their labels. */
export function dumbbellMarks(chart: ResolvedChart, x: (v: number) => number, y: ScaleBand<string>, font: number): { dots: DotMark[]; links: LinkMark[] } {
  const D = dumbbellRoom(font);
  const k = em(font);
  const inlinePx = font;
  const inline = dumbbellInline(chart, y.bandwidth(), font);
  const r0 = inline ? Math.max(3, Math.min(DOT_R, y.bandwidth() / 2 - 2)) : dotRadius(y.bandwidth(), font);
  const cy = (key: string) =>
    inline ? (y(key) ?? 0) + y.bandwidth() / 2 : (y(key) ?? 0) + D.label + Math.max(r0 + 0.5, (y.bandwidth() - D.label) / 2);
  const rx1 = (x as unknown as { range: () => number[] }).range?.()[1] ?? 0;
  const label = (r: ChartRow) => fmt(chart, r);
  // A label above its dot is on the category name's line: after the name, where it fits before the edge.
  const aboveX = (x: number, name: string, text: string) => {
    const after = inline ? 0 : textWidth(name, font) + 6;
    return Math.max(x, after + textWidth(text, font) <= rx1 + D.right ? after : 0);
  };
  const dots: DotMark[] = [];
  const links: LinkMark[] = [];
  for (const c of chart.xs) {
    const rows = chart.rows.filter((r) => r.x === c.key);
    if (!rows.length) continue;
    const first = rows.find((r) => r.series === chart.series[0]?.key) ?? rows[0];
    const vs = rows.map((r) => r.value);
    const lo = Math.min(...vs);
    const hi = Math.max(...vs);
    const py = cy(c.key);
    for (const r of rows) {
      const si = chart.series.findIndex((s) => s.key === r.series);
      const muted = isMuted(chart, r);
      const px = x(r.value);
      // The smaller value of a pair is labelled on its left, everything else on its right.
      // (Unless that label would run off the left edge: then it sits above its dot, clear of the link.)
      const low = rows.length > 1 && r.value === lo && lo !== hi;
      // (value labels are bold: about a tenth wider than the estimate)
      const left = low && px - r0 - 3 - textWidth(label(r), font) * 1.1 >= 0;
      const above = low && !left;
      const catLabel = chart.xs.find((d) => d.key === r.x)?.label ?? r.x;
      let inl: DotMark['inline'];
      if (inline) {
        const full = rx1 + D.right;
        const right = full - (px + r0 + 3) - textWidth(label(r), font) - 6;
        const leftRoom = px - r0 - 4;
        // Estimated widths: keep a safety margin so no label runs off the chart.
        const w = textWidth(catLabel, inlinePx) * 1.1 + 6;
        const side = w <= right ? 'right' : w <= leftRoom ? 'left' : right >= leftRoom ? 'right' : 'left';
        inl = { text: fitLabel(catLabel, ((side === 'right' ? right : leftRoom) - 6) / 1.1, inlinePx), side, muted };
      }
      dots.push({
        ...(inl && { inline: inl }),
        key: `${r.x}|${r.series}`,
        x: r.x,
        series: r.series,
        seriesIndex: si,
        muted,
        forecast: !!r.forecast,
        uncertain: !!r.uncertain,
        approx: !!r.approx,
        label: label(r),
        anchor: left ? 'end' : 'start',
        geo: roundGeo({
          x: px,
          y: py,
          o: 1,
          fx: x(first.value),
          r: r0,
          lx: left ? px - r0 - 3 : above ? aboveX(px - r0, catLabel, label(r)) : px + r0 + 3,
          ly: above ? py - r0 * 1.6 - 4 : py + 4 * k,
          lo: chart.labels === 'all' || ((chart.labels === 'highlight' || chart.labels === 'last') && !muted) ? 1 : 0
        })
      });
    }
    if (rows.length > 1) {
      links.push({
        key: `${c.key}|link`,
        x: c.key,
        muted: rows.every((r) => isMuted(chart, r)),
        geo: roundGeo({ x1: x(first.value), x2: x(first.value === lo ? hi : lo), y: py, o: 1 })
      });
    }
  }
  return { dots, links };
}

/** Category labels (above each row) and group headings. */
export function dumbbellLabels(chart: ResolvedChart, y: ScaleBand<string>, font: number) {
  const cats = chart.xs.map((d) => ({
    key: d.key,
    text: d.label,
    y: roundPx((y(d.key) ?? 0) + dumbbellRoom(font).label - 2 * em(font)),
    heading: false,
    muted: !!chart.highlight?.x && !chart.highlight.x.includes(d.key)
  }));
  const heads = (chart.groups ?? []).map((g) => ({
    key: g.key,
    text: g.label,
    y: roundPx((y(g.key) ?? 0) + y.bandwidth() - 4 * em(font)),
    heading: true,
    muted: false
  }));
  return [...heads, ...cats];
}

/** Ticks of the horizontal value axis; a log axis gets powers of ten only. */
export function dumbbellTicks(chart: ResolvedChart, x: ScaleLinear<number, number>, width: number, font: number): Tick[] {
  let values: number[];
  if (chart.scale === 'log') {
    const [a, b] = chart.domain;
    values = [];
    for (let e = Math.ceil(Math.log10(a)); e <= Math.floor(Math.log10(b)); e++) values.push(10 ** e);
  } else {
    values = x.ticks(width < 360 * em(font) ? 4 : 5);
  }
  return values.map((v) => ({ key: String(v), value: v, pos: roundPx(x(v)), label: tickLabel(chart, v) }));
}

/** Left edge of the value axis. Short rows (a slide's drawing) leave no room above a dot for its
 *  label, so there the axis starts far enough in for every smaller value's label to sit on its left. */
function dumbbellLeft(chart: ResolvedChart, height: number, font: number): number {
  const D = dumbbellRoom(font);
  const row = (height - 4 - D.top) / dumbbellBands(chart).length;
  if (chart.series.length < 2 || row >= 30 * em(font)) return D.left;
  const lows = chart.xs.map((c) => {
    const rows = chart.rows.filter((r) => r.x === c.key);
    const lo = rows.reduce((a, r) => (r.value < a.value ? r : a), rows[0]);
    return rows.length > 1 ? textWidth(fmt(chart, lo), font) : 0;
  });
  return Math.ceil(D.left + Math.max(0, ...lows) + DOT_R + 3);
}

function dumbbellCake(chart: ResolvedChart, font: number) {
  const D = dumbbellRoom(font);
  return {
    x: 'value',
    y: 'x',
    xScale: chart.scale === 'log' ? scaleLog() : scaleLinear(),
    xDomain: chart.domain,
    xRange: ({ width, height }: { width: number; height: number }) => {
      const left = dumbbellLeft(chart, height, font);
      return [left, Math.max(left + 1, width - D.right)];
    },
    yScale: scaleBand<string>().paddingInner(0.06),
    yDomain: dumbbellBands(chart),
    yRange: ({ height }: { height: number }) => [D.top, height - 4]
  };
}

export const dumbbell: ChartKindModule = {
  drawn: true,
  drawing: 'dumbbell',
  swatch: 'rect',
  horizontal: true,
  cake: dumbbellCake,
  minHeight: dumbbellRowsHeight,
  slideMinHeight: (chart, slide) => dumbbellRowsHeight(chart, slide.font)
};
