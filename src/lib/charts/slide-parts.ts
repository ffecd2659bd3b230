// A chart whose rows need more than one slide (kind.slideParts): its categories in the source's
// order, split into consecutive runs, one chart per slide, each on the whole chart's value scale
// (the same domain) with the same legend and source line. Nothing is dropped or merged: the parts'
// rows are the chart's rows.
import type { ResolvedChart } from '../model/resolved';
import { kindOf } from './kinds';
import { SLIDE_SIZE } from './sizes';

/** The chart as slides show it: itself, or its parts titled by `title(part, parts)` (1-based) and
 *  identified `<chart id>/<part>`. `others`: the same chart in the other languages, split alike
 *  so that every language's deck has the same slides (the language switch keeps #slide-N). */
export function slideParts(chart: ResolvedChart, title: (part: number, parts: number) => string, others: ResolvedChart[] = []): ResolvedChart[] {
  const parts = Math.max(...[chart, ...others].map((c) => kindOf(c).slideParts?.(c, SLIDE_SIZE) ?? 1));
  if (parts <= 1) return [chart];
  const per = Math.ceil(chart.xs.length / parts);
  return Array.from({ length: parts }, (_, p) => {
    const xs = chart.xs.slice(p * per, (p + 1) * per);
    const keys = new Set(xs.map((d) => d.key));
    return {
      ...chart,
      id: `${chart.id}/${p + 1}`,
      title: title(p + 1, parts),
      xs,
      rows: chart.rows.filter((r) => keys.has(r.x)),
      overlay: chart.overlay && { ...chart.overlay, rows: chart.overlay.rows.filter((r) => keys.has(r.x)) },
      annotations: chart.annotations.filter((a) => keys.has(a.x)),
      whole: { xs: chart.xs, rows: chart.rows }
    };
  });
}
