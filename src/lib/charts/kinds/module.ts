// What differs between chart kinds, as one record per kind (kinds/<kind>.ts, registered in
// kinds/index.ts). Callers ask the registry instead of testing `chart.kind`.
import type { ResolvedChart } from '../../model/resolved';
import type { LineMark, RectMark } from '../geometry';
import type { DrawSize } from '../sizes';

/** The scales LayerCake hands a layer (which one is the band and which the value axis depends on
  *  the kind), the drawing's size and its text size in drawing units (DrawSize.font). */
export type Scales = { x: unknown; y: unknown; width: number; height: number; font: number };

export interface ChartKindModule {
  /** Marks drawn from a dataset (false: words only): gets a legend, a data table, a CSV file, an SVG/PNG. */
  drawn: boolean;
  /** Which drawing Chart.svelte uses: value axis with rects and lines, or a layer of its own. */
  drawing: 'cartesian' | 'dumbbell' | 'timeline' | 'map' | 'words';
  /** Legend swatch of a series. */
  swatch: 'rect' | 'line';
  /** Bars: categories down the side, values across. */
  horizontal: boolean;
  /** LayerCake props: which scale measures what, over which domain and range. */
  cake?: (chart: ResolvedChart, font: number) => Record<string, unknown>;
  /** Least drawing height that keeps a row per category readable at a text size (default: the caller's). */
  minHeight?: (chart: ResolvedChart, font: number) => number;
  /** A slide drawing's height for kinds drawn in rows: what the rows need, given the slide's
   *  usual drawing size (and text size). */
  slideMinHeight?: (chart: ResolvedChart, slide: DrawSize) => number;
  /** How many slides the rows need (default 1): more than one when even the slide drawing's rows
   *  would be taller than SLIDE_MAX_HEIGHT, where its text falls under 2.5 % of the slide height. */
  slideParts?: (chart: ResolvedChart, slide: DrawSize) => number;
  /** Columns or bars with their value labels. */
  rects?: (chart: ResolvedChart, s: Scales) => RectMark[];
  /** Lines with point labels (series lines; an overlay total). */
  lines?: (chart: ResolvedChart, s: Scales) => LineMark[];
}
