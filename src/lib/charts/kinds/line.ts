// Kind "line": one line per series over years or categories, labelled at every point or at its end.
import type { ScaleBand, ScaleLinear } from 'd3';
import { bandCake, lineMark } from '../geometry';
import type { ChartKindModule } from './module';

export const line: ChartKindModule = {
  drawn: true,
  drawing: 'cartesian',
  swatch: 'line',
  horizontal: false,
  cake: bandCake,
  lines: (chart, s) =>
    chart.series.map((ser, i) =>
      lineMark(chart, s.x as ScaleBand<string>, s.y as ScaleLinear<number, number>, chart.rows.filter((r) => r.series === ser.key), ser.key, i, false, s.font)
    )
};
