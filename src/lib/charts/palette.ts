// What a mark's colour means, in every chart (DESIGN.md, "Palette"): Japan is always the `japan`
// colour; otherwise a series has its place in the series order (s0…s4), and a lone series is coloured
// by sign (pos/neg). "Highlight" never picks a colour: it mutes everything it does not name.
import type { ResolvedChart } from '../model/resolved';

/** A label that names Japan itself (日本, Japan), not something Japanese ("Japan AI-systems market"). */
export const isJapan = (label: string | undefined) => !!label && /^(日本|Japan)$/.test(label.trim());

/** Colour class of series i: `japan` when the series is Japan, else its place in the order. */
export function seriesTone(chart: ResolvedChart, i: number): string {
  return isJapan(chart.series[i]?.label) ? 'japan' : `s${i}`;
}

/** Colour class of one column or bar. With one series, a Japan category is Japan's colour; with
 *  several, the colour tells the series apart and Japan's row is named by its bold label instead. */
export function rectTone(chart: ResolvedChart, m: { seriesIndex: number; x: string; negative: boolean }): string {
  if (chart.series.length > 1 || chart.overlay) return seriesTone(chart, m.seriesIndex);
  const x = chart.xs.find((c) => c.key === m.x);
  if (isJapan(chart.series[0]?.label) || isJapan(x?.label)) return 'japan';
  return m.negative ? 'neg' : 'pos';
}
