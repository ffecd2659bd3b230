// Classroom present mode: slides from the same story spec, keyboard and URL navigation, full screen,
// accessibility, the QR code on the closing slide, and the printed A4 handout.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { axe, openPage, startSite, storyPaths } from './helpers.js';

const jsqrSource = readFileSync(new URL('../../node_modules/jsqr/dist/jsQR.js', import.meta.url), 'utf8');
// The deck's behaviour, on the first story the build produced (gates.test.js visits every deck).
const slug = storyPaths()[0].split('/').at(-2);
const SLIDE = { viewport: { width: 1280, height: 720 } };

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

/** What the deck shows right now (once its script has run). */
const deckState = async (page) => {
  await page.waitForSelector('.deck[data-ready="true"]');
  return page.evaluate(() => {
    const deck = document.querySelector('.deck');
    return {
      slide: Number(deck?.getAttribute('data-slide')),
      total: Number(deck?.getAttribute('data-total')),
      chart: document.querySelector('.stage .slide:not([hidden]) figure[data-chart]:not(.pending)')?.getAttribute('data-chart') ?? null,
      final: !!document.querySelector('.stage .final:not([hidden])'),
      title: !!document.querySelector('.stage .title-slide:not([hidden])'),
      sources: !!document.querySelector('.stage .sources-slide:not([hidden])'),
      sourcePages: document.querySelectorAll('.stage .sources-slide').length,
      count: document.querySelector('.nav .count')?.textContent?.trim(),
      hash: location.hash
    };
  });
};

/** The chart of each chart slide, in order (the deck's figures): `<slug>/<step>`, or
 *  `<slug>/<step>/<part>` for a chart split over consecutive slides. */
const chartSlides = (page) => page.locator('.chart-slide .live-figure > figure').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart')));
const stepOf = (chart) => chart.split('/').slice(0, 2).join('/');

/** Step ids and the canonical URL, read from the scrolly story page (the ground truth). */
async function storyFacts(prefix) {
  const { page, context } = await openPage(site.browser, `${site.url}${prefix}stories/${slug}/`);
  const ids = await page.locator('.step').evaluateAll((els) => els.map((e) => e.id.replace(/^step-/, '')));
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const presentHref = await page.locator('.present-link a').getAttribute('href');
  await context.close();
  return { ids, canonical, presentHref };
}

