// Keyed D3 transitions for Svelte-rendered marks. The server renders the target state directly;
// in the browser d3-timer drives d3-interpolate with d3-ease (the engine under d3-transition,
// without d3-selection, which Svelte already replaces) to move every mark from where it is to
// where the new state puts it. A new state stops the running transition, so a fast scroll never
// leaves marks between states: the last state asked for always wins. Reduced motion → no tween.
import { interpolateNumber, easeCubicInOut, timer, type Timer } from 'd3';
import { untrack } from 'svelte';
import type { ResolvedChart } from '../engine/resolved';
import type { Geo, RectMark } from './geometry';

import { DURATION, prefersReducedMotion } from './timing';

export { DURATION, prefersReducedMotion };

type GeoMap<G> = Record<string, G>;

/** Interpolate nested objects/arrays of numbers (mark geometry) with d3's number interpolator.
 *  Narrower than d3.interpolate, which also parses colours and dates we never tween. */
export function interpolateGeo(a: unknown, b: unknown): (t: number) => unknown {
  if (typeof b === 'number') return interpolateNumber(typeof a === 'number' ? a : b, b);
  if (Array.isArray(b)) {
    const parts = b.map((v, k) => interpolateGeo(Array.isArray(a) ? a[k] : undefined, v));
    return (t) => parts.map((f) => f(t));
  }
  if (b && typeof b === 'object') {
    const src = (a ?? {}) as Record<string, unknown>;
    const parts = Object.entries(b).map(([k, v]) => [k, interpolateGeo(src[k], v)] as const);
    return (t) => Object.fromEntries(parts.map(([k, f]) => [k, f(t)]));
  }
  return () => b;
}

export interface TweenOptions<G> {
  /** Where an entering mark starts (e.g. zero height on the baseline). */
  enter: (to: G) => G;
  /** Where a leaving mark ends (e.g. faded out). */
  exit: (from: G) => G;
  /** Changes of this key animate; other changes (a resize) apply at once. */
  animateKey: () => string;
  /** false for static renderers (print, per-step no-JS charts). */
  animate: () => boolean;
}

export function tweenKeyed<G extends object>(target: () => GeoMap<G>, opts: TweenOptions<G>) {
  let current = $state<GeoMap<G>>(untrack(target));
  let lastKey = untrack(opts.animateKey);
  let running: Timer | undefined;

  $effect(() => {
    const to = target();
    const key = opts.animateKey();
    const animate = opts.animate() && key !== lastKey && !prefersReducedMotion();
    lastKey = key;
    running?.stop();
    if (!animate) {
      current = to;
      return;
    }
    const from = untrack(() => $state.snapshot(current)) as GeoMap<G>;
    const a: GeoMap<G> = {};
    const b: GeoMap<G> = {};
    for (const k of new Set([...Object.keys(from), ...Object.keys(to)])) {
      a[k] = from[k] ?? opts.enter(to[k]);
      b[k] = to[k] ?? opts.exit(from[k]);
    }
    const i = interpolateGeo(a, b) as (t: number) => GeoMap<G>;
    running = timer((elapsed) => {
      if (elapsed >= DURATION) {
        running?.stop();
        current = to;
      } else current = i(easeCubicInOut(elapsed / DURATION));
    });
  });

  return {
    get value() {
      return current;
    }
  };
}

/** Rect marks (columns, bars, forecast outlines): enter growing from the value baseline, leave fading out. */
export function tweenRects(chart: () => ResolvedChart, marks: () => RectMark[], base: () => number, animate: () => boolean) {
  return tweenKeyed<Geo>(() => Object.fromEntries(marks().map((m) => [m.key, m.geo])), {
    enter: (g) => (chart().kind === 'bars' ? { ...g, x: base(), w: 0, lo: 0 } : { ...g, y: base(), h: 0, lo: 0 }),
    exit: (g) => ({ ...g, o: 0, lo: 0 }),
    animateKey: () => chart().id,
    animate
  });
}
