// Presentation attributes for a chart element, for pictures that carry no stylesheet (the standalone
// SVG and PNG). Every layer asks `paint(tag, classes)` for each element it draws; on the page the
// answer is empty (the page's CSS paints, following the reader's scheme), inside a figure file it is
// the chart paint rules (chart-paint.ts) with one scheme's colours written in.
import { getContext } from 'svelte';
import { CHART_PAINT, specificityOf } from './chart-paint';
import { colours, type Scheme } from './palette-values';

export type Attributes = Record<string, string>;
export type Paint = (tag: string, classes: string) => Attributes;

const KEY = Symbol('chart-paint');
const NONE: Attributes = {};
// SVG properties that are also presentation attributes (what renderers without CSS read).
const PRESENTATION = new Set(['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'fill-opacity', 'font-size', 'font-weight', 'paint-order']);
// Rules by specificity, then table order: the CSS cascade for these selectors.
const CASCADE = CHART_PAINT.map((p, i) => [p, i] as const).sort(([a, i], [b, j]) => specificityOf(a) - specificityOf(b) || i - j).map(([p]) => p);

/** The attributes the paint rules give an element with these classes inside a layer `within`. */
export function paintAttributes(scheme: Scheme, tag: string, classes: string, within?: string): Attributes {
  const has = new Set(classes.split(/\s+/).filter(Boolean));
  const c = colours(scheme) as Record<string, string>;
  const out: Attributes = {};
  for (const p of CASCADE)
    if ((!p.within || p.within === within) && (!p.tag || p.tag === tag) && p.is.every((k) => has.has(k)))
      for (const [k, v] of Object.entries(p.style))
        if (PRESENTATION.has(k))
          out[k] = v.replace(/var\(--([\w-]+)\)/g, (_, role) => c[role] ?? (() => { throw new Error(`paint: no colour role ${role}`); })()).replace(/px$/, '');
  return out;
}

/** Render context of a figure file: paint the chart with this scheme's colours. */
export const paintContext = (scheme: Scheme) => new Map<symbol, Scheme>([[KEY, scheme]]);

/** A layer's painter; `within` is the class of the layer's group (rules like `.dumbbell .link`). */
export function usePaint(within?: string): Paint {
  const scheme = getContext<Scheme | undefined>(KEY);
  return scheme ? (tag, classes) => paintAttributes(scheme, tag, classes, within) : () => NONE;
}
