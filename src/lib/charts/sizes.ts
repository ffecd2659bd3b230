// Drawing sizes for server-rendered pictures that cannot re-measure in the browser (embed pages
// ship no framework JavaScript; standalone SVG files). A size carries its text size in drawing
// units (`font`): the label layouts are computed for it and Chart.svelte writes it on the <svg>,
// so each surface sets how large its chart text shows.
import type { ResolvedChart } from '../model/resolved';
import { kindOf } from './kinds';

export interface DrawSize {
  width: number;
  height: number;
  /** Chart text size in drawing units (the <svg>'s font-size). */
  font: number;
}

/** A surface's drawing: its width, its height over width, its text size. */
export interface SurfaceSize {
  width: number;
  ratio: number;
  font: number;
}

/** Narrow picture below this embed viewport width (px), wide picture from it on. */
export const EMBED_BREAKPOINT = 520;
export const EMBED_SIZES = { narrow: { width: 360, ratio: 1, font: 11 }, wide: { width: 600, ratio: 0.7, font: 11 } } as const;
/** The story page's drawing (Chart.svelte's default), drawn for phones: CSS scales it to the
 *  pinned chart's box (about 366 × 240 px on a 390 × 844 phone, wider than tall) or, on shorter
 *  phones, to the width of a step's own chart (about 290 px at 320), where its text shows at 12 px
 *  or more. Wide screens set the text smaller (app.css), never larger than this layout is for. */
export const STORY_SIZE = { width: 300, height: 190, font: 12.5 } as const;
/** A slide's chart drawing (the deck scales it, type and all, to the projector): at 1024×768 its
 *  box is about 585 px wide and 330–500 px high, which shows 11 px type at 2.5 % of the slide
 *  height from 330 px up. */
export const SLIDE_SIZE = { width: 330, height: 190, font: 11 } as const;
/** The tallest slide drawing whose 11-unit text still shows at 2.5 % of the slide height: the
 *  shortest slide chart box (about 360 px at 1024×768, under a two-line title and a legend) over
 *  19.2 px / 11. Rows that need more go on two slides (kind.slideParts, charts/slide-parts.ts). */
export const SLIDE_MAX_HEIGHT = 205;
/** The standalone SVG and PNG files (drawing size, margin, size of the texts around the chart):
 *  wide for desktop and print; narrow to be read as an `<img>` in a phone column (PHONE_COLUMN),
 *  where its 11 px chart text (`font`) shows at 12 px and more. */
export const SVG_SIZES = {
  wide: { width: 640, ratio: 0.75, font: 11, pad: 16, text: 11 },
  narrow: { width: 290, ratio: 1, font: 11, pad: 10, text: 12 }
} as const;
export type SvgVariant = keyof typeof SVG_SIZES;
export const SVG_VARIANTS = Object.keys(SVG_SIZES) as SvgVariant[];
/** A phone's article column: a 375 px screen less the margins. */
export const PHONE_COLUMN = 343;

/** Width × height for a chart at a drawing width; dumbbells grow to keep a row per category. */
export function drawSize(chart: ResolvedChart, s: SurfaceSize): DrawSize {
  // A map keeps the proportions of its own (build-time) drawing.
  if (chart.map) return { width: s.width, height: Math.round((s.width * chart.map.height) / chart.map.width), font: s.font };
  const height = Math.round(s.width * s.ratio);
  const least = kindOf(chart).minHeight?.(chart, s.font) ?? 0;
  return { width: s.width, height: Math.max(height, least), font: s.font };
}

/** The story page's drawing (the sticky chart and the chart beside each step without the script). */
export function storySize(chart: ResolvedChart): DrawSize {
  return { ...STORY_SIZE, height: Math.max(STORY_SIZE.height, kindOf(chart).minHeight?.(chart, STORY_SIZE.font) ?? 0) };
}

/** A slide's drawing size. Kinds drawn in rows (bars, dumbbells) are as tall as their rows need
 *  and no taller: spare height would only shrink the drawing into the slide's wide, short box. */
export function slideSize(chart: ResolvedChart): DrawSize {
  const kind = kindOf(chart);
  if (kind.slideMinHeight) return { ...SLIDE_SIZE, height: kind.slideMinHeight(chart, SLIDE_SIZE) };
  return { ...SLIDE_SIZE, height: Math.max(SLIDE_SIZE.height, kind.minHeight?.(chart, SLIDE_SIZE.font) ?? 0) };
}
