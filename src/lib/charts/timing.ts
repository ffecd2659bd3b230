// Transition timing of the chart morph (client/morph.ts), shared by story pages and slides.
export const DURATION = 650;

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}
