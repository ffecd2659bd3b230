// A chart state as a standalone SVG file (FigureSvg.svelte), wide or narrow.
import { render } from 'svelte/server';
import Chart from '$lib/charts/Chart.svelte';
import { paintContext } from '$lib/charts/paint';
import { drawSize, SVG_SIZES, type DrawSize, type SvgVariant } from '$lib/charts/sizes';
import type { ResolvedChart } from '$lib/model/resolved';
import FigureSvg from './FigureSvg.svelte';

/** The chart drawn by the page's Chart component with the light palette as attributes: the inside
 *  of its <svg> (without classes, which a page the file is pasted into could style), and the scale
 *  from its own viewBox (a map draws at its own size) to the file's drawing width. */
function drawing(chart: ResolvedChart, size: DrawSize) {
  const drawn = render(Chart, { props: { chart, size }, context: paintContext('light') }).body.replace(/<!--[\s\S]*?-->/g, '');
  const m = /<svg([^>]*)>([\s\S]*)<\/svg>/.exec(drawn);
  if (!m) throw new Error(`chart-svg: no <svg> in the rendered chart ${chart.id}`);
  const vb = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(m[1]);
  const scale = vb ? size.width / Number(vb[1]) : 1;
  // the drawing's text size (written on its <svg>: DrawSize.font, a map's own) goes on the group that holds it
  const font = Number(/\sfont-size="([\d.]+)"/.exec(m[1])?.[1] ?? size.font);
  return { markup: m[2].replace(/\sclass="[^"]*"/g, ''), width: size.width, height: vb ? Number(vb[2]) : size.height, scale, font };
}

/** Standalone SVG document for a chart state. `credit` is printed last (who made it, where it lives). */
export function chartSvg(chart: ResolvedChart, credit: string, variant: SvgVariant = 'wide'): string {
  const props = { chart, credit, variant, drawing: drawing(chart, drawSize(chart, SVG_SIZES[variant])) };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(FigureSvg, { props }).body.replace(/<!--[\s\S]*?-->/g, '')}\n`;
}
