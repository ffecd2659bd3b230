// How chart marks and texts are painted (fill, stroke, type), by class, written once as data. The
// page gets these rules as CSS (palette-css.ts → `virtual:palette.css`: colours through the palette's
// custom properties, so they follow light, dark and the deck). The standalone SVG gets them as
// presentation attributes with the light values (`paint` in figure-paint.ts, asked by every layer),
// so a file renders the same outside a browser with no stylesheet. No imports: vite.config.ts loads it.

export interface PaintRule {
  /** Class of an ancestor (the layer's group), as in `.dumbbell .link`. */
  within?: string;
  /** Element name, as in `text.year-gap`. */
  tag?: string;
  /** Classes the element has, all of them. */
  is: string[];
  /** CSS declarations; colours as var(--role) of palette-values.ts. */
  style: Record<string, string>;
}

const r = (is: string, style: Record<string, string>, within?: string, tag?: string): PaintRule => ({ is: is ? is.split('.') : [], style, within, tag });
/** The same property for each colour class of the series order and the fixed roles. */
const tones = (cls: string, prop: string, names: string[], within?: string) =>
  names.map((t) => r(`${cls}.${t}`, { [prop]: `var(--${toneRole(t)})` }, within));

/** The palette role of a colour class (series s4 is drawn in the soft text colour). */
export const toneRole = (tone: string) => (tone === 's4' ? 'fg-soft' : tone);

