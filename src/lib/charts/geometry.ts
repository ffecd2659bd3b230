// Pure geometry of chart marks for a resolved chart state and a size. Layers animate between the
// outputs of these functions, so the picture is always a function of (state, size) only.
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { ChartRow, ResolvedChart } from '../engine/resolved';
import { stackRows } from '../engine/domain';
import { formatValue, numberFormat } from '../format';

export interface Geo {
  x: number;
  y: number;
  w: number;
  h: number;
  o: number;
  /** Value label position and opacity. */
  lx: number;
  ly: number;
  lo: number;
}

export interface RectMark {
  key: string;
  series: string;
  x: string;
  seriesIndex: number;
  muted: boolean;
  negative: boolean;
  label: string;
  /** Label sits inside the mark (light text) rather than outside. */
  labelInside: boolean;
  anchor: 'start' | 'middle' | 'end';
  approx: boolean;
  geo: Geo;
}

export interface Tick {
  key: string;
  value: number;
  pos: number;
  label: string;
}

export interface LineMark {
  key: string;
  seriesIndex: number;
  overlay: boolean;
  muted: boolean;
  points: [number, number][];
  labels: { key: string; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
}

export const MARGIN = { top: 26, right: 14, bottom: 26, left: 40 };

export function isMuted(chart: ResolvedChart, r: { x: string; series: string }): boolean {
  const h = chart.highlight;
  if (!h) return false;
  if (h.series && !h.series.includes(r.series)) return true;
  if (h.x && !h.x.includes(r.x)) return true;
  return false;
}

export function fmt(chart: ResolvedChart, r: Pick<ChartRow, 'value' | 'approx'>, short = true): string {
  return formatValue(r.value, chart.unit, chart.locale, { decimals: chart.decimals, approx: r.approx, short });
}

/** Plain tick number: the unit is printed once above the axis. */
export function tickLabel(chart: ResolvedChart, v: number): string {
  const s = numberFormat(chart.locale, 0, 1).format(Math.abs(v));
  return (v < 0 ? '\u2212' : '') + s;
}

/** LayerCake props for a chart state: which scale measures what, over which domain and range. */
export function cakeProps(chart: ResolvedChart) {
  if (chart.kind === 'bars') {
    const [lo, hi] = chart.domain;
    const pad = 62;
    return {
      x: 'value',
      y: 'x',
      xScale: scaleLinear(),
      xDomain: chart.domain,
      xRange: ({ width }: { width: number }) => [lo < 0 ? pad : 0, Math.max(pad + 1, width - (hi > 0 ? pad : 4))],
      yScale: scaleBand<string>().paddingInner(0.12),
      yDomain: chart.xs.map((d) => d.key),
      yRange: ({ height }: { height: number }) => [MARGIN.top - 8, height - 4]
    };
  }
  return {
    x: 'x',
    y: 'value',
    xScale: scaleBand<string>().paddingInner(0.28).paddingOuter(0.12),
    xDomain: chart.xs.map((d) => d.key),
    xRange: ({ width }: { width: number }) => [MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)],
    yScale: scaleLinear(),
    yDomain: chart.domain,
    yNice: 5,
    yRange: ({ height }: { height: number }) => [height - MARGIN.bottom, MARGIN.top]
  };
}

/** The same scales outside LayerCake (standalone SVG export, tests). */
export function scalesFor(chart: ResolvedChart, width: number, height: number) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const p = cakeProps(chart) as any;
  const x = p.xScale.copy().domain(p.xDomain).range(p.xRange({ width }));
  const y = p.yScale.copy().domain(p.yDomain).range(p.yRange({ height }));
  if (p.yNice) y.nice(p.yNice);
  return { x, y };
}

export function valueTicks(chart: ResolvedChart, scale: ScaleLinear<number, number>, count = 5): Tick[] {
  return scale.ticks(count).map((v) => ({ key: String(v), value: v, pos: scale(v), label: tickLabel(chart, v) }));
}

const emptyGeo = (): Geo => ({ x: 0, y: 0, w: 0, h: 0, o: 0, lx: 0, ly: 0, lo: 0 });

