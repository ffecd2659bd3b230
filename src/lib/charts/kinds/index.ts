// The chart kinds: kind name → module. Adding a kind = one module here (and its resolution in
// server/resolve-kinds.ts if it needs data beyond rows).
import type { ChartKind, ChartState, DataChartState } from '../../model/chart-state';
import type { ResolvedChart } from '../../model/resolved';
import type { ChartKindModule } from './module';
import { columns } from './columns';
import { bars } from './bars';
import { line } from './line';
import { text } from './text';
import { dumbbell } from './dumbbell';
import { timeline } from './timeline';
import { map } from './map';

export type { ChartKindModule } from './module';

export const chartKinds: Record<ChartKind, ChartKindModule> = { columns, bars, line, text, dumbbell, timeline, map };

/** The module of a chart state's kind. */
export const kindOf = (chart: Pick<ResolvedChart, 'kind'>): ChartKindModule => chartKinds[chart.kind];

/** Has marks drawn from data (a legend, table, CSV and picture file), not words only. */
export const isDrawn = (chart: Pick<ResolvedChart, 'kind'>): boolean => kindOf(chart).drawn;

/** A state drawn from a dataset (every kind but words-only ones). */
export const isDataState = (s: ChartState): s is DataChartState => chartKinds[s.kind].drawn;
