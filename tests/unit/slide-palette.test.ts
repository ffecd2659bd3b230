// The deck's own palettes (light and dark, chosen by the teacher): muted bars and lines stay visible
// on a projector, at 3:1 against the slide background (WCAG 1.4.11, non-text contrast).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrast } from '../support/contrast';

const deck = readFileSync('src/lib/components/present/Deck.svelte', 'utf8');

/** The custom properties a theme gets: `.deck` blocks and that theme's blocks, later ones winning. */
function palette(theme: string): Record<string, string> {
  const blocks = [...deck.matchAll(/(?:^|\n)\s*(\.deck(?::global\(\[data-theme='(\w+)'\]\))?)\s*\{([^}]*)\}/g)].filter((m) => !m[2] || m[2] === theme);
  if (!blocks.some((m) => m[2] === theme)) throw new Error(`no ${theme} palette in Deck.svelte`);
  return Object.assign({}, ...blocks.map((m) => Object.fromEntries([...m[3].matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-f]{6})/gi)].map((d) => [d[1], d[2]]))));
}

describe('slide palette', () => {
  for (const theme of ['light', 'dark'])
    it(`${theme}: muted marks reach 3:1 against the slide background`, () => {
      const p = palette(theme);
      // The deck sets its own --muted: the page's one follows the laptop's theme, not the deck's.
      expect(p['--muted'], `--muted in the ${theme} deck palette`).toBeDefined();
      expect(contrast(p['--muted'], p['--bg'])).toBeGreaterThanOrEqual(3);
    });
});
