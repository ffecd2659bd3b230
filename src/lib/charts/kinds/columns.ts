// Kind "columns": vertical columns over years or categories, side by side or stacked, with an
// optional line over them (a printed total).
import type { ScaleBand, ScaleLinear } from 'd3';
import type { ResolvedChart } from '../../model/resolved';
import { stackRows } from '../../model/domain';
import { bandCake, bandRoom, em, emptyGeo, fmt, isMuted, LINE_DOT, lineMark, linePoints, margin, rectMark, roundGeo, roundPx, textWidth, type RectMark } from '../geometry';
import { dotBox, isFree, labelBox, polylineSegs, type Box } from '../collide';
import type { ChartKindModule } from './module';

/** Drawing px right of the last column: a stacked chart sets the labels of its last column (its
 *  parts', its total's) beside it, so it keeps room for the longest; else the plain margin. */
export function columnsRight(chart: ResolvedChart, font: number): number {
  const plain = margin(font).right;
  if (!chart.stacked || (chart.labels === 'none' && !chart.overlay)) return plain;
  const lastX = chart.xs.at(-1)?.key;
  const rows = [...chart.rows, ...(chart.overlay?.rows ?? [])].filter((r) => r.x === lastX);
  return Math.max(plain, Math.ceil(Math.max(0, ...rows.map((r) => textWidth(fmt(chart, r), font)))) + 10);
}

export function columnRects(chart: ResolvedChart, x: ScaleBand<string>, y: ScaleLinear<number, number>, font: number): RectMark[] {
  const k = em(font);
  const m = margin(font);
  // a label wider than its column stays clear of the value ticks on the left and of the edge on the right
  const within = (cx: number, w: number) => Math.min(Math.max(cx, m.left + w / 2 + 2), x.range()[1] + m.right - w / 2 - 1);
  const stacks = stackRows(chart.rows, chart.stacked);
  const n = chart.stacked ? 1 : chart.series.length;
  const bw = x.bandwidth() / n;
  const lastX = chart.xs[chart.xs.length - 1]?.key;
  const firstX = chart.xs[0]?.key;
  const marks = chart.rows.map((r) => {
    const si = chart.series.findIndex((s) => s.key === r.series);
    const [a, b] = stacks.get(`${r.x}|${r.series}`)!;
    const top = Math.min(y(a), y(b));
    const h = Math.abs(y(a) - y(b));
    const left = (x(r.x) ?? 0) + (chart.stacked ? 0 : si * bw);
    const muted = isMuted(chart, r);
    let showLabel = chart.labels === 'all' && !chart.stacked;
    if (chart.labels === 'highlight') showLabel = !muted && (r.x === lastX || r.x === firstX);
    const neg = r.value < 0;
    // A negative column down to the floor has no room for its label under it (the year labels are
    // there): the label goes inside its lower end.
    const floorIn = !chart.stacked && neg && top + h + 2 + 11 * k + 0.12 * font > y.range()[0] + m.bottom - 8 * k - 0.88 * font;
    const inside = chart.stacked || floorIn;
    const ly = chart.stacked ? top + h / 2 + 4 * k : floorIn ? top + h - 4 * k : neg ? top + h + 2 + 11 * k : top - 4;
    return {
      ...rectMark(chart, r, si, muted, inside, 'middle'),
      geo: roundGeo({
        ...emptyGeo(),
        x: left,
        y: top,
        w: Math.max(1, bw - (n > 1 ? 1 : 0)),
        h,
        o: 1,
        lx: within(left + bw / 2, textWidth(fmt(chart, r), font)),
        ly,
        lo: showLabel ? 1 : 0
      })
    };
  });
  return chart.stacked ? stackLabels(chart, marks, x, y, font) : marks;
}

const rectBox = (m: RectMark): Box => ({ x0: m.geo.x, y0: m.geo.y, x1: m.geo.x + m.geo.w, y1: m.geo.y + m.geo.h });

/** Labels of stacked parts: inside the part (light text) where they fit; else the last column's
 *  beside it, level with their part; else the part at the end of its stack just past that end,
 *  clear of the other columns and the total's line; else none (the data table has every value),
 *  and then none of its column either, so a label left is not read as the missing one's (−0.8 as
 *  consulting's −0.5): a column is labelled whole or not at all. */
