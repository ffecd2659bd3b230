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
  unitLabel: string;
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
  /** Visible source line: 出典：総務省「令和7年版 情報通信白書」図表Ⅰ-1-3-9（…を基に作成） */
  sourceLine: string;
  sources: ResolvedSource[];
  /** Plain-language description of what the chart shows (generated from the data). */
  description: string;
  csvHref: string;
  csvName: string;
}

export interface ResolvedStep {
  id: string;
  index: number;
  /** Paragraphs as HTML (escaped; Japanese with <wbr> at phrase boundaries). */
  html: string[];
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
  steps: ResolvedStep[];
  methodHtml?: string;
  figures: string[];
}
