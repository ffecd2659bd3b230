// Engines without `scrollend` (WebKit, so Safari): the active step must still catch up after jump
// scrolls (Space/PageDown, anchors, rotation), which can carry a step across the trigger line
// between two observer callbacks. Chromium with `scrollend` swallowed before the page sees it
// behaves as WebKit does here (reliability review §1.2).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, settledAt, startSite, storyPaths } from './helpers.js';

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

const block = () => window.addEventListener('scrollend', (e) => e.stopImmediatePropagation(), true);

describe('stories without scrollend', () => {
  for (const path of storyPaths()) {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      it(`${path} at ${viewport.width}×${viewport.height}: jumps to the last step, back to the top and to each step land on the right chart`, async () => {
        const { page, context, errors } = await openPage(site.browser, 'about:blank', { viewport });
        await page.addInitScript(block);
        await page.goto(site.url + path.slice(1), { waitUntil: 'load' });
        const n = await page.locator('.step').count();
        // one instant jump each way: the observer may see no crossing at all
        await page.evaluate(() => document.querySelectorAll('.step')[document.querySelectorAll('.step').length - 1].scrollIntoView({ block: 'start' }));
        await settledAt(page, n - 1);
        await page.evaluate(() => scrollTo(0, 0));
        await settledAt(page, 0);
        // and steps taken two at a time, as a reader's Space presses do
        for (let i = 2; i < n; i += 2) {
          await page.evaluate((i) => document.querySelectorAll('.step')[i].scrollIntoView({ block: 'start' }), i);
          await settledAt(page, i);
        }
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
});
