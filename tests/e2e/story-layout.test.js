// Story pages' layout and keyboard gates, for every story the build produced: a keyboard-only walk,
// 200 % zoom, and the sticky chart's title, legend and note on 320 and 390 px phones.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, scrollToStep, startSite, storyPaths } from './helpers.js';

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

// Independent pages, much of each test waiting (figures prepared after load, steps settling): three at once.
describe('stories: keyboard and zoom', { concurrency: 3 }, () => {
  for (const path of storyPaths()) {
    it(`${path}: a keyboard-only walk reaches every control, each with a visible focus ring`, async () => {
      const { page, context } = await openPage(site.browser, site.url + path.slice(1), { viewport: { width: 1280, height: 800 } });
      const controls = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
          // controls in closed <details> count too: the walk opens each disclosure it reaches
          .filter((el) => (el.closest('details:not([open])') ? el.closest('details').checkVisibility() : el.checkVisibility()) && !el.closest('[inert], [aria-hidden="true"]'))
          .map((el, i) => (el.setAttribute('data-kbd', String(i)), String(i)))
      );
      const reached = new Set();
      const noRing = [];
      // (opening an Embed control adds its option buttons to the Tab order: room for them too)
      for (let n = 0; n < 3 * controls.length + 40; n++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
          return { id: el.getAttribute('data-kbd'), ring, what: el.outerHTML.slice(0, 80), closed: el.tagName === 'SUMMARY' && !el.parentElement.open };
        });
        if (!f) continue;
        if (f.closed) await page.keyboard.press('Enter');
        if (f.id) reached.add(f.id);
        if (!f.ring) noRing.push(f.what);
        if (reached.size === controls.length) break;
      }
      assert.deepEqual(controls.filter((id) => !reached.has(id)), [], 'controls never reached by Tab');
      assert.deepEqual(noRing, [], 'focused without a visible ring');
      await context.close();
    });

    it(`${path}: at 200 % zoom (640×400 CSS px) every step's text is on top and readable`, async () => {
      const { page, context } = await openPage(site.browser, site.url + path.slice(1), { viewport: { width: 640, height: 400 } });
      const n = await page.locator('.step').count();
      const hidden = [];
      for (let i = 0; i < n; i++) {
        await scrollToStep(page, i);
        const covered = await page.evaluate((i) => {
          const step = document.querySelectorAll('.step')[i];
          // each visible paragraph of the step (not those in a closed <details>), brought to the middle
          return [...step.querySelectorAll('p:not(.sr-only)')]
            .filter((p) => {
              // (the step's own no-JS chart is not rendered once the script has started)
              if (p.closest('details:not([open])') || !p.getClientRects().length) return false;
              p.scrollIntoView({ block: 'center' });
              const r = p.getClientRects()[0];
              const hit = document.elementFromPoint(r.left + Math.min(20, r.width / 2), Math.min(r.top + r.height / 2, innerHeight - 2));
              return !hit || !step.contains(hit);
            })
            .map((p) => p.textContent.slice(0, 30));
        }, i);
        hidden.push(...covered.map((t) => `step ${i}: ${t}`));
      }
      const over = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.deepEqual(hidden, []);
      assert.ok(over <= 0, `overflows by ${over} px`);
      await context.close();
    });

    it(`${path}: on a 320 px and a 390 px phone no chart title, legend or caption is cut off, and each chart note is in its step`, async () => {
      // (720 px tall: shorter phones show each step's own chart instead of the pinned one)
      const { page, context } = await openPage(site.browser, site.url + path.slice(1), { viewport: { width: 320, height: 720 } });
      // Every step's figure is prepared (laid out, hidden) in the sticky box a few seconds after load;
      // the same figures are then measured at each phone width.
      await page.waitForFunction(() => document.querySelectorAll('.live-figure > figure').length === document.querySelectorAll('.step').length, null, { timeout: 20000 });
      // minBody: the pinned chart is 25rem tall on a 720 px phone, and title, legend and caption take their room
      for (const viewport of [{ width: 320, height: 720, minBody: 110 }, { width: 390, height: 844, minBody: 160 }]) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        const r = await page.evaluate(() => {
          const cut = [];
          const notes = [];
          for (const f of document.querySelectorAll('.live-figure > figure')) {
            for (const el of f.querySelectorAll('.chart-title, .legend, figcaption, .chart-body')) {
              // text clipped by its slot, or the slot pushed outside the figure's box
              const b = el.getBoundingClientRect();
              if (el.scrollHeight > el.clientHeight + 1 || b.bottom > f.getBoundingClientRect().bottom + 1) cut.push(`${f.dataset.chart} ${el.className || el.tagName}`);
            }
            const note = f.querySelector('.chart-note')?.textContent.trim();
            const step = document.querySelector(`.step-note[data-note-for="${f.dataset.chart}"]`);
            if (note && !step?.textContent.includes(note.slice(0, 20))) notes.push(`${f.dataset.chart}: note missing from its step`);
            if (note && step && getComputedStyle(step).display === 'none') notes.push(`${f.dataset.chart}: step note hidden`);
          }
          return { cut, notes, bodies: [...document.querySelectorAll('.live-figure .chart-body')].map((b) => Math.round(b.getBoundingClientRect().height)) };
        });
        assert.deepEqual(r.cut, [], `${viewport.width} px`);
        assert.deepEqual(r.notes, [], `${viewport.width} px`);
        // and the chart itself keeps a usable height
        assert.ok(Math.min(...r.bodies) >= viewport.minBody, `${viewport.width} px: chart heights ${r.bodies}`);
      }
      await context.close();
    });
  }
});

