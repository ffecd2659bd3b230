// Kind "line": one line per series over years or categories, labelled at every point or at its end.
import type { ScaleBand, ScaleLinear } from 'd3';
import { bandCake, bandRoom, lineMark, linePoints, margin } from '../geometry';
import type { ChartKindModule } from './module';

export const line: ChartKindModule = {
  drawn: true,
  drawing: 'cartesian',
  swatch: 'line',
  horizontal: false,
  cake: bandCake,
  lines: (chart, s) => {
    const [x, y] = [s.x as ScaleBand<string>, s.y as ScaleLinear<number, number>];
    const rows = chart.series.map((ser) => chart.rows.filter((r) => r.series === ser.key));
    // (every line's labels keep clear of every line)
    const room = bandRoom(x, y, rows.map((r) => linePoints(x, y, r)), [], [], margin(s.font).right, s.font);
    return chart.series.map((ser, i) => lineMark(chart, x, y, rows[i], ser.key, i, false, s.font, room));
  }
};