for (const lang of ['ja', 'en']) {
  const prefix = lang === 'en' ? 'en/' : '';
  describe(`present mode (${lang})`, () => {
    let facts;
    before(async () => (facts = await storyFacts(prefix)));
    const presentUrl = () => `${site.url}${prefix}present/${slug}/`;

    it('is linked from the story page', () => {
      assert.equal(facts.presentHref, `/${prefix}present/${slug}/`);
    });

    it('moves through every slide and back with the keyboard; URL, counter and chart follow', async () => {
      const { page, errors, context } = await openPage(site.browser, presentUrl(), SLIDE);
      let s = await deckState(page);
      const charts = await chartSlides(page);
      const n = charts.length;
      // Every step in order, a split one on consecutive slides numbered 1, 2, …
      assert.deepEqual([...new Set(charts.map(stepOf))], facts.ids.map((id) => `${slug}/${id}`), 'every step, in order');
      for (const [i, c] of charts.entries()) {
        const part = c.split('/')[2];
        if (part) assert.equal(charts[i - Number(part) + 1], `${stepOf(c)}/1`, `${c} follows its first part`);
      }
      const pages = s.sourcePages;
      const total = n + pages + 2;
      assert.ok(pages >= 1, 'at least one sources slide');
      assert.equal(s.total, total, 'title, the chart slides, the sources and the closing slide');
      const keys = ['ArrowRight', ' ', 'PageDown'];
      for (let i = 0; i < total; i++) {
        s = await deckState(page);
        assert.equal(s.slide, i, `slide ${i + 1}`);
        assert.equal(s.hash, `#slide-${i + 1}`);
        assert.equal(s.count, `${i + 1} / ${total}`);
        if (i === 0) assert.ok(s.title && s.chart === null, 'first slide is the title slide');
        else if (i <= n) assert.equal(s.chart, charts[i - 1], `slide ${i + 1} shows chart slide ${i}'s chart state`);
        else if (i <= n + pages) assert.ok(s.sources && s.chart === null, `slide ${i + 1} lists sources`);
        else assert.ok(s.final && s.chart === null, 'last slide is the QR / questions slide');
        if (i < total - 1) await page.keyboard.press(keys[i % keys.length]);
      }
      await page.keyboard.press('ArrowRight');
      assert.equal((await deckState(page)).slide, total - 1, 'stays on the last slide');
      for (let i = total - 1; i > 0; i--) await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'PageUp');
      s = await deckState(page);
      assert.equal(s.slide, 0);
      assert.ok(s.title);
      await page.keyboard.press('End');
      assert.equal((await deckState(page)).slide, total - 1);
      await page.keyboard.press('Home');
      assert.equal((await deckState(page)).slide, 0);
      // Number keys + Enter jump.
      await page.keyboard.press('4');
      await page.keyboard.press('Enter');
      s = await deckState(page);
      assert.equal(s.slide, 3);
      assert.equal(s.chart, charts[2]);
      // Visible buttons.
      await page.click('.navbtn.next');
      assert.equal((await deckState(page)).slide, 4);
      await page.click('.navbtn.prev');
      assert.equal((await deckState(page)).slide, 3);
      assert.deepEqual(errors, []);
      await context.close();
    });

    it('reopens the slide from the URL on reload; Back and Forward move between slides', async () => {
      const { page, context } = await openPage(site.browser, `${presentUrl()}#slide-5`, SLIDE);
      let s = await deckState(page);
      const charts = await chartSlides(page);
      assert.equal(s.slide, 4);
      assert.equal(s.chart, charts[3]);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.equal((await deckState(page)).hash, '#slide-7');
      await page.reload({ waitUntil: 'load' });
      s = await deckState(page);
      assert.equal(s.slide, 6, 'reload keeps slide 7');
      assert.equal(s.chart, charts[5]);
      await page.goBack();
      await page.waitForFunction(() => location.hash === '#slide-6');
      s = await deckState(page);
      assert.equal(s.slide, 5, 'Back returns to slide 6');
      assert.equal(s.chart, charts[4]);
      await page.goForward();
      await page.waitForFunction(() => location.hash === '#slide-7');
      assert.equal((await deckState(page)).slide, 6);
      // A step link from the story page opens that step's (first) slide.
      for (const id of facts.ids) {
        await page.goto(`${presentUrl()}#step-${id}`, { waitUntil: 'load' });
        s = await deckState(page);
        const at = charts.findIndex((c) => stepOf(c) === `${slug}/${id}`) + 1;
        assert.equal(s.slide, at);
        assert.equal(s.hash, `#slide-${at + 1}`);
        assert.equal(s.chart, charts[at - 1]);
      }
      await context.close();
    });

    it('toggles full screen with F (Fullscreen API) and leaves it with Esc', async () => {
      const context = await site.browser.newContext(SLIDE);
      await context.addInitScript(() => {
        const orig = Element.prototype.requestFullscreen;
        // @ts-ignore
        window.__fsCalls = 0;
        Element.prototype.requestFullscreen = function (...a) {
          // @ts-ignore
          window.__fsCalls++;
          return orig.apply(this, a);
        };
      });
      const page = await context.newPage();
      await page.goto(presentUrl(), { waitUntil: 'load' });
      await page.waitForSelector('.deck[data-ready="true"]');
      await page.keyboard.press('f');
      await page.waitForFunction(() => window.__fsCalls > 0 || document.fullscreenElement);
      const r = await page.evaluate(() => ({
        // @ts-ignore
        calls: window.__fsCalls,
        el: document.fullscreenElement?.className ?? null
      }));
      assert.equal(r.calls, 1, 'requestFullscreen was called');
      if (r.el !== null) {
        assert.match(r.el, /deck/);
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.fullscreenElement);
      }
      await context.close();
    });

    it('has no axe violations on the title, a chart slide, with notes open, sources and the closing slide', async () => {
      const { page, context } = await openPage(site.browser, presentUrl(), { ...SLIDE, bypassCSP: true });
      await page.waitForSelector('.deck[data-ready="true"]');
      assert.deepEqual(await axe(page), [], 'title slide');
      await page.keyboard.press('ArrowRight');
      assert.deepEqual(await axe(page), [], 'slide 2');
      await page.keyboard.press('n');
      assert.ok(await page.locator('#present-notes').isVisible());
      assert.ok((await page.locator('#present-notes .key-numbers li').count()) > 0, 'key numbers listed');
      assert.match(await page.locator('#present-notes').innerText(), lang === 'ja' ? /図表/ : /Figure/);
      assert.deepEqual(await axe(page), [], 'slide 2 with notes');
      await page.keyboard.press('n');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.waitForSelector('.stage .sources-slide:not([hidden])');
      assert.deepEqual(await axe(page), [], 'sources slide');
      await page.keyboard.press('End');
      await page.waitForSelector('.stage .final');
      assert.deepEqual(await axe(page), [], 'closing slide');
      await context.close();
    });

    it('opens an overview grid with O and jumps to the chosen slide', async () => {
      const { page, context } = await openPage(site.browser, presentUrl(), SLIDE);
      await page.waitForSelector('.deck[data-ready="true"]');
      await page.keyboard.press('o');
      const dialog = page.locator('dialog.overview');
      assert.ok(await dialog.isVisible());
      const s0 = await deckState(page);
      assert.equal(await dialog.locator('.card').count(), s0.total);
      await dialog.locator('.card').nth(6).click();
      assert.equal(await dialog.isVisible(), false);
      const s = await deckState(page);
      assert.equal(s.slide, 6);
      assert.equal(s.hash, '#slide-7');
      await context.close();
    });

    for (const [where, slide] of [['starts', 'title-slide'], ['ends', 'final']]) it(`${where} with a QR code that decodes to the story URL`, async () => {
      const { page, context } = await openPage(site.browser, presentUrl(), SLIDE);
      await page.waitForSelector('.deck[data-ready="true"]');
      if (slide === 'final') await page.keyboard.press('End');
      const qr = page.locator(`.${slide} .qr svg`);
      assert.ok(await qr.isVisible());
      const png = await qr.screenshot();
      const linked = await page.locator('.final [data-story-url]').getAttribute('data-story-url');
      const decoder = await context.newPage();
      await decoder.setContent('<canvas></canvas>');
      await decoder.evaluate(jsqrSource);
      const decoded = await decoder.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.querySelector('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d');
        ctx.drawImage(img, 0, 0);
        // @ts-ignore
        return window.jsQR(ctx.getImageData(0, 0, c.width, c.height).data, c.width, c.height)?.data ?? null;
      }, png.toString('base64'));
      assert.equal(decoded, facts.canonical, 'QR → the story page (canonical URL)');
      assert.equal(linked, facts.canonical);
      assert.match(decoded, new RegExp(`/${prefix}stories/${slug}/$`));
      await context.close();
    });

    it('prints an A4 handout: every step text and chart in reading order, questions, QR, no navigation', async () => {
      const { page, context } = await openPage(site.browser, presentUrl(), SLIDE);
      await page.waitForSelector('.deck[data-ready="true"]');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.deck').isVisible(), false, 'no slide chrome in print');
      assert.equal(await page.locator('button:visible').count(), 0, 'no buttons in print');
      const h = page.locator('.handout');
      assert.ok(await h.isVisible());
      const steps = await h.locator('.h-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
      assert.deepEqual(steps, facts.ids, 'every step, in reading order');
      const charts = await h.locator('.h-step [data-chart]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart')));
      assert.deepEqual(charts, facts.ids.map((id) => `${slug}/${id}`));
      const kinds = await h.locator('.h-step .chart-canvas').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-kind')));
      const svgCharts = await h.locator('.h-step .chart-canvas svg').count();
      assert.equal(svgCharts, kinds.filter((k) => k !== 'text').length, 'one SVG per drawn chart state');
      // Drawn across the paper's column at its own proportions (not the story's small drawing
      // letterboxed into it); a chart with few rows (a one-row dumbbell) is only as tall as its rows.
      for (const c of await h.locator('.h-step .chart-canvas svg').evaluateAll((els) => els.map((e) => ({ box: e.getBoundingClientRect().toJSON(), vb: (([, , width, height]) => ({ width, height }))((e.getAttribute('viewBox') ?? '').split(/\s+/).map(Number)) })))) {
        const drawn = `chart drawn at print size (${c.box.width}×${c.box.height}, drawing ${c.vb.width}×${c.vb.height})`;
        assert.ok(c.box.width > 300 && c.box.height > 40, drawn);
        assert.ok(Math.abs(c.box.height / c.box.width - c.vb.height / c.vb.width) < 0.02, drawn);
      }
      assert.ok((await h.locator('.h-step .chart-canvas svg rect[data-key], .h-step .chart-canvas svg path.line').count()) > 20, 'marks present');
      assert.ok(await h.locator('.h-qr svg').isVisible(), 'QR code printed');
      assert.ok((await h.locator('.h-end ol li').count()) >= 1, 'discussion questions printed');
      // Legend keys print with Chrome's default "Background graphics" off.
      const swatches = await h.locator('.swatch').evaluateAll((els) => els.map((e) => getComputedStyle(e).printColorAdjust));
      assert.ok(swatches.length > 0 && swatches.every((v) => v === 'exact'), `legend swatches print exactly: ${swatches}`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(`.test-results/present-${slug}-${lang}.pdf`, pdf);
      assert.ok(pages >= 3 && pages <= facts.ids.length + 3, `sane page count: ${pages}`);
      await context.close();
    });
  });
}