export function columnRects(chart: ResolvedChart, x: ScaleBand<string>, y: ScaleLinear<number, number>): RectMark[] {
  if (chart.kind !== 'columns') return [];
  const stacks = stackRows(chart.rows, chart.stacked);
  const n = chart.stacked ? 1 : chart.series.length;
  const bw = x.bandwidth() / n;
  const lastX = chart.xs[chart.xs.length - 1]?.key;
  const firstX = chart.xs[0]?.key;
  return chart.rows.map((r) => {
    const si = chart.series.findIndex((s) => s.key === r.series);
    const [a, b] = stacks.get(`${r.x}|${r.series}`)!;
    const top = Math.min(y(a), y(b));
    const h = Math.abs(y(a) - y(b));
    const left = (x(r.x) ?? 0) + (chart.stacked ? 0 : si * bw);
    const muted = isMuted(chart, r);
    let showLabel = chart.labels === 'all' && !chart.stacked;
    if (chart.labels === 'highlight') showLabel = !muted && (r.x === lastX || r.x === firstX);
    const inside = chart.stacked;
    const neg = r.value < 0;
    const ly = inside ? top + h / 2 + 4 : neg ? top + h + 13 : top - 4;
    return {
      key: `${r.x}|${r.series}`,
      series: r.series,
      x: r.x,
      seriesIndex: si,
      muted,
      negative: neg,
      label: fmt(chart, r),
      labelInside: inside,
      anchor: 'middle',
      approx: !!r.approx,
      geo: {
        ...emptyGeo(),
        x: left,
        y: top,
        w: Math.max(1, bw - (n > 1 ? 1 : 0)),
        h,
        o: 1,
        lx: left + bw / 2,
        ly,
        lo: showLabel && (!inside || h >= 14) ? 1 : 0
      }
    };
  });
}

export function lineMarks(chart: ResolvedChart, x: ScaleBand<string>, y: ScaleLinear<number, number>): LineMark[] {
  const cx = (k: string) => (x(k) ?? 0) + x.bandwidth() / 2;
  const out: LineMark[] = [];
  const make = (rows: ChartRow[], key: string, seriesIndex: number, overlay: boolean): LineMark => {
    const last = rows.length - 1;
    const labelled = rows.filter((_, i) => chart.labels === 'all' || ((chart.labels === 'last' || overlay) && i === last));
    return {
      key,
      seriesIndex,
      overlay,
      muted: !overlay && !!chart.highlight?.series && !chart.highlight.series.includes(key),
      points: rows.map((r) => [cx(r.x), y(r.value)]),
      labels: labelled.map((r) => {
        const px = cx(r.x);
        const anchor: 'start' | 'middle' | 'end' = rows.length > 1 && r === rows[last] ? 'end' : 'middle';
        return { key: `${key}|${r.x}`, x: anchor === 'end' ? px + 4 : px, y: y(r.value) + (r.value < 0 ? 16 : -8), text: fmt(chart, r), anchor };
      })
    };
  };
  if (chart.kind === 'line') {
    chart.series.forEach((s, i) => out.push(make(chart.rows.filter((r) => r.series === s.key), s.key, i, false)));
  }
  if (chart.overlay && chart.kind === 'columns') out.push(make(chart.overlay.rows, `overlay:${chart.overlay.series.key}`, -1, true));
  return out;
}

export const BAR_LABEL_H = 15;

export function barRects(chart: ResolvedChart, x: ScaleLinear<number, number>, y: ScaleBand<string>): RectMark[] {
  if (chart.kind !== 'bars') return [];
  const stacks = stackRows(chart.rows, chart.stacked);
  const n = chart.stacked ? 1 : chart.series.length;
  const barH = Math.max(4, (y.bandwidth() - BAR_LABEL_H) / n);
  return chart.rows.map((r) => {
    const si = chart.series.findIndex((s) => s.key === r.series);
    const [a, b] = stacks.get(`${r.x}|${r.series}`)!;
    const left = Math.min(x(a), x(b));
    const w = Math.abs(x(a) - x(b));
    const top = (y(r.x) ?? 0) + BAR_LABEL_H + (chart.stacked ? 0 : si * barH);
    const neg = r.value < 0;
    const muted = isMuted(chart, r);
    return {
      key: `${r.x}|${r.series}`,
      series: r.series,
      x: r.x,
      seriesIndex: si,
      muted,
      negative: neg,
      label: fmt(chart, r),
      labelInside: false,
      anchor: neg ? 'end' : 'start',
      approx: !!r.approx,
      geo: {
        ...emptyGeo(),
        x: left,
        y: top,
        w,
        h: Math.max(2, barH - 2),
        o: 1,
        lx: neg ? left - 4 : left + w + 4,
        ly: top + Math.max(2, barH - 2) / 2 + 4,
        lo: chart.labels === 'all' || (chart.labels === 'highlight' && !muted) ? 1 : 0
      }
    };
  });
}

export function barCategoryLabels(chart: ResolvedChart, y: ScaleBand<string>) {
  return chart.xs.map((d) => ({
    key: d.key,
    text: d.label,
    y: (y(d.key) ?? 0) + BAR_LABEL_H - 4,
    muted: !!chart.highlight?.x && !chart.highlight.x.includes(d.key)
  }));
}

/** Thin out year labels so they never collide (about 34 px per label). */
export function bandLabels(chart: ResolvedChart, x: ScaleBand<string>) {
  const step = Math.max(1, Math.ceil(34 / Math.max(1, x.step())));
  const n = chart.xs.length;
  return chart.xs
    .map((d, i) => ({ key: d.key, text: chart.xKind === 'year' ? d.key : d.label, x: (x(d.key) ?? 0) + x.bandwidth() / 2, i }))
    .filter((d) => (n - 1 - d.i) % step === 0);
}
