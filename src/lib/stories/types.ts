// A story is data: an ordered list of steps. Each step names its copy (message keys), the chart
// state it shows, and that state's text alternative. Renderers (scrolly, slides, embed, static)
// read only this; no route knows anything about a particular story.

/** A number in the copy, taken from data/ so that every printed figure has a source. */
export interface ValueRef {
  dataset: string; // dataset id within the story's data folder
  x: string;
  series: string;
  /** Show without sign ("6.7兆円の赤字"). */
  magnitude?: boolean;
  /** Override the automatic 約/about (on by default when the cell is listed in `approx`). */
  approx?: boolean;
  decimals?: number;
}

export interface Annotation {
  /** Which datum the note points at. */
  dataset?: string; // defaults to the chart's dataset
  x: string;
  series: string;
  /** Message key of the note text (may use {value}). */
  text: string;
  /** Where the label sits relative to the point. */
  align?: 'left' | 'right' | 'above' | 'below';
}

/** "dumbbell": per category one dot per series on a horizontal value axis, the dots of one
 *  category joined by a line (one series: a dot plot). Entering later-series dots grow out of the
 *  first series' dot, so FY2023 → FY2024 animates from the old value to the new one. */
/** "timeline": one dot per category at its date (x, a real time axis from the dataset's printed
 *  `dates`) and value (y, linear or log). Categories the dataset does not date are never given a
 *  position in time: they sit in a separate strip beside the plot, headed by `strip`. */
/** "map": a locator map (see `map`): coastline from real geographic data, projected, clipped and
 *  simplified at build time; one marker per place, area proportional to its value. */
export type ChartKind = 'columns' | 'bars' | 'line' | 'text' | 'dumbbell' | 'timeline' | 'map';

/** Kind "map": which area to draw and where the places are. */
export interface MapSpec {
  /** Quote-only JSON in data/<story>/ listing places (key, lat, lon, group, label) with the source
   *  of their coordinates; dataset x keys size the markers. */
  places: string;
  /** [[west, south], [east, north]] in degrees. */
  extent: [[number, number], [number, number]];
  /** Series of the dataset that sizes the markers (area ∝ value). */
  size: string;
  /** Draw a small overview of the country with the drawn area boxed. */
  inset?: boolean;
}

export interface ChartState {
  kind: ChartKind;
  /** Dataset id for the marks (not used by kind "text"). */
  dataset?: string;
  /** Series drawn, in stack/legend order. */
  series?: string[];
  /** Stack the series (columns or bars). */
  stacked?: boolean;
  /** A line drawn over columns, e.g. the printed total on top of its parts. */
  overlay?: { dataset?: string; series: string };
  /** Swap x and series: bars of one year's items (pick the year with `x: ['2024']`). */
  transpose?: boolean;
  /** Subset and order of x values (years or category keys); default: all, in data order. */
  x?: string[];
  /** Bars only: order categories by value. */
  sort?: 'asc' | 'desc';
  /** Emphasis: other marks are greyed. */
  highlight?: { series?: string[]; x?: string[] };
  /** Value-axis domain; default: from the data, always including 0. */
  domain?: [number, number];
  /** Which value labels to print on marks. */
  labels?: 'all' | 'highlight' | 'last' | 'none';
  annotations?: Annotation[];
  /** kind "text": message keys of statements shown instead of a chart (grade-D figures, prose). */
  statements?: string[];
  /** Message key of the chart title; default: the dataset title. */
  title?: string;
  /** Message key of a note under the chart (caveats, sign convention). It may use {uncertain}:
   *  the labels of drawn categories whose values the dataset marks as uncertain. */
  note?: string;
  /** Value scale (dumbbell only): "log" for values spanning orders of magnitude (model sizes). */
  scale?: 'linear' | 'log';
  /** Dumbbell only: labelled groups of categories, drawn in order under a heading each
   *  (e.g. models the source dates vs. undated ones). Sets the x order when `x` is not given. */
  groups?: { label: string; x: string[] }[];
  /** Append the date the dataset prints for a category (JSON `dates`) to its label. */
  dates?: boolean;
  /** Timeline only: message key of the heading of the strip of undated categories. */
  strip?: string;
  /** Timeline only: categories named on the chart (the rest are in the table and the CSV). */
  named?: string[];
  /** Map only: area, places and marker size (kind "map"). */
  map?: MapSpec;
  /** Text only: quote-only JSON in data/<story>/ with `directions` (grade-D "which way" findings,
   *  drawn as arrows and words, never as bars). */
  directions?: string;
}

export interface Source {
  figure: string; // 図表Ⅰ-1-3-9
  seed: string; // 000_42e09b4d009f57e2.txt
  lines: [number, number];
  /** Message key: what the lines say (shown as the source note). */
  note: string;
}

export interface StepSpec {
  /** Stable across languages: the language switch and deep links use it (#step-<id>). */
  id: string;
  /** Message keys of the step's paragraphs. */
  text: string[];
  /** Message key of the text alternative of this step's chart state. */
  alt: string;
  chart: ChartState;
  /** Numbers interpolated into this step's messages ({name} in the text). */
  values?: Record<string, ValueRef>;
  /** Extra sources for prose-only claims (the chart's dataset source is added automatically). */
  sources?: Source[];
}

export interface StorySpec {
  slug: string;
  /** Position on the home page. */
  order?: number;
  /** "published" stories get routes; "coming-soon" ones are listed on the home page only. */
  status: 'published' | 'coming-soon';
  title: string; // message key
  dek: string; // message key: one-line summary
  /** Small preview on the home page: a chart state of this story (or nothing for coming-soon). */
  preview?: ChartState;
  steps: StepSpec[];
  /** Message key of the closing "sources and method" paragraph. */
  method?: string;
  /** Message keys of one or two discussion questions for secondary-school classes (present mode, handout). */
  questions?: string[];
}
