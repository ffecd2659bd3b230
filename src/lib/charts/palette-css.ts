// The page's palette and chart paint as CSS, written from palette-values.ts and chart-paint.ts (the
// Vite plugin in vite.config.ts serves it as `virtual:palette.css`, imported by the root layout).
// Each role is ONE custom property, `light-dark(light, dark)`, and `color-scheme` picks the value:
// the reader's setting by default, forced by `data-theme` (embeds: light unless asked; the deck:
// light unless the teacher picks dark), light on paper. For browsers without light-dark() (Safari
// before 17.5) the build's CSS minifier (lightningcss) rewrites it into custom-property toggles
// set wherever color-scheme is; those resolve where a property is declared, not where it is used,
// so the properties are declared on the deck too (its scheme is not the page's).
import { FONT, PALETTE, PROJECTOR, type Role } from './palette-values';
import { CHART_PAINT, selectorOf, toneRole } from './chart-paint';

const block = (sel: string, decls: [string, string][]) => `${sel}{${decls.map(([k, v]) => `${k}:${v}`).join(';')}}`;
const props = (roles: Partial<Record<Role, readonly [string, string]>>, pick: (v: readonly [string, string]) => string) =>
  Object.entries(roles).map(([role, v]) => [`--${role}`, pick(v!)] as [string, string]);
const both = (v: readonly [string, string]) => `light-dark(${v[0]},${v[1]})`;
// Colour classes of legend swatches (HTML) as of marks (SVG); slide legends also key the sign
// colours and the grey of what a highlight leaves out (colourKey in legend.ts).
const TONES = ['s0', 's1', 's2', 's3', 's4', 'japan', 'overlay', 'pos', 'neg', 'muted'];

export function paletteCss(): string {
  return [
    block(':root', [['color-scheme', 'light dark'], ['--font', FONT]]),
    block(':root,.deck', props(PALETTE, both)),
    block(":root[data-theme~='light']", [['color-scheme', 'light']]),
    block(":root[data-theme~='dark']", [['color-scheme', 'dark']]),
    block('.deck', props(PROJECTOR, both)),
    block(".deck[data-theme='light']", [['color-scheme', 'light']]),
    block(".deck[data-theme='dark']", [['color-scheme', 'dark']]),
    `@media print{${block(":root,:root[data-theme]", [['color-scheme', 'light']])}}`,
    ...TONES.map((t) => block(`.swatch.${t}`, [['background', `var(--${toneRole(t)})`]])),
    ...CHART_PAINT.map((p) => block(selectorOf(p), Object.entries(p.style)))
  ].join('\n');
}
