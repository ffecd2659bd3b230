// Geometry shared by the chart kinds (kinds/*.ts hold what is their own): scales, ticks, labels.
// Pure geometry of chart marks for a resolved chart state and a size. Layers animate between the
// outputs of these functions, so the picture is always a function of (state, size) only.
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { ChartRow, ResolvedChart } from '../model/resolved';
import { formatValue, numberFormat } from '../format';
import { dotBox, isFree, labelBox, polylineSegs, type Box, type Obstacles } from './collide';

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
/** `right`: drawing px right of the last band (labels set beside it; default the plain margin). */
export function bandCake(chart: ResolvedChart, font: number, right = margin(font).right) {
  const m = margin(font);
  return {
    x: 'x',
    y: 'value',
    xScale: scaleBand<string>().paddingInner(0.28).paddingOuter(0.12),
    xDomain: chart.xs.map((d) => d.key),
    xRange: ({ width }: { width: number }) => [m.left, Math.max(m.left + 1, width - right)],
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

/** Radius of a line's point dots (Lines.svelte). */
export const LINE_DOT = 3.5;

/** Where point labels may go: the drawing's box above the value axis' floor, and what is drawn
 *  there (lines, their dots, the zero line, bars and labels placed before). */
export interface LabelRoom {
  bounds: Box;
  obstacles: Obstacles;
  /** Labels placed so far. */
  labels: Box[];
  /** Distance from a point to a label beside it (past the column the point sits on). */
  beside: number;
}

/** A series' points in drawing coordinates (the middle of each band). */
export function linePoints(x: ScaleBand<string>, y: ScaleLinear<number, number>, rows: ChartRow[]): [number, number][] {
  return rows.map((r) => [roundPx((x(r.x) ?? 0) + x.bandwidth() / 2), roundPx(y(r.value))]);
}

/** The room of a chart over bands: `lines` (their points), `boxes` (bars), `labels`, `right` px of
 *  the drawing right of the band range. */
export function bandRoom(x: ScaleBand<string>, y: ScaleLinear<number, number>, lines: [number, number][][], boxes: Box[], labels: Box[], right: number, font: number, beside = LINE_DOT + 3): LabelRoom {
  const [left, end] = x.range();
  // (not under the value axis' floor, where the year labels are, nor left of the bands, where the value ticks are)
  const floor = y.range()[0] - 2 + 0.12 * font;
  return {
    bounds: { x0: left, y0: 0, x1: end + right, y1: floor },
    obstacles: {
      boxes: [...boxes, ...lines.flat().map(([px, py]) => dotBox(px, py, LINE_DOT))],
      segs: [...lines.flatMap(polylineSegs), [left, y(0), end, y(0)]]
    },
    labels,
    beside
  };
}

/** One line through a series' points, labelled at every point ('all') or at its end ('last', overlays).
 *  Its labels join `room`'s labels, so the next line's labels keep clear of them. */
export function lineMark(chart: ResolvedChart, x: ScaleBand<string>, y: ScaleLinear<number, number>, rows: ChartRow[], key: string, seriesIndex: number, overlay: boolean, font: number, room: LabelRoom): LineMark {
  const points = linePoints(x, y, rows);
  const last = rows.length - 1;
  return {
    key,
    seriesIndex,
    overlay,
    muted: !overlay && !!chart.highlight?.series && !chart.highlight.series.includes(key),
    points,
    labels: rows.flatMap((r, i) =>
      chart.labels === 'all' || ((chart.labels === 'last' || overlay) && i === last)
        ? [placeLabel({ key: `${key}|${r.x}`, px: points[i][0], py: y(r.value), below: r.value < 0, text: fmt(chart, r), end: rows.length > 1 && i === last }, font, room)]
        : []
    )
  };
}

/** A point label beside its point: above (or below, for a negative value), else on the other side,
 *  else starting or ending there, else right or left of the point, else a line or two further out; the first place clear of the lines,
 *  dots, bars and labels already placed (neighbouring values close together, −3.4 and −3.6兆円; a
 *  line's last point at the foot of the chart). A line's last label ends at its point. */
function placeLabel(l: { key: string; px: number; py: number; below: boolean; text: string; end: boolean }, font: number, room: LabelRoom): LineMark['labels'][number] {
  const k = em(font);
  const w = textWidth(l.text, font);
  const far = 13 * k;
  type Place = { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  const v = (down: boolean, out = 0): Place => ({ x: l.end ? l.px + 4 : l.px, y: l.py + (down ? 5 + 11 * k + out : -8 - out), anchor: l.end ? 'end' : 'middle' });
  // (level with the point, raised to stay above the floor)
  const side = (right: boolean): Place => ({ x: l.px + (right ? room.beside : -room.beside), y: Math.min(l.py + 4 * k, room.bounds.y1 - 0.12 * font), anchor: right ? 'start' : 'end' });
  // (or running left or right from above or below the point, past a line climbing through it)
  const lean = (down: boolean, anchor: 'start' | 'end'): Place => ({ ...v(down), x: l.px, anchor });
  const places = [v(l.below), v(!l.below), lean(l.below, 'end'), lean(l.below, 'start'), lean(!l.below, 'end'), lean(!l.below, 'start'), side(true), side(false), v(l.below, far), v(!l.below, far), v(!l.below, 2 * far)];
  const box = (p: Place) => labelBox(w, p.x, p.y, font, p.anchor);
  // where no place is clear of everything, the first one clear of the other labels
  const p =
    places.find((c) => isFree(box(c), { boxes: [...room.obstacles.boxes, ...room.labels], segs: room.obstacles.segs }, room.bounds)) ??
    places.find((c) => isFree(box(c), { boxes: room.labels, segs: [] }, room.bounds)) ??
    places[0];
  room.labels.push(box(p));
  return { key: l.key, text: l.text, x: roundPx(p.x), y: roundPx(p.y), anchor: p.anchor };
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

