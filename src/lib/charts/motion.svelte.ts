// Keyed D3 transitions for Svelte-rendered marks. The server renders the target state directly;
// in the browser a d3 transition tweens every mark from where it is to where the new state puts it.
// Starting a new transition interrupts the running one, so a fast scroll never leaves marks
// between states: the last state asked for always wins. Reduced motion → duration 0.
import { select, interpolate, easeCubicInOut } from 'd3';
import { untrack } from 'svelte';

export const DURATION = 650;

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

type GeoMap<G> = Record<string, G>;

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

let counter = 0;

export function tweenKeyed<G extends object>(target: () => GeoMap<G>, opts: TweenOptions<G>) {
  let current = $state<GeoMap<G>>(untrack(target));
  let lastKey = untrack(opts.animateKey);
  const name = `tween-${counter++}`;
  let node: Element | undefined;

  $effect(() => {
    const to = target();
    const key = opts.animateKey();
    const animate = opts.animate() && key !== lastKey && !prefersReducedMotion();
    lastKey = key;
    node ??= document.createElementNS('http://www.w3.org/2000/svg', 'g');
    const sel = select(node);
    sel.interrupt(name);
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
    const i = interpolate(a, b) as (t: number) => GeoMap<G>;
    sel
      .transition(name)
      .duration(DURATION)
      .ease(easeCubicInOut)
      .tween('marks', () => (t: number) => {
        current = t >= 1 ? to : i(t);
      });
  });

  return {
    get value() {
      return current;
    }
  };
}
