// A story is data: one document per story, data/<slug>/story.yaml, read and checked by document.ts.
// An ordered list of steps; each holds its copy in both languages side by side, the chart state it
// shows, that state's text alternative and the white-paper lines each paragraph rests on.
// Renderers (scrolly, slides, embed, static) read only this; no route knows a particular story.
import type { Bilingual } from '../data/types';

export type { Bilingual };

/** A paragraph of a step in both languages, with the seed lines it rests on. */
export interface Paragraph extends Bilingual {
  /** 1-based line ranges of the seed file (written 2605 or 2513-2519 in the document). */
  src: [number, number][];
  /** Numbers of this paragraph that its source lines do not print (known, listed for the editorial issue). */
  unsupported?: string[];
}

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
  /** Shown among the slide's key numbers only: the copy states it in words (約9割). */
  keyNumberOnly?: boolean;
}

export interface Annotation {
  /** Which datum the note points at. */
  dataset?: string; // defaults to the chart's dataset
  x: string;
  series: string;
  /** The note (may use {value}). */
  text: Bilingual;
  /** Where the label sits relative to the point. */
  align?: 'left' | 'right' | 'above' | 'below';
}

export type { ChartKind, ChartState } from '../model/chart-state';
import type { ChartState } from '../model/chart-state';

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

export interface Source {
  figure: string; // 図表Ⅰ-1-3-9
  seed: string; // 000_42e09b4d009f57e2.txt
  lines: [number, number];
  /** What the lines say (shown as the source note). */
  note: Bilingual;
}

export interface StepSpec {
  /** Stable across languages: the language switch and deep links use it (#step-<id>). */
  id: string;
  /** The step's paragraphs. */
  text: Paragraph[];
  /** Text alternative of this step's chart state. */
  alt: Bilingual;
  chart: ChartState;
  /** Numbers interpolated into this step's messages ({name} in the text). */
  values?: Record<string, ValueRef>;
  /** Extra sources for prose-only claims (the chart's dataset source is added automatically). */
  sources?: Source[];
  /** Notes for a teacher presenting this step (present mode, handout). */
  teacher?: Bilingual;
  /** What the teacher asks or says on this slide (every step has one when the story has a guide). */
  prompt?: Bilingual;
  /** A discussion question placed on this slide. */
  question?: Bilingual;
}

/** A step of a lesson plan and its minutes. */
export interface PlanItem extends Bilingual {
  min: number;
}

/** The teacher's guide (story document `guide:`). Every `src` is checked like a paragraph's. */
export interface Guide {
  /** 2–4 learning objectives. */
  objectives: Bilingual[];
  /** High-school subjects it fits (公共, 情報Ⅰ, 地理総合), as suggestions. */
  subjects: Bilingual[];
  /** A 45-minute plan (minutes sum to 45) and a 15-minute one (sum 15). */
  plan45: PlanItem[];
  plan15: PlanItem[];
  /** Key terms, defined in the white paper's own wording, with the lines that define them. */
  vocabulary: { term: Bilingual; def: Bilingual; src: [number, number][] }[];
  /** Likely misconceptions and what the paper says instead. */
  misconceptions: (Bilingual & { src: [number, number][] })[];
}

export interface StorySpec {
  slug: string;
  /** Position on the home page. */
  order?: number;
  /** "published" stories get routes; "coming-soon" ones are listed on the home page only. */
  status: 'published' | 'coming-soon';
  /** First publication and last update, ISO dates (YYYY-MM-DD), shown under the headline. */
  published: string;
  updated: string;
  title: Bilingual;
  /** One-line summary. */
  dek: Bilingual;
  /** Small preview on the home page: a chart state of this story (or nothing for coming-soon). */
  preview?: ChartState;
  steps: StepSpec[];
  /** The closing "sources and method" paragraph. */
  method?: Bilingual;
  /** One or two discussion questions for secondary-school classes (present mode, handout). */
  questions?: Bilingual[];
  /** The teacher's guide; with it, ≥ 5 discussion questions in all (these plus the steps'). */
  guide?: Guide;
  /** Where the document lives (data/<slug>/story.yaml), for error messages. */
  file: string;
}
