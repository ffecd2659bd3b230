// Kind "columns": vertical columns over years or categories, side by side or stacked, with an
// optional line over them (a printed total).
import type { ScaleBand, ScaleLinear } from 'd3';
import type { ResolvedChart } from '../../model/resolved';
import { stackRows } from '../../model/domain';
import { bandCake, em, emptyGeo, fmt, isMuted, lineMark, margin, rectMark, roundGeo, textWidth, type RectMark } from '../geometry';
import type { ChartKindModule } from './module';

export function columnRects(chart: ResolvedChart, x: ScaleBand<string>, y: ScaleLinear<number, number>, font: number): RectMark[] {
  const k = em(font);
  const left0 = margin(font).left;
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
    const ly = inside ? top + h / 2 + 4 * k : neg ? top + h + 2 + 11 * k : top - 4;
    return {
      ...rectMark(chart, r, si, muted, inside, 'middle'),
      geo: roundGeo({
        ...emptyGeo(),
        x: left,
        y: top,
        w: Math.max(1, bw - (n > 1 ? 1 : 0)),
        h,
        o: 1,
        // (a label wider than its column stays clear of the value ticks on the left)
        lx: Math.max(left + bw / 2, left0 + textWidth(fmt(chart, r), font) / 2 + 2),
        ly,
        lo: showLabel && (!inside || h >= 14 * k) ? 1 : 0
      })
    };
  });
}

export const columns: ChartKindModule = {
  drawn: true,
  drawing: 'cartesian',
  swatch: 'rect',
  horizontal: false,
  cake: bandCake,
  rects: (chart, s) => columnRects(chart, s.x as ScaleBand<string>, s.y as ScaleLinear<number, number>, s.font),
  lines: (chart, s) =>
    chart.overlay
      ? [lineMark(chart, s.x as ScaleBand<string>, s.y as ScaleLinear<number, number>, chart.overlay.rows, `overlay:${chart.overlay.series.key}`, -1, true, s.font)]
      : []
};