// Order matters only between rules of equal specificity (the later wins, as in CSS). Chart texts are
// sized in em of the drawing's text size (DrawSize.font, on its <svg>); the map's, of its own drawing, in px.
export const CHART_PAINT: PaintRule[] = [
  ...tones('mark', 'fill', ['s0', 's1', 's2', 's3', 's4', 'neg', 'pos', 'japan', 'muted']),
  r('line', { fill: 'none', 'stroke-width': '2.5', 'stroke-linejoin': 'round' }),
  ...tones('line', 'stroke', ['s0', 's1', 's2', 's3', 'japan']),
  r('line.overlay', { stroke: 'var(--overlay)', 'stroke-width': '2' }),
  r('line.muted', { stroke: 'var(--muted)' }),
  ...tones('dot', 'fill', ['s0', 's1', 's2', 's3', 'japan', 's4', 'overlay']),
  r('grid', { stroke: 'var(--rule)' }),
  r('zero', { stroke: 'var(--fg-soft)', 'stroke-width': '1' }),
  // two strokes across the baseline where the drawn years skip (2024, then 2030)
  r('year-gap', { fill: 'none', stroke: 'var(--fg-soft)', 'stroke-width': '1.5' }),
  r('year-gap', { fill: 'var(--fg-soft)', stroke: 'none' }, undefined, 'text'),
  r('tick', { fill: 'var(--fg-soft)' }),
  r('unit', { fill: 'var(--fg-soft)' }),
  r('category', { fill: 'var(--fg)' }),
  r('category.muted', { fill: 'var(--fg-soft)' }),
  r('value-label', { fill: 'var(--fg)', 'font-weight': '700', 'font-variant-numeric': 'tabular-nums' }),
  r('value-label.inside', { fill: '#fff' }),
  r('annotation', { fill: 'var(--fg)', 'font-weight': '700' }),
  r('leader', { stroke: 'var(--fg-soft)' }),
  r('approx', { 'fill-opacity': '0.75' }),

  // Timeline
  r('strip', { fill: 'var(--rule)', 'fill-opacity': '0.35' }, 'timeline'),
  r('strip-heading', { fill: 'var(--fg-soft)', 'font-weight': '700' }, 'timeline'),
  r('tick-mark', { stroke: 'var(--fg-soft)' }, 'timeline'),
  r('span', { stroke: 'var(--fg-soft)', 'stroke-width': '1.5' }, 'timeline'),
  r('dot-mark', { stroke: 'var(--bg)', 'stroke-width': '1' }, 'timeline'),
  r('dot-mark.muted', { stroke: 'var(--fg-soft)', 'stroke-width': '0.75' }, 'timeline'),
  r('name', { 'font-size': '0.95455em', 'font-weight': '700', fill: 'var(--fg)' }, 'timeline'),
  r('name.muted', { 'font-weight': '400' }, 'timeline'),

  // Dumbbell / dot plot
  r('link', { fill: 'var(--fg-soft)' }, 'dumbbell'),
  r('link.muted', { fill: 'var(--muted)' }, 'dumbbell'),
  r('heading', { 'font-weight': '700', fill: 'var(--fg-soft)' }, 'dumbbell'),
  r('dot-mark', { stroke: 'var(--bg)', 'stroke-width': '1' }, 'dumbbell'),
  r('dot-mark.approx', { 'fill-opacity': '0.3', 'stroke-width': '1.5', 'stroke-dasharray': '2 1.5' }, 'dumbbell'),
  ...tones('dot-mark.approx', 'stroke', ['s0', 's1'], 'dumbbell'),
  r('approx-halo', { 'fill-opacity': '0.14' }, 'dumbbell'),
  ...tones('approx-halo', 'fill', ['s0', 's1'], 'dumbbell'),
  r('dot-mark.forecast', { 'fill-opacity': '0.35', stroke: 'var(--fg)', 'stroke-dasharray': '2 2' }, 'dumbbell'),

  // Forecast cells over columns or bars
  r('forecast-cell', { fill: 'var(--bg)', 'fill-opacity': '0.55', stroke: 'var(--fg)', 'stroke-width': '1.5', 'stroke-dasharray': '5 3' }, 'forecasts'),
  r('forecast-label', { fill: 'var(--fg-soft)', 'font-weight': '700' }, 'forecasts'),

  // Locator map: sea, land, inset, markers by place group (g0 = first group, e.g. region A)
  r('sea', { fill: 'var(--sea)' }, 'locator-map'),
  r('inset-frame', { fill: 'var(--sea)', stroke: 'var(--fg-soft)', 'stroke-width': '0.6' }, 'locator-map'),
  r('land', { fill: 'var(--land)', stroke: 'var(--fg-soft)', 'stroke-width': '0.6', 'stroke-linejoin': 'round' }, 'locator-map'),
  r('inset-box', { fill: 'none', stroke: 'var(--fg)', 'stroke-width': '1.2' }, 'locator-map'),
  r('place', { stroke: 'var(--bg)', 'stroke-width': '1', 'fill-opacity': '0.85' }, 'locator-map'),
  r('place.g0', { fill: 'var(--s1)' }, 'locator-map'),
  r('place.g1', { fill: 'var(--s0)' }, 'locator-map'),
  r('place.g2', { fill: 'var(--s2)' }, 'locator-map'),
  r('place.locator', { 'fill-opacity': '0.25', 'stroke-width': '1.2' }, 'locator-map'),
  r('place.locator.g2', { stroke: 'var(--s2)' }, 'locator-map'),
  r('place.muted', { fill: 'var(--muted)', 'fill-opacity': '0.9' }, 'locator-map'),
  r('place.locator.muted', { stroke: 'var(--muted)', 'fill-opacity': '0.2' }, 'locator-map'),
  r('', { fill: 'var(--fg)', 'paint-order': 'stroke', stroke: 'var(--land)', 'stroke-width': '3px', 'stroke-linejoin': 'round' }, 'locator-map', 'text'),
  r('place-label', { 'font-size': '10.5px', 'font-weight': '600' }, 'locator-map'),
  r('place-label.muted', { fill: 'var(--fg-soft)', 'font-weight': '400' }, 'locator-map'),
  r('legend-label', { 'font-size': '11px', 'font-weight': '700', stroke: 'var(--sea)' }, 'locator-map'),
  r('legend-sub', { 'font-size': '9.5px', stroke: 'var(--sea)' }, 'locator-map'),
  r('pooled', { 'font-weight': '400' }, 'locator-map'),
  r('attribution', { 'font-size': '8.5px', fill: 'var(--fg-soft)' }, 'locator-map'),
  r('callout', { 'font-size': '10px', stroke: 'var(--sea)' }, 'locator-map'),
  r('callout-bar', { fill: 'var(--s1)' }, 'locator-map')
];

/** The rule's CSS selector, e.g. `.dumbbell .dot-mark.approx`. */
export const selectorOf = (p: PaintRule) => (p.within ? `.${p.within} ` : '') + (p.tag ?? '') + p.is.map((c) => `.${c}`).join('');
/** CSS specificity as one number (classes, then element names). */
export const specificityOf = (p: PaintRule) => (p.is.length + (p.within ? 1 : 0)) * 10 + (p.tag ? 1 : 0);
