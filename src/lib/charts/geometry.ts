// Geometry shared by the chart kinds (kinds/*.ts hold what is their own): scales, ticks, labels.
// Pure geometry of chart marks for a resolved chart state and a size. Layers animate between the
// outputs of these functions, so the picture is always a function of (state, size) only.
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { ChartRow, ResolvedChart } from '../model/resolved';
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

/** What a column and a bar share: identity, style flags and label text (not the geometry). */
export function rectMark(chart: ResolvedChart, r: ChartRow, seriesIndex: number, muted: boolean, labelInside: boolean, anchor: RectMark['anchor']): Omit<RectMark, 'geo'> {
  return { key: `${r.x}|${r.series}`, series: r.series, x: r.x, seriesIndex, muted, negative: r.value < 0, label: fmt(chart, r), labelInside, anchor, approx: !!r.approx };
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

/** Drawing coordinates are rounded to 0.1 px: invisible, and every page carries fewer bytes. */
export const roundPx = (v: number) => Math.round(v * 10) / 10;
/** Every number of a mark's geometry, rounded to 0.1 px. */
export const roundGeo = <G extends Record<string, number>>(g: G): G =>
  Object.fromEntries(Object.entries(g).map(([k, v]) => [k, roundPx(v)])) as G;

/** Distances that hold text are written for 11-unit text and grow with the drawing's text size. */
export const em = (font: number) => font / 11;

export const MARGIN = { top: 26, right: 14, bottom: 26, left: 40 };
/** The plot margins at a text size (tick labels left, year labels under, the unit above). */
export function margin(font: number): typeof MARGIN {
  const k = em(font);
  return { top: MARGIN.top * k, right: MARGIN.right, bottom: MARGIN.bottom * k, left: MARGIN.left * k };
}

export function isMuted(chart: ResolvedChart, r: { x: string; series: string }): boolean {
  const h = chart.highlight;
  if (!h) return false;
  if (h.series && !h.series.includes(r.series)) return true;
  if (h.x && !h.x.includes(r.x)) return true;
  return false;
}

/** A value label, table cell or description value, in the same unit as the chart's axis. */
export function fmt(chart: ResolvedChart, r: Pick<ChartRow, 'value' | 'approx' | 'printed'>, short = true): string {
  // An approximate whole number (約45%) is never printed with more precision than the source gave;
  // on a log axis values span orders of magnitude, so each is printed as the source does (1.5, 175).
  const decimals = chart.scale === 'log' || (r.approx && Number.isInteger(r.value)) ? undefined : chart.decimals;
  const axisMax = Math.max(Math.abs(chart.domain[0]), Math.abs(chart.domain[1]));
  return formatValue(r.value, chart.unit, chart.locale, { decimals, approx: r.approx, printed: r.printed, short, axisMax });
}

/** Japanese 億円 amounts on a 兆円 axis are labelled as the paper writes them (1兆3,412億円); the
 *  ticks then read 1兆円, 2兆円 in the same notation, and no separate unit is printed above them. */
export function ticksCarryUnit(chart: ResolvedChart): boolean {
  return chart.locale === 'ja' && chart.unit === 'hundred_million_yen' && chart.unitFactor !== 1;
}

/** Plain tick number in the axis unit (chart.unitLabel), which is printed once above the axis. */
export function tickLabel(chart: ResolvedChart, v: number): string {
  if (ticksCarryUnit(chart) && v !== 0) return formatValue(v, chart.unit, chart.locale, { short: true });
  const s = numberFormat(chart.locale, 0, 2).format(Math.abs(v * chart.unitFactor));
  return (v < 0 ? '\u2212' : '') + s;
}

/** LayerCake props of the kinds drawn over a band of categories or years (columns, lines, timeline). */
export function bandCake(chart: ResolvedChart, font: number) {
  const m = margin(font);
  return {
    x: 'x',
    y: 'value',
    xScale: scaleBand<string>().paddingInner(0.28).paddingOuter(0.12),
    xDomain: chart.xs.map((d) => d.key),
    xRange: ({ width }: { width: number }) => [m.left, Math.max(m.left + 1, width - m.right)],
    yScale: scaleLinear(),
    yDomain: chart.domain,
    yNice: 5,
    yRange: ({ height }: { height: number }) => [height - m.bottom, m.top]
  };
}

export function valueTicks(chart: ResolvedChart, scale: ScaleLinear<number, number>, count = 5): Tick[] {
  return scale.ticks(count).map((v) => ({ key: String(v), value: v, pos: roundPx(scale(v)), label: tickLabel(chart, v) }));
}

export const emptyGeo = (): Geo => ({ x: 0, y: 0, w: 0, h: 0, o: 0, lx: 0, ly: 0, lo: 0 });

/** One line through a series' points, labelled at every point ('all') or at its end ('last', overlays). */
export function lineMark(chart: ResolvedChart, x: ScaleBand<string>, y: ScaleLinear<number, number>, rows: ChartRow[], key: string, seriesIndex: number, overlay: boolean, font: number): LineMark {
  const cx = (k: string) => (x(k) ?? 0) + x.bandwidth() / 2;
  const last = rows.length - 1;
  const labelled = rows.filter((_, i) => chart.labels === 'all' || ((chart.labels === 'last' || overlay) && i === last));
  return {
    key,
    seriesIndex,
    overlay,
    muted: !overlay && !!chart.highlight?.series && !chart.highlight.series.includes(key),
    points: rows.map((r) => [roundPx(cx(r.x)), roundPx(y(r.value))]),
    labels: placeLabels(
      y.range()[0],
      labelled.map((r) => {
        const px = cx(r.x);
        const anchor: 'start' | 'middle' | 'end' = rows.length > 1 && r === rows[last] ? 'end' : 'middle';
        return { key: `${key}|${r.x}`, x: roundPx(anchor === 'end' ? px + 4 : px), y: y(r.value), below: r.value < 0, text: fmt(chart, r), anchor };
      }),
      font
    )
  };
}

/** Point labels beside their points: above (or below, for a negative value) unless that would run
 *  into a label already placed, which happens where neighbouring values are close (−3.4 and
 *  −3.6兆円) or the drawing is narrow; then on the other side of the line, or a line further out. */
function placeLabels(floor: number, labels: { key: string; x: number; y: number; below: boolean; text: string; anchor: 'start' | 'middle' | 'end' }[], font: number): LineMark['labels'] {
  const placed: { x0: number; x1: number; y: number }[] = [];
  const k = em(font);
  const line = 13 * k;
  return labels.map(({ below, y: py, ...l }) => {
    const w = textWidth(l.text, font);
    const x0 = l.anchor === 'middle' ? l.x - w / 2 : l.anchor === 'end' ? l.x - w : l.x;
    const at = (down: boolean, far = 0) => py + (down ? 5 + 11 * k + far : -8 - far);
    // (not under the value axis' floor, where the year labels are)
    const free = (ly: number) => ly + 2 <= floor && !placed.some((p) => p.x1 + 2 > x0 && p.x0 < x0 + w + 2 && Math.abs(p.y - ly) < line);
    const y = [at(below), at(!below), at(below, line), at(!below, line)].find(free) ?? at(below);
    placed.push({ x0, x1: x0 + w, y });
    return { ...l, y: roundPx(y) };
  });
}

/** Thin out year labels so they never collide (about 3 em per label). */
export function bandLabels(chart: ResolvedChart, x: ScaleBand<string>, font: number) {
  const step = Math.max(1, Math.ceil((34 * em(font)) / Math.max(1, x.step())));
  const n = chart.xs.length;
  return chart.xs
    .map((d, i) => ({ key: d.key, text: chart.xKind === 'year' ? d.key : d.label, x: roundPx((x(d.key) ?? 0) + x.bandwidth() / 2), i }))
    .filter((d) => (n - 1 - d.i) % step === 0);
}

/** Neighbouring drawn years with years missing between them (2024, then 2030). */
export function yearSkips(chart: ResolvedChart): [string, string][] {
  if (chart.xKind !== 'year') return [];
  const keys = chart.xs.map((d) => d.key);
  return keys.slice(1).flatMap((k, i): [string, string][] => (Number(k) - Number(keys[i]) > 1 ? [[keys[i], k]] : []));
}

/** Where the drawn years skip: the middle of the space between their columns. Adjacent columns
 *  read as consecutive years, so the axis marks the gap there. */
export function yearGaps(chart: ResolvedChart, x: ScaleBand<string>): { key: string; x: number }[] {
  if (chart.kind !== 'columns') return [];
  return yearSkips(chart).map(([a, b]) => ({ key: `${a}-${b}`, x: roundPx(((x(a) ?? 0) + x.bandwidth() + (x(b) ?? 0)) / 2) }));
}

/** Rough text width at a text size (default 10): CJK full width, Latin about 0.58 em. */
export function textWidth(s: string, px = 10): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? px : px * 0.58;
  return w;
}

/** Shorten a label in the middle (keeping its start and its date at the end) to fit a width. */
export function fitLabel(s: string, room: number, px = 10): string {
  if (textWidth(s, px) <= room) return s;
  const chars = [...s];
  let head = Math.ceil(chars.length / 2);
  let tail = chars.length - head;
  while (head + tail > 2) {
    if (head >= tail) head--;
    else tail--;
    const t = chars.slice(0, head).join('') + '…' + chars.slice(chars.length - tail).join('');
    if (textWidth(t, px) <= room) return t;
  }
  return '…';
}

