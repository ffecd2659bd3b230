// Present mode (classroom slides): what the server adds to a ResolvedStory, and the pure rules for
// which slide a URL shows. One slide per story step, then a closing slide (QR code and sources).
import type { ResolvedStep, ResolvedStory } from './resolved';

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

export interface Presentation {
  story: PresentStory;
  /** Per step, in step order. */
  keyNumbers: KeyNumber[][];
  /** Per step: the story document's notes for the teacher (`teacher`), or null. */
  teacherNotes: (string | null)[];
  /** Discussion questions (already in the reader's language). */
  questions: string[];
  /** Absolute URL of the story page for students (what the QR code encodes). */
  storyUrl: string;
  /** The QR code of `storyUrl` as an SVG string (generated at build time). */
  qrSvg: string;
  /** Full citation of the white paper. */
  citation: string;
  /** Every source the story uses, once, figure IDs in the reader's language. */
  sources: { figure: string; note: string }[];
  /** Per step: its chart's sources (figure IDs in the reader's language). */
  stepSources: { figure: string; note: string }[][];
}

/** Slides: one per step plus the closing slide. */
export const slideCount = (steps: number) => steps + 1;

export const clampSlide = (i: number, total: number) => Math.min(Math.max(0, Math.trunc(i) || 0), total - 1);

/** `#slide-3` → 2; `#step-<id>` (a deep link from the story page) → that step; otherwise 0. */
export function slideFromHash(hash: string, stepIds: string[]): number {
  const total = slideCount(stepIds.length);
  const m = /^#slide-(\d+)$/.exec(hash);
  if (m) return clampSlide(Number(m[1]) - 1, total);
  const step = /^#step-(.+)$/.exec(hash);
  if (step) return Math.max(0, stepIds.indexOf(decodeURIComponent(step[1])));
  return 0;
}

export const hashOf = (i: number) => `#slide-${i + 1}`;