// Short screens (issue 16 §4): a phone sideways, 200 % zoom, a large phone sideways (which gets the
// side-by-side layout). Below a usable chart height each step shows its own chart instead of the
// sticky one; either way the chart is usable, shows its note and source line once, and nothing
// scrolls sideways at any step.
const SHORT = [
  { width: 844, height: 390 },
  { width: 640, height: 400 },
  { width: 195, height: 422 },
  { width: 932, height: 430 }
];
/** The smallest chart body (the plot, without title, legend and caption) called usable here. */
const MIN_BODY = 150;

describe('stories on short screens', () => {
  for (const viewport of SHORT) {
    it(`at ${viewport.width}×${viewport.height}: a usable chart at every step (sticky, or the step's own), each note once, no sideways scroll`, async () => {
      const found = [];
      for (const path of storyPaths()) {
        const { page, context, errors } = await openPage(site.browser, site.url + path.slice(1), { viewport });
        const n = await page.locator('.step').count();
        for (let i = 0; i < n; i++) {
          await page.evaluate((i) => document.querySelectorAll('.step')[i].scrollIntoView({ block: 'start' }), i);
          const g = await page.evaluate(async (i) => {
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            const shown = (el) => !!el?.getClientRects().length && el.checkVisibility();
            const step = document.querySelectorAll('.step')[i];
            const sticky = shown(document.querySelector('.sticky-chart'));
            const figure = sticky ? null : step.querySelector('.step-chart figure');
            // words-only cards have no plot to size
            const body = figure?.dataset.kind === 'text' ? null : figure?.querySelector('.chart-body');
            // the note's and source line's text, wherever they are shown in or beside the step
            const texts = (sel) => [...step.querySelectorAll(sel)].filter(shown).map((el) => el.textContent.replace(/^\s*[^:：]+[:：]\s*/, '').trim().slice(0, 20));
            return {
              sticky,
              perStep: shown(figure),
              body: body ? Math.round(body.getBoundingClientRect().height) : null,
              bodyWidth: body ? Math.round(body.getBoundingClientRect().width) : null,
              notes: texts('.step-note, .step-chart .chart-note'),
              sources: texts('.step-source, .step-chart .chart-source'),
              over: document.documentElement.scrollWidth - innerWidth
            };
          }, i);
          const where = `${path} step ${i}`;
          if (g.sticky) {
            // the sticky chart's figure for this step, once settled
            await page.waitForSelector(`.sticky-chart[data-active-step="${i}"][data-settled="true"]`, { state: 'attached', timeout: 10000 });
            const body = await page.evaluate(() => document.querySelector('.sticky-chart figure:not(.pending) .chart-body')?.getBoundingClientRect().height ?? 0);
            if (body < MIN_BODY) found.push(`${where}: sticky chart body ${Math.round(body)} px`);
          } else {
            if (!g.perStep) found.push(`${where}: neither the sticky chart nor its own chart is shown`);
            // on a very narrow screen a step's own chart is as tall as its width allows
            if (g.body !== null && g.body < Math.min(MIN_BODY, 0.7 * g.bodyWidth)) found.push(`${where}: own chart body ${g.body}×${g.bodyWidth} px`);
            if (new Set(g.notes).size !== g.notes.length) found.push(`${where}: note shown twice`);
            if (new Set(g.sources).size !== g.sources.length) found.push(`${where}: source line shown twice`);
          }
          if (g.over > 0) found.push(`${where}: scrolls sideways by ${g.over} px`);
        }
        if (errors.length) found.push(`${path}: errors ${errors}`);
        await context.close();
      }
      assert.deepEqual(found, []);
    });
  }
});
