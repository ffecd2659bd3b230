// The palette (src/lib/charts/palette-values.ts), page and projector, light and dark: muted marks —
// what a highlight does not name — stay visible at 3:1 against the page, card and slide backgrounds
// (WCAG 1.4.11), and Japan's colour is distinct from every other role. The CSS the page gets from it
// declares each role once (light-dark()).
import { describe, expect, it } from 'vitest';
import { contrast } from '../support/contrast';
import { colours, PALETTE } from '../../src/lib/charts/palette-values';
import { paletteCss } from '../../src/lib/charts/palette-css';

describe('page palette', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const p = colours(scheme);
    it(`${scheme}: muted marks and Japan reach 3:1 against the page and the cards`, () => {
      for (const role of ['muted', 'japan'] as const) for (const bg of ['bg', 'card'] as const) expect(contrast(p[role], p[bg]), `${role} on ${bg}`).toBeGreaterThanOrEqual(3);
    });
    it(`${scheme}: Japan's colour is none of the other roles`, () => {
      for (const role of ['s0', 's1', 's2', 's3', 'neg', 'pos', 'muted'] as const) expect(p.japan).not.toBe(p[role]);
    });
    it(`${scheme} slides: muted marks reach 3:1 against the slide background`, () => {
      const d = colours(scheme, true);
      expect(d.muted).not.toBe(p.muted);
      expect(contrast(d.muted, d.bg)).toBeGreaterThanOrEqual(3);
    });
  }

  it('is written as one light-dark() declaration per role, on the page and the deck', () => {
    const css = paletteCss();
    const decls = /^:root,\.deck\{([^}]*)\}/m.exec(css)![1];
    for (const [role, [light, dark]] of Object.entries(PALETTE)) expect(decls.split(';')).toContain(`--${role}:light-dark(${light},${dark})`);
    expect(css.match(/--s0:/g)).toHaveLength(1);
  });
});
