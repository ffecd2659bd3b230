// Drawing sizes for server-rendered pictures that cannot re-measure in the browser (embed pages
// ship no framework JavaScript; standalone SVG files). Text is 11 px at these sizes, so each picture
// is shown only over a range of widths where its text stays between about 9 and 15 px.
import type { ResolvedChart } from '../model/resolved';
import { kindOf } from './kinds';

export interface DrawSize {
  width: number;
  height: number;
}

/** Narrow picture below this embed viewport width (px), wide picture from it on. */
export const EMBED_BREAKPOINT = 520;
export const EMBED_SIZES = { narrow: { width: 360, ratio: 1 }, wide: { width: 600, ratio: 0.7 } } as const;
/** The story page's drawing (Chart.svelte's default): CSS scales it to the sticky box, about
 *  366 × 280 px on a 390 px phone, where 11 px type shows at about 12 px. */
export const STORY_SIZE = { width: 320, height: 256 } as const;
/** A slide's chart drawing (the deck scales it, type and all, to the projector): at 1024×768 its
 *  box is about 585 px wide and 330–500 px high, which shows 11 px type at 2.5 % of the slide
 *  height from 330 px up. */
export const SLIDE_SIZE = { width: 330, height: 190 } as const;
/** The standalone SVG file's chart area. */
export const SVG_SIZE = { width: 640, ratio: 0.75 } as const;

/** Width × height for a chart at a drawing width; dumbbells grow to keep a row per category. */
export function drawSize(chart: ResolvedChart, s: { width: number; ratio: number }): DrawSize {
  // A map keeps the proportions of its own (build-time) drawing.
  if (chart.map) return { width: s.width, height: Math.round((s.width * chart.map.height) / chart.map.width) };
  const height = Math.round(s.width * s.ratio);
  const least = kindOf(chart).minHeight?.(chart) ?? 0;
  return { width: s.width, height: Math.max(height, least) };
}

/** A slide's drawing size. Kinds drawn in rows (bars, dumbbells) are as tall as their rows need
 *  and no taller: spare height would only shrink the drawing into the slide's wide, short box. */
export function slideSize(chart: ResolvedChart): DrawSize {
  const kind = kindOf(chart);
  if (kind.slideMinHeight) return { width: SLIDE_SIZE.width, height: kind.slideMinHeight(chart, SLIDE_SIZE) };
  return { width: SLIDE_SIZE.width, height: Math.max(SLIDE_SIZE.height, kind.minHeight?.(chart) ?? 0) };
}
