// Pure geometry of the "timeline" chart kind: dated categories on a time axis (x, decimal years
// from the dataset's printed dates) against their value (y, linear or log), undated categories in
// a strip of their own right of the plot, never at a made-up date. Plain arithmetic instead of
// d3 time/log scales keeps the client bundle small.
import type { ChartRow, ResolvedChart } from '../../model/resolved';
import { bandCake, em, fmt, isMuted, roundGeo, roundPx, textWidth, tickLabel, type Tick } from '../geometry';
import type { ChartKindModule } from './module';

/** Room around the plot, dot radius, label line step and the names' text size, at 11-unit text. */
export const TIMELINE = { top: 26, bottom: 22, left: 40, right: 6, r: 4.5, gap: 12, font: 10.5 };

/** TIMELINE at a text size (the dots keep their size). */
export function timelineRoom(font: number): typeof TIMELINE {
  const k = em(font);
  const T = TIMELINE;
  return { ...T, top: T.top * k, bottom: T.bottom * k, left: T.left * k, gap: T.gap * k, font: T.font * k };
}

export interface TimelineGeo {
  x: number;
  y: number;
  r: number;
  o: number;
  /** Whisker over the whole printed period (a date printed as a year only spans that year). */
  w0: number;
  w1: number;
}

export interface TimelineDot {
  key: string;
  x: string;
  muted: boolean;
  dated: boolean;
  geo: TimelineGeo;
}

export interface TimelineLabel {
  key: string;
  text: string;
  anchor: 'start' | 'end';
  muted: boolean;
  /** Label position; (dx, dy) is the dot, joined by a leader when the label had to move away. */
  geo: { x: number; y: number; dx: number; dy: number; leader: number; o: number };
}

export interface TimelineLayout {
  plot: { left: number; right: number; top: number; bottom: number };
  strip?: { left: number; right: number; mid: number; heading: string };
  xTicks: Tick[];
  yTicks: Tick[];
  dots: TimelineDot[];
  labels: TimelineLabel[];
}

/** A linear or log (base 10) mapping of the value domain onto [bottom, top]. */
export function valueMap(chart: ResolvedChart, top: number, bottom: number): (v: number) => number {
  const [lo, hi] = chart.domain;
  const f = chart.scale === 'log' ? Math.log10 : (v: number) => v;
  const a = f(lo);
  const span = f(hi) - a || 1;
  return (v) => bottom - ((f(v) - a) / span) * (bottom - top);
}

/** Value ticks: powers of ten on a log axis, 1/2/5 steps on a linear one. */
export function timelineValueTicks(chart: ResolvedChart, y: (v: number) => number): Tick[] {
  const [lo, hi] = chart.domain;
  const values: number[] = [];
  if (chart.scale === 'log') {
    for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e++) values.push(10 ** e);
  } else {
    const raw = (hi - lo) / 4;
    const p = 10 ** Math.floor(Math.log10(raw || 1));
    const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) values.push(Math.round(v / step) * step);
  }
  return values.map((v) => ({ key: String(v), value: v, pos: roundPx(y(v)), label: tickLabel(chart, v) }));
}

/** Years shown on the time axis: from the first printed year to the end of the last period. */
export function timeDomain(times: Record<string, [number, number]>): [number, number] {
  const spans = Object.values(times);
  const t0 = Math.floor(Math.min(...spans.map((s) => s[0])));
  const t1 = Math.ceil(Math.max(...spans.map((s) => s[1])) * 4 - 1e-9) / 4;
  return [t0, Math.max(t1, t0 + 1)];
}

function valueText(chart: ResolvedChart, r: ChartRow): string {
  return fmt(chart, r);
}

