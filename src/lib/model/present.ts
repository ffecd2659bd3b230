// Present mode (classroom slides): what the server adds to a ResolvedStory, and the pure rules for
// which slide a URL shows. A title slide (title, dek, QR code), one chart slide per story step (two
// when its rows need them), the
// sources (one or more slides, so none has to scroll), then a closing slide (QR code, questions).
import type { ResolvedChart, ResolvedStep, ResolvedStory } from './resolved';

/** A number the teacher may want at hand, with the figure it comes from. */
export interface KeyNumber {
  label: string;
  value: string;
  /** Figure ID in the reader's language (図表Ⅰ-1-3-9 / Figure I-1-3-9). */
  figure: string;
  /** Seed line the value was read from. */
  line: number;
}

/** The story as slides get it: paragraph sources stay on the story page (slides do not show them,
 *  and their quotes would only add to the hydration data). */
export type PresentStory = Omit<ResolvedStory, 'steps'> & { steps: Omit<ResolvedStep, 'paragraphSources'>[] };

/** One chart slide: a step's chart, or one part of it when its rows need two slides
 *  (charts/slide-parts.ts); the step's text, key numbers and notes go with part 1. */
export interface ChartSlide {
  /** Index of the step in `story.steps`. */
  step: number;
  /** 1-based part, and how many slides the step's chart takes. */
  part: number;
  parts: number;
  chart: ResolvedChart;
}

export interface Presentation {
  story: PresentStory;
  /** The chart slides in order: one per step, two for a step whose chart is split. */
  chartSlides: ChartSlide[];
  /** Per step, in step order. */
  keyNumbers: KeyNumber[][];
  /** Per step: the story document's notes for the teacher (`teacher`), or null. */
  teacherNotes: (string | null)[];
  /** Per step: what the teacher asks or says on that slide (`prompt`), or null. */
  prompts: (string | null)[];
  /** Per step: the discussion question placed on that slide (`question`), or null. */
  stepQuestions: (string | null)[];
  /** The story's own discussion questions (already in the reader's language). */
  questions: string[];
  /** Absolute URL of the story page for students (what the QR code encodes). */
  storyUrl: string;
  /** The QR code of `storyUrl` as an SVG string (generated at build time). */
  qrSvg: string;
  /** Full citation of the white paper. */
  citation: string;
  /** Every source the story uses, once per source note with the figures drawn from it (figure IDs
   *  in the reader's language). */
  sources: SourceEntry[];
  /** The same, split into pages that fit one slide each. */
  sourcePages: SourceEntry[][];
  /** Per step: its chart's sources (figure IDs in the reader's language). */
  stepSources: { figure: string; note: string }[][];
}

export interface SourceEntry {
  figures: string[];
  note: string;
}

/** Sources grouped by note (one survey often feeds several figures), in first-use order. */
export function groupSources(sources: { figure: string; note: string }[]): SourceEntry[] {
  const byNote = new Map<string, SourceEntry>();
  for (const s of sources) {
    const e = byNote.get(s.note) ?? byNote.set(s.note, { figures: [], note: s.note }).get(s.note)!;
    if (!e.figures.includes(s.figure)) e.figures.push(s.figure);
  }
  return [...byNote.values()];
}

/** Splits sources into slide pages of at most `maxLines` lines of `perLine` characters (at least
 *  one entry each), so the list is read from the back row at full size instead of scrolling. */
export function pageSources(entries: SourceEntry[], perLine: number, maxLines: number): SourceEntry[][] {
  const pages: SourceEntry[][] = [[]];
  let used = 0;
  for (const e of entries) {
    const lines = Math.ceil((e.note.length + e.figures.join(', ').length + 2) / perLine);
    if (used + lines > maxLines && pages.at(-1)!.length) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(e);
    used += lines;
  }
  return pages;
}

/** `chart`: index into Presentation.chartSlides. */
export type SlideKind = { kind: 'title' } | { kind: 'chart'; chart: number } | { kind: 'sources'; page: number } | { kind: 'closing' };

/** Slides: title, the chart slides, the source pages, closing. */
export const slideCount = (chartSlides: number, sourcePages = 1) => chartSlides + sourcePages + 2;

export function slideKind(i: number, chartSlides: number, sourcePages = 1): SlideKind {
  if (i <= 0) return { kind: 'title' };
  if (i <= chartSlides) return { kind: 'chart', chart: i - 1 };
  if (i <= chartSlides + sourcePages) return { kind: 'sources', page: i - chartSlides - 1 };
  return { kind: 'closing' };
}

export const clampSlide = (i: number, total: number) => Math.min(Math.max(0, Math.trunc(i) || 0), total - 1);

/** `#slide-3` → 2; `#step-<id>` (a deep link from the story page) → that step's (first) slide;
 *  otherwise the title slide. `stepIds`: the step id of each chart slide. */
export function slideFromHash(hash: string, stepIds: string[], total: number): number {
  const m = /^#slide-(\d+)$/.exec(hash);
  if (m) return clampSlide(Number(m[1]) - 1, total);
  const step = /^#step-(.+)$/.exec(hash);
  if (step) return stepIds.indexOf(decodeURIComponent(step[1])) + 1;
  return 0;
}

export const hashOf = (i: number) => `#slide-${i + 1}`;
