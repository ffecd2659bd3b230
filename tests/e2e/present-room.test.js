// Slides read from the back of a classroom, on the projector sizes schools use (XGA, 720p, 1080p):
// sources never scroll, slide text is at least 2.5 % of the screen height, controls never wrap,
// browser zoom and A−/A+ enlarge the text, slides stay light unless dark is chosen, muted marks
// keep 3:1 contrast.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSite, storyPaths } from './helpers.js';

const SIZES = [
  [1024, 768],
  [1280, 720],
  [1920, 1080]
];
const slugs = [...new Set(storyPaths().map((p) => p.split('/').at(-2)))];

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

const deckUrl = (slug, lang) => `${site.url}${lang === 'en' ? 'en/' : ''}present/${slug}/`;
const ready = (page) => page.waitForSelector('.deck[data-ready="true"]');

/** Smallest rendered font size (CSS px) of the visible slide's HTML text, the chart's SVG drawing
 *  aside, and the counter under it. Text inside the chart box is scaled by the deck's --k. */
const smallestText = (page) =>
  page.evaluate(() => {
    const k = parseFloat(getComputedStyle(document.querySelector('.deck')).getPropertyValue('--k'));
    const roots = [...document.querySelectorAll('.stage .slide:not([hidden]), .nav .count')];
    let min = Infinity;
    let at = '';
    for (const root of roots) {
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement;
        if (!n.textContent.trim() || el.closest('svg, [hidden], .pending, .sr-only') || !el.getClientRects().length) continue;
        const px = parseFloat(getComputedStyle(el).fontSize) * (el.closest('.fit') ? k : 1);
        if (px < min) [min, at] = [px, `${el.className || el.tagName}: ${n.textContent.trim().slice(0, 30)}`];
      }
    }
    return { min, at, height: innerHeight };
  });

/** Number of lines a control's label takes. */
const wrapped = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.deck .tool, .deck .navbtn')]
      .filter((b) => b.getClientRects().length)
      .map((b) => {
        const r = document.createRange();
        r.selectNodeContents(b);
        const font = parseFloat(getComputedStyle(b).fontSize);
        const mids = [...r.getClientRects()].filter((x) => x.width > 0).map((x) => x.top + x.height / 2);
        // a new line starts more than most of a line below the first one
        return { label: b.textContent.trim(), wraps: Math.max(...mids) - Math.min(...mids) > font * 0.8 };
      })
      .filter((b) => b.wraps)
      .map((b) => b.label)
  );

for (const [width, height] of SIZES) {
  describe(`slides at ${width}×${height}`, () => {
    for (const slug of slugs)
      for (const lang of ['ja', 'en'])
        it(`${slug} (${lang}): every source shows without scrolling; text ≥ 2.5 % of the height; no label wraps`, async () => {
          const { page, errors, context } = await openPage(site.browser, deckUrl(slug, lang), { viewport: { width, height } });
          await ready(page);
          const total = Number(await page.locator('.deck').getAttribute('data-total'));
          const sourceSlides = await page.locator('.sources-slide').count();
          const listed = await page.locator('.sources-slide li').count();
          assert.ok(listed > 0, 'sources listed');
          const notes = await page.locator('.sources-slide li').evaluateAll((els) => els.map((e) => e.textContent));
          assert.equal(new Set(notes).size, notes.length, 'no source listed twice');
          for (let i = 0; i < total; i++) {
            const t = await smallestText(page);
            assert.ok(t.min >= 0.025 * t.height - 0.05, `slide ${i + 1}: ${t.min.toFixed(1)} px < 2.5 % of ${t.height} (${t.at})`);
            assert.deepEqual(await wrapped(page), [], `slide ${i + 1}: controls on one line`);
            await page.keyboard.press('ArrowRight');
          }
          let seen = 0;
          for (let p = 0; p < sourceSlides; p++) {
            const slide = total - sourceSlides + p; // 1-based; the closing slide comes last
            await page.goto(`${deckUrl(slug, lang)}#slide-${slide}`);
            await page.waitForSelector(`.deck[data-slide="${slide - 1}"] .sources-slide:not([hidden])`);
            const fit = await page.evaluate(() => {
              const s = document.querySelector('.sources-slide:not([hidden])');
              const bottom = s.getBoundingClientRect().bottom;
              const items = [...s.querySelectorAll('li')];
              return { scrolls: s.scrollHeight > s.clientHeight + 1, items: items.length, cut: items.filter((li) => li.getBoundingClientRect().bottom > bottom + 1).length };
            });
            assert.equal(fit.scrolls, false, `sources slide ${p + 1} does not scroll`);
            assert.equal(fit.cut, 0, `sources slide ${p + 1}: no item below the slide`);
            seen += fit.items;
          }
          assert.equal(seen, listed, 'every source is on some slide');
          assert.deepEqual(errors, []);
          await context.close();
        });
  });
}