export function timelineLayout(chart: ResolvedChart, width: number, height: number, font: number): TimelineLayout {
  const T = timelineRoom(font);
  const times = chart.times ?? {};
  const undatedRows = chart.rows.filter((r) => !times[r.x]);
  const stripW = undatedRows.length ? Math.round(Math.min(96, Math.max(58, width * 0.16))) : 0;
  const right = width - T.right;
  const strip = stripW
    ? { left: right - stripW, right, mid: right - stripW / 2, heading: chart.strip ?? '' }
    : undefined;
  // Room left of the plot for the widest value tick (a log axis in 億 reaches "100,000"), drawn
  // 10 px left of it (Timeline.svelte).
  const tickRoom = Math.max(T.left, ...timelineValueTicks(chart, () => 0).map((t) => Math.ceil(textWidth(t.label, font)) + 12));
  const plot = { left: tickRoom + T.r + 4, right: (strip ? strip.left - 12 : right) - T.r, top: T.top, bottom: height - T.bottom };
  const y = valueMap(chart, plot.top + T.r, plot.bottom - T.r);
  const [t0, t1] = Object.keys(times).length ? timeDomain(times) : [0, 1];
  const tx = (t: number) => plot.left + ((t - t0) / (t1 - t0)) * (plot.right - plot.left);

  const perYear = (plot.right - plot.left) / (t1 - t0);
  const every = perYear < 30 ? 2 : 1;
  const xTicks: Tick[] = [];
  for (let yr = Math.ceil(t0); yr <= Math.floor(t1); yr++) {
    if ((Math.floor(t1) - yr) % every) continue;
    xTicks.push({ key: `t${yr}`, value: yr, pos: roundPx(tx(yr)), label: String(yr) });
  }

  const dots: TimelineDot[] = [];
  for (const r of chart.rows) {
    const span = times[r.x];
    if (!span) continue;
    const px = tx((span[0] + span[1]) / 2);
    dots.push({
      key: `${r.x}|${r.series}`, x: r.x, muted: isMuted(chart, r), dated: true,
      geo: roundGeo({ x: px, y: y(r.value), r: T.r, o: 1, w0: tx(span[0]), w1: tx(span[1]) })
    });
  }
  // Undated: one column, dots that would touch move to side lanes (their x means nothing).
  if (strip) {
    const placed: { y: number; lane: number }[] = [];
    const lanes = [0, -1, 1, -2, 2];
    const d = T.r * 2 + 2;
    for (const r of [...undatedRows].sort((a, b) => b.value - a.value)) {
      const py = y(r.value);
      const lane = lanes.find((l) => !placed.some((p) => p.lane === l && Math.abs(p.y - py) < d)) ?? 0;
      placed.push({ y: py, lane });
      const px = strip.mid + lane * d;
      dots.push({ key: `${r.x}|${r.series}`, x: r.x, muted: isMuted(chart, r), dated: false, geo: roundGeo({ x: px, y: py, r: T.r, o: 1, w0: px, w1: px }) });
    }
  }

  const labels = placeLabels(chart, dots, plot, strip, T);
  const yTicks = timelineValueTicks(chart, y);
  return { plot, strip, xTicks, yTicks, dots, labels };
}

/** Name only the chosen categories, beside their dot: right of it if there is room, else left,
 *  moved up or down (with a leader back to the dot) until it covers no other label or dot. */
function placeLabels(chart: ResolvedChart, dots: TimelineDot[], plot: TimelineLayout['plot'], strip: TimelineLayout['strip'], T: typeof TIMELINE): TimelineLabel[] {
  const k = T.font / TIMELINE.font;
  const named = chart.named ?? [];
  type Box = [number, number, number, number]; // x0, x1, y0, y1
  // A dot's box covers its whisker too, so no label is struck through by a year span.
  const taken: Box[] = dots.map((d) => [Math.min(d.geo.w0, d.geo.x - d.geo.r) - 1, Math.max(d.geo.w1, d.geo.x + d.geo.r) + 1, d.geo.y - d.geo.r - 1, d.geo.y + d.geo.r + 1]);
  const hits = (b: Box, skip: Box) => taken.some((t) => t !== skip && b[0] < t[1] && t[0] < b[1] && b[2] < t[3] && t[2] < b[3]);
  const out: TimelineLabel[] = [];
  const chosen = dots.filter((d) => named.some((n) => n.key === d.x)).sort((a, b) => a.geo.y - b.geo.y);
  for (const d of chosen) {
    const own = taken[dots.indexOf(d)];
    const row = chart.rows.find((r) => `${r.x}|${r.series}` === d.key)!;
    const text = `${named.find((n) => n.key === d.x)!.label} ${valueText(chart, row)}`;
    const w = textWidth(text, T.font) * 1.05;
    const maxX = d.dated ? (strip ? strip.left - 2 : plot.right + T.r) : (strip?.right ?? plot.right);
    // Labels start after the whisker's end (or end before its start), never across it.
    const right = Math.max(d.geo.w1, d.geo.x + T.r) + 3;
    const left = Math.min(d.geo.w0, d.geo.x - T.r) - 3;
    const sides: ('start' | 'end')[] = d.dated && right + w <= maxX ? ['start', 'end'] : ['end', 'start'];
    let best: { anchor: 'start' | 'end'; x: number; y: number; box: Box } | undefined;
    search: for (const dy of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5].map((k) => k * T.gap)) {
      for (const anchor of sides) {
        const x = anchor === 'start' ? right : left;
        const x0 = anchor === 'start' ? x : x - w;
        const y = d.geo.y + 3.5 * k + dy;
        const box: Box = [x0, x0 + w, y - 9 * k, y + 2 * k];
        if (x0 < T.left - 4 || x0 + w > maxX + 0.5 || box[2] < plot.top - 14 * k || box[3] > plot.bottom) continue;
        best ??= { anchor, x, y, box };
        if (!hits(box, own)) {
          best = { anchor, x, y, box };
          break search;
        }
      }
    }
    if (!best) continue; // no room at all: the table still has it
    taken.push(best.box);
    const moved = Math.abs(best.y - 3.5 * k - d.geo.y) > T.r + 1;
    out.push({
      key: d.key, text, anchor: best.anchor, muted: d.muted,
      geo: roundGeo({ x: best.x, y: best.y, dx: d.geo.x, dy: d.geo.y, leader: moved ? 1 : 0, o: 1 })
    });
  }
  return out;
}

export const timeline: ChartKindModule = { drawn: true, drawing: 'timeline', swatch: 'rect', horizontal: false, cake: bandCake };
