// Kind "bars": horizontal bars, one category per row, values across. Each row has a fixed height in
// the drawing (the chart grows with its rows instead of squeezing them into hairlines): the category
// name sits left of its bar when every name fits a narrow column, else on a line of its own above it.
// A drawing too short for all rows (a slide: wide and short) folds them into two columns side by
// side, rows 1–⌈n/2⌉ on the left and the rest on the right, in order, on one value scale.
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { ResolvedChart } from '../../model/resolved';
import { stackRows } from '../../model/domain';
import { em, emptyGeo, fmt, isMuted, margin, rectMark, roundGeo, roundPx, textWidth, type RectMark } from '../geometry';
import type { ChartKindModule } from './module';
import { SLIDE_MAX_HEIGHT, type DrawSize } from '../sizes';

/** Row parts in drawing px at 11-unit text: a name line, a bar (per series) and the gap after
 *  (the name line and a bar's label height grow with the text size, rowParts). */
export const BAR_ROW = { name: 14, bar: 10, gap: 3 };
/** The same, tighter, on a slide (drawings shorter than all rows at BAR_ROW): every px of height
 *  there is type size on the projector. */
const SLIDE_ROW = { name: 12, bar: 10, gap: 2 };
/** Widest category column beside the bars at 11-unit text (the narrowest drawing is 360 px wide). */
const BESIDE_MAX = 150;
const top = (font: number) => margin(font).top - 8;

type Row = { name: number; bar: number; gap: number; label: number };
/** The row parts at a text size: the name line, a bar, the gap, and the least row for a value label. */
function rowParts(font: number, parts = BAR_ROW): Row {
  return { name: parts.name * em(font), bar: parts.bar, gap: parts.gap, label: 13 * em(font) };
}

/** Where the category names go, and how wide their column is when beside the bars. */
export function barNames(chart: ResolvedChart, font: number): { beside: boolean; width: number } {
  const width = Math.ceil(Math.max(0, ...(chart.whole ?? chart).xs.map((d) => textWidth(d.label, font))));
  return { beside: width <= BESIDE_MAX * em(font), width };
}

/** Height of one row: its bars (one per series unless stacked), the value labels beside them, the name. */
function rowHeight(chart: ResolvedChart, font: number, beside = barNames(chart, font).beside, p = rowParts(font)): number {
  const bars = (chart.stacked ? 1 : chart.series.length) * p.bar;
  return (beside ? 0 : p.name) + Math.max(bars, p.label) + p.gap;
}

/** Drawing height that keeps every row at its full height. */
export function barsHeight(chart: ResolvedChart, font: number): number {
  return top(font) + chart.xs.length * rowHeight(chart, font) + 4;
}

/** Room for the value labels beside the bars: the longest one (2兆7,185億円 is wider than 46.1%),
 *  so a negative bar's label, minus sign first, ends inside the drawing. */
function labelPad(chart: ResolvedChart, font: number): number {
  const labelled = chart.labels === 'none' ? [] : (chart.whole ?? chart).rows.map((r) => textWidth(fmt(chart, r), font));
  return Math.max(30, Math.ceil(Math.max(0, ...labelled)) + 8);
}

const COL_GAP = 16;
/** Least bar length left in a folded column (drawing px). */
const MIN_BARS = 28;

export interface BarFold {
  cols: 1 | 2;
  /** Rows in the left column. */
  rows: number;
  /** Width of one column, and how far right the second one starts. */
  width: number;
  shift: number;
  beside: boolean;
  row: Row;
}

/** Two columns when the names and bars fit half the width. */
function twoColumns(chart: ResolvedChart, width: number, font: number): BarFold | undefined {
  const [lo, hi] = chart.domain;
  const col = (width - COL_GAP) / 2;
  const names = barNames(chart, font).width;
  const bars = col - (lo < 0 && hi > 0 ? 2 : 1) * labelPad(chart, font);
  const beside = names + 8 + MIN_BARS <= bars;
  if (chart.xs.length < 4 || (!beside && (names + 5 > col || bars < MIN_BARS))) return undefined;
  return { cols: 2, rows: Math.ceil(chart.xs.length / 2), width: col, shift: col + COL_GAP, beside, row: rowParts(font, SLIDE_ROW) };
}

/** Height of all rows in one column at SLIDE_ROW. */
const slideColumnHeight = (chart: ResolvedChart, font: number) =>
  top(font) + chart.xs.length * rowHeight(chart, font, undefined, rowParts(font, SLIDE_ROW)) + 4;

/** The columns and rows of a drawing `width` × `height`. Page, embed and file drawings are at
 *  least barsHeight tall, so only a slide ever tightens its rows, and folds them when even then
 *  they do not fit. */
export function barFold(chart: ResolvedChart, width: number, height: number, font: number): BarFold {
  const beside = barNames(chart, font).beside;
  const one = { cols: 1, rows: chart.xs.length, width, shift: 0, beside } as const;
  if (height + 0.5 >= barsHeight(chart, font)) return { ...one, row: rowParts(font) };
  if (height + 0.5 >= slideColumnHeight(chart, font)) return { ...one, row: rowParts(font, SLIDE_ROW) };
  return twoColumns(chart, width, font) ?? { ...one, row: rowParts(font, SLIDE_ROW) };
}

/** A slide's drawing height: its rows at SLIDE_ROW, folded in two when one column would be taller
 *  than the slide's usual drawing, the names fit half its width and the fold saves a fifth of the
 *  height (names moving above their bars would take back most of it). */
