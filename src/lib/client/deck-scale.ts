// Slide text size: scaled to the projector, enlarged by browser zoom (Ctrl/⌘ +) and by the deck's
// own A−/A+ buttons. CSS breakpoints alone cancel browser zoom (the CSS viewport shrinks as the
// zoom grows), so the scale is computed from the viewport as it was before zooming.
const DPR_KEY = 'deck-dpr';
const STEP_KEY = 'deck-text-step';
const MIN_STEP = -3;
const MAX_STEP = 4;

/** Scale of slide type against an XGA (1024 × 768) projector, before the user's own factors. */
export const fitScale = (width: number, height: number) => Math.min(width / 1024, height / 768);

/** `--k` (the chart's scale) and the deck's font size in CSS px for a given scale. */
export const deckSizes = (s: number) => ({ k: Math.max(1, 1.4 * s), font: Math.max(15, 17 * s) });

// Storage can be blocked (privacy settings, some file:// pages): the deck then just forgets.
const read = (s: () => Storage, key: string) => {
  try {
    return Number(s().getItem(key));
  } catch {
    return 0;
  }
};
const write = (s: () => Storage, key: string, v: number) => {
  try {
    s().setItem(key, String(v));
  } catch {
    /* not kept */
  }
};

export function startScale(deck: HTMLElement): (delta: number) => void {
  // The first device pixel ratio this tab saw is taken as 100 % zoom.
  const stored = read(() => sessionStorage, DPR_KEY);
  const dpr0 = stored > 0 ? stored : devicePixelRatio;
  write(() => sessionStorage, DPR_KEY, dpr0);
  let step = Math.min(MAX_STEP, Math.max(MIN_STEP, read(() => localStorage, STEP_KEY) || 0));

  function apply() {
    const zoom = devicePixelRatio / dpr0;
    const { k, font } = deckSizes(fitScale(innerWidth * zoom, innerHeight * zoom) * 1.15 ** step);
    deck.style.setProperty('--k', k.toFixed(3));
    deck.style.fontSize = `${font.toFixed(2)}px`;
    deck.dataset.textStep = String(step);
  }
  apply();
  addEventListener('resize', apply);
  return (delta) => {
    step = Math.min(MAX_STEP, Math.max(MIN_STEP, step + delta));
    write(() => localStorage, STEP_KEY, step);
    apply();
  };
}
