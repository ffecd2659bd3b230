// The pieces around a chart, in reading order, for every figure: the page's (ChartFigure.svelte, HTML)
// and the standalone file's (FigureSvg.svelte, SVG): title, legend, the drawing, note, source line.
import type { ResolvedChart } from '../model/resolved';
import { legendOf, type LegendEntry } from './legend';

export interface FigureFrame {
  title: string;
  legend: LegendEntry[];
  note?: string;
  source?: string;
}

export const figureFrame = (chart: ResolvedChart): FigureFrame => ({
  title: chart.title,
  legend: legendOf(chart),
  note: chart.note || undefined,
  source: chart.sourceLine || undefined
});
