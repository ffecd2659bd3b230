// What the server hands to renderers: a story spec with its copy resolved for one locale,
// its numbers attached, and nothing left to look up. Serialisable (goes into the page data).
import type { Locale } from '../i18n';
import type { Unit } from '../data/units';
import type { Annotation, ChartKind } from '../stories/types';

export interface Labelled {
  key: string;
  label: string;
}

export interface ChartRow {
  x: string;
  series: string;
  value: number;
  /** Seed line the value was read from. */
  line: number;
  /** Given only approximately by the source (約). */
  approx?: boolean;
  /** The paper's words for an approximate value (約9割), in the reader's language. */
  printed?: string;
  uncertain?: boolean;
  forecast?: boolean;
}

export interface ResolvedAnnotation extends Omit<Annotation, 'text'> {
  text: string;
  value: number;
}

export interface ResolvedSource {
  figure: string;
  seed: string;
  lines: [number, number];
  note: string; // （出典）line of the figure, in the reader's language
}

export interface ResolvedChart {
  /** Stable id: `<story>/<step>`. */
  id: string;
  kind: ChartKind;
  locale: Locale;
  title: string;
  unit: Unit;
  /** Unit printed on the axis and the table caption, the same one the value labels use. */
  unitLabel: string;
  /** Tick number = value × unitFactor (億円 values on a 兆円 axis: 1/10000). */
  unitFactor: number;
  xLabel: string;
  xKind: 'year' | 'category';
  xs: Labelled[];
  series: Labelled[];
  rows: ChartRow[];
  stacked: boolean;
  /** Line over the columns (e.g. a printed total). */
  overlay?: { series: Labelled; rows: ChartRow[] };
  highlight?: { series?: string[]; x?: string[] };
  domain: [number, number];
  decimals: number;
  labels: 'all' | 'highlight' | 'last' | 'none';
  annotations: ResolvedAnnotation[];
  statements: string[];
  note?: string;
  /** Value scale (dumbbell): absent means linear. */
  scale?: 'log';
  /** Dumbbell: headed groups of categories, in drawing order. */
  groups?: { key: string; label: string; x: string[] }[];
  /** Timeline: printed date of each dated category as a span in decimal years ("2024年12月" →
   *  [2024.917, 2025]; "2019年" → [2019, 2020]). Undated categories have no entry. */
  times?: Record<string, [number, number]>;
  /** Timeline: heading of the undated strip. */
  strip?: string;
  /** Timeline: categories named on the chart, with their plain label (no date: the axis shows it). */
  named?: Labelled[];
  /** Map: ready SVG geometry, computed at build time (kind "map"). */
  map?: ResolvedMap;
  /** One slide's part of a chart split over slides (charts/slide-parts.ts): the whole chart's
   *  categories and rows, so every part lays out its names and value labels as the whole would
   *  and draws the value scale at the same length. */
  whole?: { xs: Labelled[]; rows: ChartRow[] };
  /** Text: grade-D findings as direction only (arrows and words). */
  directions?: ResolvedDirection[];
  /** Visible source line: 出典：総務省「令和7年版 情報通信白書」図表Ⅰ-1-3-9（…を基に作成） */
  sourceLine: string;
  sources: ResolvedSource[];
  /** Plain-language description of what the chart shows (generated from the data). */
  description: string;
  csvHref: string;
  csvName: string;
}

export interface ParagraphSource {
  /** Figure ID as printed (図表Ⅰ-1-3-9), or 本文 for the main text. */
  figure: string;
  /** In the reader's language: "Figure I-1-3-9 (lines 2513–2519)", "図表Ⅰ-1-3-9（2513〜2519行）". */
  label: string;
  /** 1-based seed lines, [first, last] per range. */
  lines: [number, number][];
  /** The text of those lines, ranges joined by " … ". */
  quote: string;
}

export interface ResolvedStep {
  id: string;
  index: number;
  /** Paragraphs as HTML (escaped; Japanese with <wbr> at phrase boundaries). */
  html: string[];
  /** Parallel to `html`: the white-paper lines each paragraph rests on, grouped by figure. */
  paragraphSources: ParagraphSource[][];
  /** Text alternative of this step's chart state. */
  alt: string;
  chart: ResolvedChart;
}

export interface ResolvedStory {
  slug: string;
  locale: Locale;
  title: string;
  titleHtml: string;
  dek: string;
  dekHtml: string;
  /** ISO dates (YYYY-MM-DD) of first publication and last update. */
  published: string;
  updated: string;
  steps: ResolvedStep[];
  methodHtml?: string;
  figures: string[];
}

/** A locator map as the browser gets it: path strings and pixel positions in a width × height box. */
export interface ResolvedMap {
  width: number;
  height: number;
  land: string;
  inset?: { x: number; y: number; width: number; height: number; land: string; box: [number, number, number, number] };
  places: MapPlace[];
  /** Legend of the place groups (regions), in order. */
  groups: { key: string; label: string; sub?: string }[];
  /** Free labels: pooled groups, sea names. */
  labels: { key: string; text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end'; group?: string; muted?: boolean }[];
  /** Where the coastline and the marker positions come from (printed on the map). */
  attribution: string;
  /** Baseline of the legend's first row (rows follow 17 px apart, 30 with a subtitle). */
  legendY?: number;
  /** Statements printed on the map, already broken into lines. */
  callouts?: { key: string; x: number; y: number; lines: string[] }[];
}

export interface MapPlace {
  key: string;
  x: number;
  y: number;
  r: number;
  group: string;
  groupIndex: number;
  /** Has its own value (area ∝ value); otherwise a small hollow locator marker. */
  sized: boolean;
  muted: boolean;
  label?: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

export interface ResolvedDirection {
  item: string;
  direction: 'up' | 'down' | 'high';
  /** What the arrow means, in words ("decreased"). */
  word: string;
  caveat?: string;
  line: number;
}