export function barsSlideHeight(chart: ResolvedChart, slide: DrawSize): number {
  const single = slideColumnHeight(chart, slide.font);
  const two = single > slide.height ? twoColumns(chart, slide.width, slide.font) : undefined;
  const folded = two ? top(slide.font) + two.rows * rowHeight(chart, slide.font, two.beside, two.row) + 4 : single;
  return folded <= 0.8 * single ? folded : single;
}

/** Where row `key` is drawn: its column's offset, and the band position it takes there. */
function rowAt(chart: ResolvedChart, y: ScaleBand<string>, f: BarFold, key: string): { dx: number; y: number } {
  const i = chart.xs.findIndex((d) => d.key === key);
  const right = i >= f.rows;
  return { dx: right ? f.shift : 0, y: (y(key) ?? 0) - (right ? f.rows * y.step() : 0) };
}

function barCake(chart: ResolvedChart, font: number) {
  const [lo, hi] = chart.domain;
  const pad = labelPad(chart, font);
  const names = barNames(chart, font);
  const TOP = top(font);
  return {
    x: 'value',
    y: 'x',
    xScale: scaleLinear(),
    xDomain: chart.domain,
    // (the left column's range; the right column is the same, shifted)
    xRange: ({ width, height }: { width: number; height: number }) => {
      const f = barFold(chart, width, height, font);
      const start = f.beside ? names.width + 8 : 0;
      return [start + (lo < 0 ? pad : 0), Math.max(start + pad + 1, f.width - (hi > 0 ? pad : 4))];
    },
    yScale: scaleBand<string>(),
    yDomain: chart.xs.map((d) => d.key),
    // Rows keep at least their height; a taller box widens them up to half as much again and leaves
    // the rest empty at the bottom (bars do not turn into slabs). Folded, the band runs on as if
    // in one column (rowAt moves the right column's rows up).
    yRange: ({ width, height }: { width: number; height: number }) => {
      const f = barFold(chart, width, height, font);
      const n = chart.xs.length;
      const row = rowHeight(chart, font, f.beside, f.row);
      if (f.cols === 1) return [TOP, Math.min(height - 4, TOP + 1.5 * n * row)];
      return [TOP, TOP + n * Math.min((height - 4 - TOP) / f.rows, 1.5 * row)];
    }
  };
}

export function barRects(chart: ResolvedChart, x: ScaleLinear<number, number>, y: ScaleBand<string>, f: BarFold, font: number): RectMark[] {
  const stacks = stackRows(chart.rows, chart.stacked);
  const name = f.beside ? 0 : f.row.name;
  const baseline = 4 * em(font);
  const n = chart.stacked ? 1 : chart.series.length;
  const barH = Math.max(4, Math.min(f.row.bar * 1.6, (y.bandwidth() - name - f.row.gap) / n));
  return chart.rows.map((r) => {
    const si = chart.series.findIndex((s) => s.key === r.series);
    const [a, b] = stacks.get(`${r.x}|${r.series}`)!;
    const at = rowAt(chart, y, f, r.x);
    const left = at.dx + Math.min(x(a), x(b));
    const w = Math.abs(x(a) - x(b));
    const top = at.y + name + (chart.stacked ? 0 : si * barH);
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
export function barCategoryLabels(chart: ResolvedChart, y: ScaleBand<string>, f: BarFold, font: number) {
  const k = em(font);
  // Above the bars, with the axis at the left edge: set in from the axis line.
  const x = !f.beside && chart.domain[0] >= 0 ? 5 : 0;
  return chart.xs.map((d) => {
    const at = rowAt(chart, y, f, d.key);
    return {
      key: d.key,
      text: d.label,
      x: at.dx + x,
      y: roundPx(at.y + (f.beside ? (y.bandwidth() - f.row.gap) / 2 + 4 * k : f.row.name - 4 * k)),
      muted: !!chart.highlight?.x && !chart.highlight.x.includes(d.key)
    };
  });
}

/** The value axis' zero line of each column, from the first row's top to the last row's end, in
 *  pieces: broken where a category name on its own line runs across it (a long name over a negative
 *  bar), so the name is not struck through. */
export function barZeroLines(chart: ResolvedChart, x: ScaleLinear<number, number>, y: ScaleBand<string>, f: BarFold, font: number) {
  const end = f.cols === 1 ? y.range()[1] : roundPx(top(font) + f.rows * y.step());
  const names = f.beside ? [] : barCategoryLabels(chart, y, f, font);
  return Array.from({ length: f.cols }, (_, c) => {
    const zero = x(0) + c * f.shift;
    const cuts = names
      .filter((l) => l.x < zero && l.x + textWidth(l.text, font) > zero)
      .map((l) => [l.y - 0.88 * font - 1, l.y + 0.12 * font + 1]);
    const spans: [number, number][] = [];
    let start = top(font);
    for (const [a, b] of cuts) {
      if (a > start) spans.push([roundPx(start), roundPx(a)]);
      start = Math.max(start, b);
    }
    if (end > start) spans.push([roundPx(start), roundPx(end)]);
    return spans.map(([y0, y1]) => ({ key: `zero${c}|${y0}`, x: roundPx(zero), y0, y1 }));
  }).flat();
}

export const bars: ChartKindModule = {
  drawn: true,
  drawing: 'cartesian',
  swatch: 'rect',
  horizontal: true,
  cake: barCake,
  minHeight: barsHeight,
  slideMinHeight: barsSlideHeight,
  slideParts: (chart, slide) => (barsSlideHeight(chart, slide) > SLIDE_MAX_HEIGHT ? 2 : 1),
  rects: (chart, s) => barRects(chart, s.x as ScaleLinear<number, number>, s.y as ScaleBand<string>, barFold(chart, s.width, s.height, s.font), s.font)
};
