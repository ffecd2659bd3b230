// The page palette (src/app.css, light and dark): muted marks — what a highlight does not name —
// stay visible at 3:1 against the page and card backgrounds (WCAG 1.4.11), and Japan's colour is
// distinct from every other role.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrast } from '../support/contrast';

const css = readFileSync('src/app.css', 'utf8');
const block = (re: RegExp) => Object.fromEntries([...re.exec(css)![1].matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-f]{6})/gi)].map((d) => [d[1], d[2].toLowerCase()]));
const light = block(/:root\s*\{([^}]*)\}/);
const dark = { ...light, ...block(/prefers-color-scheme: dark\)\s*\{[\s\S]*?:root[^{]*\{([^}]*)\}/) };

describe('page palette', () => {
  it('reads two palettes', () => expect(dark['--bg']).not.toBe(light['--bg']));
  for (const [name, p] of [['light', light], ['dark', dark]] as const) {
    it(`${name}: muted marks and Japan reach 3:1 against the page and the cards`, () => {
      for (const role of ['--muted', '--japan']) for (const bg of ['--bg', '--card']) expect(contrast(p[role], p[bg]), `${role} on ${bg}`).toBeGreaterThanOrEqual(3);
    });
    it(`${name}: Japan's colour is none of the other roles`, () => {
      for (const role of ['--s0', '--s1', '--s2', '--s3', '--neg', '--pos', '--muted']) expect(p['--japan']).not.toBe(p[role]);
    });
  }
});
