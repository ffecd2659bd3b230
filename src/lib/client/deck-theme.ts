// Light or dark slides, chosen with a visible button (light → dark → as the computer). Light by
// default: a laptop in dark mode should not turn the projected slides dark unless asked.
const KEY = 'deck-theme';
const MODES = ['light', 'dark', 'auto'] as const;
type Mode = (typeof MODES)[number];

export function startTheme(deck: HTMLElement, button: HTMLButtonElement) {
  const dark = matchMedia('(prefers-color-scheme: dark)');
  let mode: Mode = 'light';
  try {
    const saved = localStorage.getItem(KEY) as Mode;
    if (MODES.includes(saved)) mode = saved;
  } catch {
    /* storage blocked: light */
  }
  const apply = () => {
    deck.dataset.theme = mode === 'auto' ? (dark.matches ? 'dark' : 'light') : mode;
    button.textContent = button.dataset[mode] ?? mode;
  };
  button.addEventListener('click', () => {
    mode = MODES[(MODES.indexOf(mode) + 1) % MODES.length];
    try {
      localStorage.setItem(KEY, mode);
    } catch {
      /* not kept */
    }
    apply();
  });
  dark.addEventListener('change', apply);
  apply();
}
