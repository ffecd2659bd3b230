// Chart drawings for paper (handout, worksheet): drawn at the text column's width rather than the
// story's 320 × 256 drawing, which letterboxed into the page's wide, low box printed at a third of
// the column above a band of white. Kinds drawn in rows (bars, dumbbells) are as tall as their rows
// need; the others take the page's ratio. A map keeps its proportions inside the page's box (drawn
// full width it would fill half a page). Text is 11 units, as on every other surface.
import type { ResolvedChart } from '$lib/model/resolved';
import { drawSize, type DrawSize } from '$lib/charts/sizes';

const WIDTH = 720;
const FONT = 11;

/** The drawing size and the CSS aspect ratio of its box (--paper-aspect) for a page whose chart box is `ratio` (height / width). */
export function paperBox(chart: ResolvedChart, ratio: number): { size: DrawSize; aspect: string } {
  const page = { width: WIDTH, ratio, font: FONT };
  const rows = { width: WIDTH, ratio: 0, font: FONT };
  if (chart.map) return { size: drawSize(chart, page), aspect: `1 / ${ratio}` };
  const own = drawSize(chart, rows);
  const size = own.height > 0 ? own : drawSize(chart, page);
  return { size, aspect: `${size.width} / ${size.height}` };
}
