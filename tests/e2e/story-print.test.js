// Printing a story page (Ctrl+P with the script running): the sticky scrolly cannot go on paper,
// so print shows every step with its own chart (above its text), like the no-script page: no pinned
// box, no phone-sized gaps between the cards, no Embed controls. (Before, an A4 print of a story had
// one chart, the pinned one, and half-page gaps between its text cards.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSite, storyPaths } from './helpers.js';

let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

describe('story pages in print', { concurrency: 2 }, () => {
  for (const path of storyPaths()) {
    it(`${path} prints every step with its own chart, without the scrolly`, async () => {
      // A4's printable width (≈ 720 CSS px) is a phone width for the layout's media queries.
      const { page, errors, context } = await openPage(site.browser, site.url + path.slice(1), { viewport: { width: 720, height: 1000 } });
      await page.waitForSelector('html.enhanced');
      await page.emulateMedia({ media: 'print' });
      const state = await page.evaluate(() => {
        const shown = (el) => !!el && el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0;
        const steps = [...document.querySelectorAll('.step')];
        return {
          sticky: shown(document.querySelector('.sticky-graphic')),
          steps: steps.length,
          withChart: steps.filter((s) => shown(s.querySelector('.step-chart figure'))).length,
          maxGap: Math.max(...steps.map((s) => parseFloat(getComputedStyle(s).marginBottom))),
          controls: [...document.querySelectorAll('.embed-control')].filter(shown).length
        };
      });
      assert.equal(state.sticky, false, 'the sticky chart box is printed');
      assert.equal(state.withChart, state.steps, `${state.steps - state.withChart} of ${state.steps} steps print without their chart`);
      assert.ok(state.maxGap <= 48, `a step is followed by ${state.maxGap} px of blank paper`);
      assert.equal(state.controls, 0, 'Embed controls are printed');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
