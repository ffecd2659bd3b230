// The legend of a chart state, shared by the page figure and the standalone SVG: only with two or
// more series or a line over the marks; a series' swatch is a line or a square as its kind draws it.
// Slides (colourKey) say what every colour means, since the paragraph that explains it is not shown.
import type { ResolvedChart } from '../model/resolved';
import { kindOf } from './kinds';
import { isMuted } from './geometry';
import { isJapan, rectTone, seriesTone } from './palette';

export interface LegendEntry {
  key: string;
  label: string;
  /** Colour class: s0…s4, japan, overlay, and on slides pos, neg or muted. */
  cls: string;
  line: boolean;
}

export function legendOf(chart: ResolvedChart): LegendEntry[] {
  const kind = kindOf(chart);
  if (!kind.drawn || (chart.series.length < 2 && !chart.overlay)) return [];
  return [
    ...chart.series.map((s, i) => ({ ...s, cls: seriesTone(chart, i), line: kind.swatch === 'line' })),
    ...(chart.overlay ? [{ ...chart.overlay.series, cls: 'overlay', line: true }] : [])
  ];
}

/** Words of the slide legend, in the slide's language (messages/*.json). */
export interface KeyWords {
  japan: string;
  notJapan: string;
  /** The marks a highlight names, when their names are too long to list. */
  focus: string;
  others: string;
  positive: string;
  negative: string;
}

/** Longest list of highlighted names the key spells out (else it says `focus`). */
const NAMES_MAX = { ja: 24, en: 40 } as const;

/** Colour classes of the marks a chart state draws: series by place, Japan, sign, muted. A locator
 *  map carries its own key in the drawing; words-only charts have none. */
function tones(chart: ResolvedChart): Set<string> {
  const kind = kindOf(chart);
  const out = new Set<string>();
  if (!kind.drawn || kind.drawing === 'map') return out;
  const seriesIndex = (r: { series: string }) => chart.series.findIndex((s) => s.key === r.series);
  for (const r of chart.rows) {
    if (isMuted(chart, r)) out.add('muted');
    else if (kind.drawing === 'timeline') out.add('s0');
    else if (kind.rects) out.add(rectTone(chart, { seriesIndex: seriesIndex(r), x: r.x, negative: r.value < 0 }));
    else out.add(seriesTone(chart, seriesIndex(r)));
  }
  return out;
}

/** A slide's legend: every colour the chart uses with what it means. Series (a series the highlight
 *  leaves out keyed grey); Japan's colour; with a highlight, the colour of what it picks out (its
 *  names when short) and the grey of the rest; the sign colours of a lone series. A lone series in
 *  one plain colour needs no key. */
export function colourKey(chart: ResolvedChart, w: KeyWords): LegendEntry[] {
  const series = legendOf(chart).map((e) =>
    chart.highlight?.series && e.cls !== 'overlay' && !chart.highlight.series.includes(e.key) ? { ...e, cls: 'muted' } : e
  );
  if (series.length) return series;
  const used = tones(chart);
  const line = kindOf(chart).swatch === 'line';
  const entry = (cls: string, label: string): LegendEntry => ({ key: `key-${cls}`, label, cls, line });
  const named = (chart.highlight?.x ?? []).map((k) => chart.xs.find((d) => d.key === k)?.label ?? k).filter((l) => !isJapan(l));
  const list = named.join(chart.locale === 'ja' ? '、' : ', ');
  const focus = named.length && list.length <= NAMES_MAX[chart.locale] ? list : w.focus;
  const muted = used.has('muted');
  const out: LegendEntry[] = [];
  // A series named Japan is Japan's colour throughout: with a highlight, it keys what is picked out.
  if (used.has('japan')) out.push(entry('japan', muted && isJapan(chart.series[0]?.label) ? focus : w.japan));
  // Highlighted marks of both signs are keyed by sign, of one colour by what the highlight names.
  const bySign = used.has('neg') && (!muted || used.has('pos'));
  for (const c of ['pos', 'neg', 's0'].filter((t) => used.has(t))) {
    if (bySign) out.push(entry(c, c === 'neg' ? w.negative : w.positive));
    else if (muted) out.push(entry(c, focus));
    else if (used.has('japan')) out.push(entry(c, w.notJapan));
  }
  if (muted && out.length) out.push(entry('muted', w.others));
  return out;
}
