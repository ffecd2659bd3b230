// Pure geometry of chart marks for a resolved chart state and a size. Layers animate between the
// outputs of these functions, so the picture is always a function of (state, size) only.
import { scaleBand, scaleLinear, scaleLog, type ScaleBand, type ScaleLinear } from 'd3';
import type { ChartRow, ResolvedChart } from '../model/resolved';
import { stackRows } from '../model/domain';
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
function rectMark(chart: ResolvedChart, r: ChartRow, seriesIndex: number, muted: boolean, labelInside: boolean, anchor: RectMark['anchor']): Omit<RectMark, 'geo'> {
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

export const MARGIN = { top: 26, right: 14, bottom: 26, left: 40 };

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

/** LayerCake props for a chart state: which scale measures what, over which domain and range. */
export function cakeProps(chart: ResolvedChart) {
  if (chart.kind === 'dumbbell') {
    return {
      x: 'value',
      y: 'x',
      xScale: chart.scale === 'log' ? scaleLog() : scaleLinear(),
      xDomain: chart.domain,
      xRange: ({ width }: { width: number }) => [DUMBBELL.left, Math.max(DUMBBELL.left + 1, width - DUMBBELL.right)],
      yScale: scaleBand<string>().paddingInner(0.06),
      yDomain: dumbbellBands(chart),
      yRange: ({ height }: { height: number }) => [DUMBBELL.top, height - 4]
    };
  }
  if (chart.kind === 'bars') {
    const [lo, hi] = chart.domain;
    // Room for the value labels beside the bars: the longest one (2兆7,185億円 is wider than 46.1%).
    const labelled = chart.labels === 'none' ? [] : chart.rows.map((r) => textWidth(fmt(chart, r), 11));
    const pad = Math.max(62, Math.ceil(Math.max(0, ...labelled)) + 8);
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

export function valueTicks(chart: ResolvedChart, scale: ScaleLinear<number, number>, count = 5): Tick[] {
  return scale.ticks(count).map((v) => ({ key: String(v), value: v, pos: roundPx(scale(v)), label: tickLabel(chart, v) }));
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
      ...rectMark(chart, r, si, muted, inside, 'middle'),
      geo: roundGeo({
        ...emptyGeo(),
        x: left,
        y: top,
        w: Math.max(1, bw - (n > 1 ? 1 : 0)),
        h,
        o: 1,
        lx: left + bw / 2,
        ly,
        lo: showLabel && (!inside || h >= 14) ? 1 : 0
      })
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
      points: rows.map((r) => [roundPx(cx(r.x)), roundPx(y(r.value))]),
      labels: labelled.map((r) => {
        const px = cx(r.x);
        const anchor: 'start' | 'middle' | 'end' = rows.length > 1 && r === rows[last] ? 'end' : 'middle';
        return { key: `${key}|${r.x}`, x: roundPx(anchor === 'end' ? px + 4 : px), y: roundPx(y(r.value) + (r.value < 0 ? 16 : -8)), text: fmt(chart, r), anchor };
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
      ...rectMark(chart, r, si, muted, false, neg ? 'end' : 'start'),
      geo: roundGeo({
        ...emptyGeo(),
        x: left,
        y: top,
        w,
        h: Math.max(2, barH - 2),
        o: 1,
        lx: neg ? left - 4 : left + w + 4,
        ly: top + Math.max(2, barH - 2) / 2 + 4,
        lo: chart.labels === 'all' || (chart.labels === 'highlight' && !muted) ? 1 : 0
      })
    };
  });
}

export function barCategoryLabels(chart: ResolvedChart, y: ScaleBand<string>) {
  return chart.xs.map((d) => ({
    key: d.key,
    text: d.label,
    y: roundPx((y(d.key) ?? 0) + BAR_LABEL_H - 4),
    muted: !!chart.highlight?.x && !chart.highlight.x.includes(d.key)
  }));
}

/** Thin out year labels so they never collide (about 34 px per label). */
export function bandLabels(chart: ResolvedChart, x: ScaleBand<string>) {
  const step = Math.max(1, Math.ceil(34 / Math.max(1, x.step())));
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

// ---- Dumbbell / dot plot (kind "dumbbell") -------------------------------------------------

/** Room for the tick row at the top and for value labels right of the dots. */
export const DUMBBELL = { top: 34, left: 6, right: 54, label: 12, row: 22 };

/** Drawing height that gives every dumbbell row room for its label and dot (server default 320). */
export function dumbbellHeight(chart: ResolvedChart): number {
  return Math.max(320, DUMBBELL.top + 8 + dumbbellBands(chart).length * DUMBBELL.row);
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

/** Rough text width at the inline label size (10px): CJK full width, Latin about 0.58 em. */
export function textWidth(s: string, px = 10): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? px : px * 0.58;
  return w;
}

/** Shorten a label in the middle (keeping its start and its date at the end) to fit a width. */
export function fitLabel(s: string, room: number): string {
  if (textWidth(s) <= room) return s;
  const chars = [...s];
  let head = Math.ceil(chars.length / 2);
  let tail = chars.length - head;
  while (head + tail > 2) {
    if (head >= tail) head--;
    else tail--;
    const t = chars.slice(0, head).join('') + '…' + chars.slice(chars.length - tail).join('');
    if (textWidth(t) <= room) return t;
  }
  return '…';
}

export function dumbbellInline(chart: ResolvedChart, bandwidth: number): boolean {
  return chart.series.length === 1 && bandwidth < INLINE_BELOW;
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
export function dotRadius(bandwidth: number): number {
  return Math.max(3, Math.min(DOT_R, (bandwidth - DUMBBELL.label) / 2 - 0.5));
}

/** Dots (one per row), links (one per category with two or more dots) and their labels. */
export function dumbbellMarks(chart: ResolvedChart, x: (v: number) => number, y: ScaleBand<string>): { dots: DotMark[]; links: LinkMark[] } {
  if (chart.kind !== 'dumbbell') return { dots: [], links: [] };
  const inline = dumbbellInline(chart, y.bandwidth());
  const r0 = inline ? Math.max(3, Math.min(DOT_R, y.bandwidth() / 2 - 2)) : dotRadius(y.bandwidth());
  const cy = (k: string) =>
    inline ? (y(k) ?? 0) + y.bandwidth() / 2 : (y(k) ?? 0) + DUMBBELL.label + Math.max(r0 + 0.5, (y.bandwidth() - DUMBBELL.label) / 2);
  const rx1 = (x as unknown as { range: () => number[] }).range?.()[1] ?? 0;
  const label = (r: ChartRow) => fmt(chart, r);
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
      const left = low && px - r0 - 3 - textWidth(label(r), 11) >= -DUMBBELL.left;
      const above = low && !left;
      const catLabel = chart.xs.find((d) => d.key === r.x)?.label ?? r.x;
      let inl: DotMark['inline'];
      if (inline) {
        const full = rx1 + DUMBBELL.right;
        const right = full - (px + r0 + 3) - textWidth(label(r), 11) - 6;
        const leftRoom = px - r0 - 4;
        // Estimated widths: keep a safety margin so no label runs off the chart.
        const w = textWidth(catLabel) * 1.1 + 6;
        const side = w <= right ? 'right' : w <= leftRoom ? 'left' : right >= leftRoom ? 'right' : 'left';
        inl = { text: fitLabel(catLabel, ((side === 'right' ? right : leftRoom) - 6) / 1.1), side, muted };
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
          lx: left ? px - r0 - 3 : above ? Math.max(px - r0, 0) : px + r0 + 3,
          ly: above ? py - r0 * 1.6 - 4 : py + 4,
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
export function dumbbellLabels(chart: ResolvedChart, y: ScaleBand<string>) {
  const cats = chart.xs.map((d) => ({
    key: d.key,
    text: d.label,
    y: roundPx((y(d.key) ?? 0) + DUMBBELL.label - 2),
    heading: false,
    muted: !!chart.highlight?.x && !chart.highlight.x.includes(d.key)
  }));
  const heads = (chart.groups ?? []).map((g) => ({
    key: g.key,
    text: g.label,
    y: roundPx((y(g.key) ?? 0) + y.bandwidth() - 4),
    heading: true,
    muted: false
  }));
  return [...heads, ...cats];
}

/** Ticks of the horizontal value axis; a log axis gets powers of ten only. */
export function dumbbellTicks(chart: ResolvedChart, x: ScaleLinear<number, number>, width: number): Tick[] {
  let values: number[];
  if (chart.scale === 'log') {
    const [a, b] = chart.domain;
    values = [];
    for (let e = Math.ceil(Math.log10(a)); e <= Math.floor(Math.log10(b)); e++) values.push(10 ** e);
  } else {
    values = x.ticks(width < 360 ? 4 : 5);
  }
  return values.map((v) => ({ key: String(v), value: v, pos: roundPx(x(v)), label: tickLabel(chart, v) }));
}
