// Transition timing shared by the Svelte chart tweens (motion.svelte.ts) and the story page's
// server-SVG morph (live-chart.ts); a plain module, so the story page does not load the former.
export const DURATION = 650;

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}
