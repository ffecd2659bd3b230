// One palette (src/lib/charts/palette-values.ts) everywhere, checked in the built site:
// - the page's custom properties, as Chromium computes them, are the module's values in the light
//   and dark schemes, for a forced-dark embed (?theme=dark) under a light reader setting, and on the
//   slides (the projector's greys, light by default even for a dark-mode laptop);
// - every standalone SVG file, wide and narrow, ja and en, paints each mark and label with the colour
//   the browser computes for the same element (same data-key) on that chart's embed page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, startSite } from './helpers.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
// The module is data ('role': ['#light', '#dark']); read as text, since these tests run plain Node.
const source = readFileSync('src/lib/charts/palette-values.ts', 'utf8');
const table = (name) =>
  Object.fromEntries([...new RegExp(`export const ${name} = \\{([\\s\\S]*?)\\n\\}`).exec(source)[1].matchAll(/'?([\w-]+)'?: \['(#[0-9a-f]{6})', '(#[0-9a-f]{6})'\]/g)].map((m) => [m[1], [m[2], m[3]]]));
const PALETTE = table('PALETTE');
const PROJECTOR = table('PROJECTOR');
const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const expected = (scheme, projector = false) =>
  Object.fromEntries(Object.entries(PALETTE).map(([role, v]) => [role, rgb(((projector && PROJECTOR[role]) || v)[scheme === 'light' ? 0 : 1])]));

/** Every role's computed colour inside `selector` (a probe element with color: var(--role)). */
const computed = (page, selector, roles) =>
  page.evaluate(
    ([selector, roles]) => {
      const host = document.querySelector(selector);
      const probe = host.appendChild(document.createElement('i'));
      const out = Object.fromEntries(roles.map((r) => ((probe.style.color = `var(--${r})`), [r, getComputedStyle(probe).color])));
      probe.remove();
      return out;
    },
    [selector, roles]
  );

const firstStory = readdirSync(join(BUILD, 'stories')).find((d) => !d.includes('.'));
const svgs = ['', 'en/'].flatMap((p) =>
  readdirSync(join(BUILD, p, 'embed'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svg')).map((f) => `${p}embed/${f.split('\\').join('/')}`)
);
let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

describe('palette', () => {
  it('reads the module', () => assert.ok(Object.keys(PALETTE).length >= 15 && PROJECTOR.muted, Object.keys(PALETTE).join()));

  for (const scheme of ['light', 'dark'])
    it(`story page, ${scheme} scheme: the module's ${scheme} values`, async () => {
      const { page, context } = await openPage(site.browser, `${site.url}stories/${firstStory}/`, { colorScheme: scheme });
      assert.deepEqual(await computed(page, 'body', Object.keys(PALETTE)), expected(scheme));
      await context.close();
    });

  it('forced-dark embed (?theme=dark) for a light-mode reader: the dark values', async () => {
    const { page, context } = await openPage(site.browser, `${site.url}embed/${firstStory}/?theme=dark`, { colorScheme: 'light' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    assert.deepEqual(await computed(page, 'body', Object.keys(PALETTE)), expected('dark'));
    await context.close();
  });

  it('embed for a dark-mode reader: light unless asked', async () => {
    const { page, context } = await openPage(site.browser, `${site.url}embed/${firstStory}/`, { colorScheme: 'dark' });
    assert.deepEqual(await computed(page, 'body', Object.keys(PALETTE)), expected('light'));
    await context.close();
  });

  it('slides: the projector palette, light on a dark-mode laptop, dark when the teacher picks it', async () => {
    const { page, context } = await openPage(site.browser, `${site.url}present/${firstStory}/`, { colorScheme: 'dark' });
    assert.deepEqual(await computed(page, '.deck', Object.keys(PALETTE)), expected('light', true));
    await page.evaluate(() => (document.querySelector('.deck').dataset.theme = 'dark'));
    assert.deepEqual(await computed(page, '.deck', Object.keys(PALETTE)), expected('dark', true));
    await context.close();
  });

  it('every SVG file paints each mark and label as the browser paints it on the embed page', async () => {
    assert.ok(svgs.length >= 40, String(svgs.length));
    const { page, context } = await openPage(site.browser, site.url, { colorScheme: 'light' });
    let compared = 0;
    for (const svg of svgs) {
      const embed = svg.replace(/(\.narrow)?\.svg$/, '/');
      await page.goto(site.url + embed);
      // the page's computed paint of every drawn element with a data-key (first drawing of the embed)
      const onPage = await page.evaluate(() => {
        const out = {};
        for (const el of document.querySelector('.chart-canvas svg').querySelectorAll('[data-key]')) {
          if (el.tagName === 'g') continue;
          const s = getComputedStyle(el);
          // (a line is never filled: its fill is whatever it inherits)
          out[`${el.tagName} ${el.getAttribute('data-key')}`] ??= { fill: el.tagName === 'line' ? 'none' : s.fill, stroke: s.stroke };
        }
        return out;
      });
      const file = readFileSync(join(BUILD, svg), 'utf8');
      const inFile = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        document.body.append(doc.documentElement);
        const root = document.body.lastElementChild;
        const out = {};
        for (const el of root.querySelectorAll('[data-key]')) {
          if (el.tagName === 'g') continue;
          const s = getComputedStyle(el);
          // (a line is never filled: its fill is whatever it inherits)
          out[`${el.tagName} ${el.getAttribute('data-key')}`] ??= { fill: el.tagName === 'line' ? 'none' : s.fill, stroke: s.stroke };
        }
        root.remove();
        return out;
      }, file);
      // (the page's chart rules cannot reach the file's elements: the file has no classes)
      for (const [key, paint] of Object.entries(inFile)) {
        if (!onPage[key]) continue;
        assert.equal(paint.fill, onPage[key].fill, `${svg} ${key} fill`);
        if (onPage[key].stroke !== 'none') assert.equal(paint.stroke, onPage[key].stroke, `${svg} ${key} stroke`);
        compared++;
      }
    }
    assert.ok(compared > svgs.length * 5, `${compared} elements compared`);
    await context.close();
  });
});
