// Kind "bars": horizontal bars, one category per row with its label above the bar, values across.
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { ResolvedChart } from '../../model/resolved';
import { stackRows } from '../../model/domain';
import { emptyGeo, fmt, isMuted, MARGIN, rectMark, roundGeo, roundPx, textWidth, type RectMark } from '../geometry';
import type { ChartKindModule } from './module';

function barCake(chart: ResolvedChart) {
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

export const BAR_LABEL_H = 15;

export function barRects(chart: ResolvedChart, x: ScaleLinear<number, number>, y: ScaleBand<string>): RectMark[] {
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


export const bars: ChartKindModule = {
  drawn: true,
  drawing: 'cartesian',
  swatch: 'rect',
  horizontal: true,
  cake: barCake,
  rects: (chart, s) => barRects(chart, s.x as ScaleLinear<number, number>, s.y as ScaleBand<string>)
};