describe('slide text size', () => {
  const captionPx = (page) =>
    page.evaluate(() => {
      const p = document.querySelector('.caption-text:not([hidden]) p');
      return parseFloat(getComputedStyle(p).fontSize) * devicePixelRatio; // device pixels
    });

  it('grows with browser zoom (125 %, 150 %) on a 1920×1080 screen', async () => {
    const { page, context } = await openPage(site.browser, `${deckUrl(slugs[0], 'ja')}#slide-3`, { viewport: { width: 1920, height: 1080 } });
    await ready(page);
    const at100 = await captionPx(page);
    const cdp = await context.newCDPSession(page);
    let last = at100;
    for (const zoom of [1.25, 1.5]) {
      // Browser zoom: the CSS viewport shrinks and the device pixel ratio grows by the same factor.
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: Math.round(1920 / zoom), height: Math.round(1080 / zoom), deviceScaleFactor: zoom, mobile: false });
      await page.waitForFunction((z) => devicePixelRatio === z && innerWidth === Math.round(1920 / z), zoom);
      await page.waitForTimeout(50);
      const px = await captionPx(page);
      assert.ok(px > last * 1.1, `at ${zoom * 100} %: ${px.toFixed(1)} device px, not larger than ${last.toFixed(1)}`);
      last = px;
    }
    await context.close();
  });

  it('grows and shrinks with the A+ / A− buttons and keeps the choice on reload', async () => {
    const { page, context } = await openPage(site.browser, `${deckUrl(slugs[0], 'en')}#slide-3`, { viewport: { width: 1024, height: 768 } });
    await ready(page);
    const base = await captionPx(page);
    await page.click('[data-action="larger"]');
    const larger = await captionPx(page);
    assert.ok(larger > base * 1.1, `A+: ${larger} > ${base}`);
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    assert.equal(await captionPx(page), larger, 'kept on reload');
    await page.click('[data-action="smaller"]');
    await page.click('[data-action="smaller"]');
    assert.ok((await captionPx(page)) < base, 'A− twice: smaller than at first');
    await context.close();
  });
});

describe('light and dark slides', () => {
  it('stay light on a dark-mode laptop until the teacher picks dark (or the laptop setting)', async () => {
    const { page, context } = await openPage(site.browser, `${deckUrl(slugs[0], 'ja')}#slide-2`, { viewport: { width: 1280, height: 720 }, colorScheme: 'dark' });
    await ready(page);
    const bg = () => page.evaluate(() => getComputedStyle(document.querySelector('.deck')).backgroundColor);
    assert.equal(await bg(), 'rgb(255, 255, 255)', 'light by default');
    const button = page.locator('[data-action="theme"]');
    const seen = [];
    for (let i = 0; i < 3; i++) {
      await button.click();
      seen.push([await button.textContent(), await page.locator('.deck').getAttribute('data-theme'), await bg()]);
    }
    assert.deepEqual(
      seen.map(([, t, b]) => [t, b]),
      [
        ['dark', 'rgb(17, 20, 24)'],
        ['dark', 'rgb(17, 20, 24)'], // "as the computer": this one is in dark mode
        ['light', 'rgb(255, 255, 255)']
      ]
    );
    assert.equal(new Set(seen.map(([label]) => label)).size, 3, 'the button names the current choice');
    await context.close();
  });

  for (const theme of ['light', 'dark'])
    it(`muted marks reach 3:1 against the slide (${theme})`, async () => {
      const { page, context } = await openPage(site.browser, `${deckUrl(slugs[0], 'ja')}#slide-2`, { viewport: { width: 1280, height: 720 } });
      await ready(page);
      if (theme === 'dark') await page.click('[data-action="theme"]');
      assert.equal(await page.locator('.deck').getAttribute('data-theme'), theme);
      const ratio = await page.evaluate(() => {
        const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
        const lum = (c) => {
          const [r, g, b] = rgb(c).map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        // the first slide chart with muted marks (all slides are in the page; hidden ones still compute)
        const mark = document.querySelector('.stage .slide figure .muted:is(rect, circle, path)');
        const bg = getComputedStyle(document.querySelector('.deck')).backgroundColor;
        const [a, b] = [lum(getComputedStyle(mark).fill), lum(bg)].sort((x, y) => y - x);
        return { bg, contrast: (a + 0.05) / (b + 0.05) };
      });
      assert.equal(ratio.bg, theme === 'dark' ? 'rgb(17, 20, 24)' : 'rgb(255, 255, 255)', 'the chosen palette, whatever the laptop uses');
      assert.ok(ratio.contrast >= 3, `contrast ${ratio.contrast.toFixed(2)}:1`);
      await context.close();
    });
});
