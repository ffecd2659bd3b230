// The palette's values, the one place they are written (DESIGN.md, "Palette"). The page gets them as
// CSS custom properties (palette-css.ts, through `virtual:palette.css`), the standalone SVG and PNG
// as presentation attributes (light values: the files go onto other people's light pages), share
// cards as fills. No imports: vite.config.ts loads this file to write the CSS.

/** Every colour role: [light, dark]. Text keeps ≥ 4.5:1 on its background, marks ≥ 3:1, in both. */
export const PALETTE = {
  bg: ['#ffffff', '#111418'],
  fg: ['#1a1d21', '#e8ebef'],
  'fg-soft': ['#4a5360', '#aab3bf'],
  card: ['#ffffff', '#1b2027'],
  'card-border': ['#d5dae1', '#343c47'],
  rule: ['#e3e6ea', '#2c333d'],
  link: ['#0b5cad', '#7fb8ff'],
  focus: ['#c2410c', '#ffb070'],
  s0: ['#1f6fb2', '#5aa7e8'],
  s1: ['#c2570c', '#f08a3c'],
  s2: ['#7b3fa0', '#c08ae6'],
  s3: ['#2a7a4b', '#5cc48a'],
  neg: ['#c0392b', '#ff7b6b'],
  pos: ['#1f7a56', '#4fd1a0'],
  /** Japan, in every chart (palette.ts) */
  japan: ['#b0216f', '#f27bc0'],
  /** What a highlight does not name: still data, so ≥ 3:1 */
  muted: ['#8a94a0', '#68717d'],
  overlay: ['#1a1d21', '#f2f4f7'],
  /** The locator map's sea and land */
  sea: ['#e8f1f8', '#16232f'],
  land: ['#f4f1ea', '#2a3038']
} as const satisfies Record<string, readonly [string, string]>;

export type Role = keyof typeof PALETTE;

/** The slide deck on a projector, which washes greys out: darker soft text and muted marks in
 *  light, a lighter soft text in dark; every other role as on the page. */
export const PROJECTOR = {
  'fg-soft': ['#39414c', '#c9d0d9'],
  muted: ['#8a929d', '#7b8491']
} as const satisfies Partial<Record<Role, readonly [string, string]>>;

export const FONT = "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', 'Noto Sans JP', 'BIZ UDPGothic', Meiryo, system-ui, sans-serif";

export type Scheme = 'light' | 'dark';
/** One scheme's colours, e.g. light.s0 = '#1f6fb2' (projector: the deck's). */
export function colours(scheme: Scheme, projector = false): Record<Role, string> {
  const i = scheme === 'light' ? 0 : 1;
  const over: Partial<Record<Role, readonly [string, string]>> = projector ? PROJECTOR : {};
  return Object.fromEntries(Object.entries(PALETTE).map(([role, v]) => [role, (over[role as Role] ?? v)[i]])) as Record<Role, string>;
}
