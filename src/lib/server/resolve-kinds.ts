// The server half of the chart kinds (the drawing half is charts/kinds/): resolution steps only
// some kinds have, which read data files or messages the browser never needs.
import type { ChartKind, DataStateOptions } from '$lib/model/chart-state';
import type { ChartRow, ResolvedChart } from '$lib/model/resolved';
import type { Dataset } from '$lib/data/types';
import type { Locale } from '$lib/i18n';
import { applyTimeline, describeTimeline } from './timeline';
import { applyMap } from './map-chart';

export interface KindContext {
  story: string;
  locale: Locale;
  ctx: string;
  /** Plain label of a category (no printed date). */
  plainLabel: (k: string) => string;
}

export interface KindResolver {
  /** Adds what the kind draws beyond rows (dates, map geometry). */
  apply?: (chart: ResolvedChart, state: DataStateOptions, d: Dataset, c: KindContext) => void;
  /** Describes the chart in words instead of the generic description. */
  describe?: (chart: ResolvedChart, fmt: (r: ChartRow) => string, ctx: string) => string;
}

export const kindResolvers: Partial<Record<ChartKind, KindResolver>> = {
  // Timeline: dates from data/ place the dated categories; the others go to the undated strip.
  timeline: { apply: (chart, state, d, c) => applyTimeline(chart, state, d, c.plainLabel, c.ctx), describe: describeTimeline },
  map: { apply: (chart, state, d, c) => applyMap(chart, state, d, c.story, c.locale, c.ctx) }
};
