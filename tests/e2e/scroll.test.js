// Smooth scrolling, counted rather than timed (timings are in `npm run bench`): every story, both
// languages, walked step by step with the transition on. Per step change, the work the page does is
// counted from DOM mutation records: elements touched (attributes, classes, text) and nodes added.
// A step change must only show a prepared figure and tween its marks: no figure built or re-rendered
// at that moment, and no element touched beyond the two pictures' own elements and the step chrome.
// Nor may it draw anything for the first time: the browser's own counts (DevTools protocol) show no
// layout object created but the copies of the leaving marks (every card below the screen and every
// figure were laid out in idle time after load; a card drawn as it scrolls in was the largest task
// on a throttled phone) and no document created (an SVG favicon was parsed as a new document at
// every #step change). And no layout shift along the way.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, scrollToStep, startSite, storyPaths } from './helpers.js';

/** Elements outside the two figures a step change may touch: the two steps' classes, the progress
 *  bar, its two current links and counter, the sticky box's attributes (8–9 today). */
const CHROME_BUDGET = 10;
/** Chart elements a step change may tween (every frame sets each one): 48 at most today; the frame
 *  time this costs on a throttled phone is measured by `npm run bench`. */
const TWEEN_BUDGET = 120;

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

// The walks are independent pages, and most of a walk is waiting (for every figure to be prepared
// after load, for each transition to end): three run at once.
describe('step changes', { concurrency: 3 }, () => {
  for (const path of storyPaths()) {
    it(`${path}: each step change touches only its two pictures and the step chrome, adds no nodes outside the tween, draws nothing new, shifts no layout`, async () => {
      const { page, context } = await openPage(site.browser, site.url + path.slice(1), { reducedMotion: 'no-preference' });
      // Every step's figure is prepared (parsed, laid out, hidden) while the browser is idle after load.
      await page.waitForFunction(() => document.querySelectorAll('.live-figure > figure').length === document.querySelectorAll('.step').length, null, { timeout: 20000 });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      // live instance counts; objects are freed by garbage collection, which can only lower them
      const counts = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      await page.evaluate(() => {
        window.__cls = 0;
        new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (window.__cls += e.value))).observe({ type: 'layout-shift' });
        window.__rec = [];
        new MutationObserver((l) => window.__rec.push(...l)).observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
      });
      const n = await page.locator('.step').count();
      const over = [];
      const start = await counts();
      let last = start;
      for (let i = 1; i < n; i++) {
        await scrollToStep(page, i);
        const now = await counts();
        const created = now.LayoutObjects - last.LayoutObjects;
        last = now;
        const w = await page.evaluate((i) => {
          const figs = [...document.querySelectorAll('.live-figure > figure')];
          const shown = figs.find((f) => !f.classList.contains('pending'));
          const prev = figs[i - 1];
          const inFigures = (el) => [shown, prev].some((f) => f?.contains(el));
          const el = (r) => (r.target.nodeType === 1 ? r.target : r.target.parentElement);
          const touched = new Set(window.__rec.map(el));
          // nodes added, other than the group that holds leaving marks while they fade
          const added = window.__rec.flatMap((r) => [...r.addedNodes]).filter((a) => !(a.nodeType === 1 && a.classList.contains('exiting')));
          const figureElements = [shown, prev].reduce((s, f) => s + (f ? f.querySelectorAll('*').length + 1 : 0), 0);
          // the leaving marks' copies: one layout object per element, and one per text in SVG text
          const exits = window.__rec.flatMap((r) => [...r.addedNodes]).filter((a) => a.nodeType === 1 && a.classList.contains('exiting'));
          const exitObjects = exits.reduce((s, g) => s + 1 + g.querySelectorAll('*').length + [...g.querySelectorAll('text, tspan')].reduce((t, e) => t + [...e.childNodes].filter((c) => c.nodeType === 3).length, 0), 0);
          window.__rec = [];
          return { touched: touched.size, chrome: [...touched].filter((e) => !inFigures(e)).length, figureTouched: [...touched].filter(inFigures).length, figureElements, added: added.length, exitObjects };
        }, i);
        console.log(`  ${path} step ${i}: ${w.touched} elements touched (${w.figureTouched} of the figures' ${w.figureElements}, ${w.chrome} chrome), ${w.added} nodes added, ${created} layout objects created (${w.exitObjects} for leaving marks)`);
        if (created > w.exitObjects) over.push(`step ${i}: ${created - w.exitObjects} layout objects created beyond the leaving marks' copies`);
        if (w.chrome > CHROME_BUDGET) over.push(`step ${i}: ${w.chrome} chrome elements touched > ${CHROME_BUDGET}`);
        if (w.figureTouched > TWEEN_BUDGET) over.push(`step ${i}: ${w.figureTouched} chart elements tweened > ${TWEEN_BUDGET}`);
        if (w.added > 0) over.push(`step ${i}: ${w.added} nodes added`);
      }
      // favicon requests arrive a little after the #step change that triggers them
      await page.waitForTimeout(500);
      const documents = (await counts()).Documents - start.Documents;
      if (documents > 0) over.push(`${documents} documents created while walking the steps`);
      const cls = await page.evaluate(() => window.__cls);
      await context.close();
      assert.deepEqual(over, []);
      assert.ok(cls < 0.001, `CLS ${cls.toFixed(4)} while walking the steps`);
    });
  }
});
