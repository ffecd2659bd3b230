// The legend of a chart state, shared by the page figure and the standalone SVG: only with two or
// more series or a line over the marks; a series' swatch is a line or a square as its kind draws it.
import type { ResolvedChart } from '../model/resolved';
import { kindOf } from './kinds';
import { seriesTone } from './palette';

export interface LegendEntry {
  key: string;
  label: string;
  /** Colour class: s0…s4, japan, or overlay. */
  cls: string;
  line: boolean;
}

export function legendOf(chart: ResolvedChart): LegendEntry[] {
  const kind = kindOf(chart);
  if (!kind.drawn || (chart.series.length < 2 && !chart.overlay)) return [];
  return [
    ...chart.series.map((s, i) => ({ ...s, cls: seriesTone(chart, i), line: kind.swatch === 'line' })),
    ...(chart.overlay ? [{ ...chart.overlay.series, cls: 'overlay', line: true }] : [])
  ];
}