function stackLabels(chart: ResolvedChart, marks: RectMark[], x: ScaleBand<string>, y: ScaleLinear<number, number>, font: number): RectMark[] {
  const k = em(font);
  const small = (10 / 11) * font; // .value-label.inside
  const lastX = chart.xs[chart.xs.length - 1]?.key;
  const total = chart.overlay ? linePoints(x, y, chart.overlay.rows) : [];
  const obstacles = { boxes: [...marks.map(rectBox), ...total.map(([px, py]) => dotBox(px, py, LINE_DOT))], segs: polylineSegs(total) };
  const bounds = { x0: 0, y0: 0, x1: x.range()[1] + columnsRight(chart, font), y1: y.range()[0] - 2 };
  const end = (m: RectMark) => {
    const same = marks.filter((o) => o.x === m.x && o.negative === m.negative);
    return m.negative ? m.geo.y + m.geo.h >= Math.max(...same.map((o) => o.geo.y + o.geo.h)) : m.geo.y <= Math.min(...same.map((o) => o.geo.y));
  };
  let besideFloor = -Infinity;
  const placed = marks
    .slice()
    .sort((a, b) => a.geo.y - b.geo.y)
    .map((m) => {
      const g = m.geo;
      if (g.lo === 0) return m;
      if (textWidth(m.label, small) + 4 <= g.w && g.h >= small + 4) return m;
      const out = { ...m, labelInside: false };
      const w = textWidth(m.label, font);
      if (m.x === lastX) {
        // beside, level with the part's middle, below the one placed above it
        const ly = Math.max(g.y + g.h / 2 + 4 * k, besideFloor + 12 * k);
        besideFloor = ly;
        obstacles.boxes.push(labelBox(w, g.x + g.w + 4, ly, font, 'start'));
        return { ...out, anchor: 'start' as const, geo: { ...g, lx: roundPx(g.x + g.w + 4), ly: roundPx(ly) } };
      }
      if (end(m))
        for (let i = 0; i < 8; i++) {
          const ly = m.negative ? g.y + g.h + 2 + 11 * k + i * 4 * k : g.y - 4 - i * 4 * k;
          const box = labelBox(w, g.lx, ly, font, 'middle');
          if (isFree(box, obstacles, bounds)) {
            obstacles.boxes.push(box);
            return { ...out, geo: { ...g, ly: roundPx(ly) } };
          }
        }
      return { ...out, geo: { ...g, lo: 0 } };
    })
    .sort((a, b) => marks.indexOf(marks.find((o) => o.key === a.key)!) - marks.indexOf(marks.find((o) => o.key === b.key)!));
  const unplaced = new Set(placed.filter((m, i) => marks[i].geo.lo > 0 && m.geo.lo === 0).map((m) => m.x));
  return placed.map((m) => (unplaced.has(m.x) && m.geo.lo > 0 ? { ...m, geo: { ...m.geo, lo: 0 } } : m));
}

export const columns: ChartKindModule = {
  drawn: true,
  drawing: 'cartesian',
  swatch: 'rect',
  horizontal: false,
  cake: (chart, font) => bandCake(chart, font, columnsRight(chart, font)),
  rects: (chart, s) => columnRects(chart, s.x as ScaleBand<string>, s.y as ScaleLinear<number, number>, s.font),
  lines: (chart, s) => {
    if (!chart.overlay) return [];
    const [x, y] = [s.x as ScaleBand<string>, s.y as ScaleLinear<number, number>];
    const rects = columnRects(chart, x, y, s.font);
    // the total's labels keep clear of the columns and of the parts' labels
    const labels = rects.filter((m) => m.geo.lo > 0).map((m) => labelBox(textWidth(m.label, s.font), m.geo.lx, m.geo.ly, s.font, m.anchor));
    const points = linePoints(x, y, chart.overlay.rows);
    const room = bandRoom(x, y, [points], rects.map(rectBox), labels, columnsRight(chart, s.font), s.font, x.bandwidth() / 2 + 4);
    return [lineMark(chart, x, y, chart.overlay.rows, `overlay:${chart.overlay.series.key}`, -1, true, s.font, room)];
  }
};
