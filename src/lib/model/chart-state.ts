// A step's chart state as the story document writes it: one shape per kind, told apart by `kind`.
// What each kind does with its state lives in charts/kinds/<kind>.ts.
import type { Annotation, Bilingual, MapSpec } from '../stories/types';

export const CHART_KINDS = ['columns', 'bars', 'line', 'text', 'dumbbell', 'timeline', 'map'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** What every kind drawn from a dataset may set. */
interface DataState {
  /** Dataset id for the marks. */
  dataset?: string;
  /** Series drawn, in stack/legend order. */
  series?: string[];
  /** Subset and order of x values (years or category keys); default: all, in data order. */
  x?: string[];
  /** Emphasis: other marks are greyed. */
  highlight?: { series?: string[]; x?: string[] };
  /** Value-axis domain; default: from the data, always including 0. */
  domain?: [number, number];
  /** Which value labels to print on marks. */
  labels?: 'all' | 'highlight' | 'last' | 'none';
  annotations?: Annotation[];
  /** Chart title; default: the dataset title. */
  title?: Bilingual;
  /** A note under the chart (caveats, sign convention). It may use {uncertain}: the labels of
   *  drawn categories whose values the dataset marks as uncertain. */
  note?: Bilingual;
  /** Append the date the dataset prints for a category (JSON `dates`) to its label. */
  dates?: boolean;
}

export interface ColumnsState extends DataState {
  kind: 'columns';
  stacked?: boolean;
  /** A line drawn over the columns, e.g. the printed total on top of its parts. */
  overlay?: { dataset?: string; series: string };
}

export interface BarsState extends DataState {
  kind: 'bars';
  stacked?: boolean;
  /** Swap x and series: bars of one year's items (pick the year with `x: ['2024']`). */
  transpose?: boolean;
  /** Order categories by value. */
  sort?: 'asc' | 'desc';
}

export interface LineState extends DataState {
  kind: 'line';
}

/** Per category one dot per series on a horizontal value axis, the dots of one category joined by
 *  a line (one series: a dot plot). Entering later-series dots grow out of the first series' dot,
 *  so FY2023 → FY2024 animates from the old value to the new one. */
export interface DumbbellState extends DataState {
  kind: 'dumbbell';
  /** "log" for values spanning orders of magnitude (model sizes). */
  scale?: 'linear' | 'log';
  /** Labelled groups of categories, drawn in order under a heading each (e.g. models the source
   *  dates vs. undated ones). Sets the x order when `x` is not given. */
  groups?: { label: Bilingual; x: string[] }[];
}

/** One dot per category at its date (x, a real time axis from the dataset's printed `dates`) and
 *  value (y, linear or log). Categories the dataset does not date are never given a position in
 *  time: they sit in a separate strip beside the plot, headed by `strip`. */
export interface TimelineState extends DataState {
  kind: 'timeline';
  scale?: 'linear' | 'log';
  /** Heading of the strip of undated categories. */
  strip?: Bilingual;
  /** Categories named on the chart (the rest are in the table and the CSV). */
  named?: string[];
}

/** A locator map: coastline from real geographic data, projected, clipped and simplified at build
 *  time; one marker per place, area proportional to its value. */
export interface MapState extends DataState {
  kind: 'map';
  /** Area, places and marker size. */
  map: MapSpec;
  /** Statements printed on the map. */
  statements?: Bilingual[];
}

/** Statements shown instead of a chart (grade-D figures, prose). */
export interface TextState {
  kind: 'text';
  title: Bilingual;
  statements?: Bilingual[];
  note?: Bilingual;
  /** Quote-only JSON in data/<story>/ with `directions` (grade-D "which way" findings, drawn as
   *  arrows and words, never as bars). */
  directions?: string;
}

export type ChartState = ColumnsState | BarsState | LineState | DumbbellState | TimelineState | MapState | TextState;
/** A state drawn from a dataset (every kind but text). */
export type DataChartState = Exclude<ChartState, TextState>;
/** Every option a data kind may set, all optional: what the shared resolution reads (the schema
 *  has already refused an option on a kind it does not belong to). */
export type DataStateOptions = Partial<
  Omit<ColumnsState, 'kind'> & Omit<BarsState, 'kind'> & Omit<DumbbellState, 'kind'> & Omit<TimelineState, 'kind'> & Omit<MapState, 'kind'>
> &
  Pick<DataChartState, 'kind'>;
