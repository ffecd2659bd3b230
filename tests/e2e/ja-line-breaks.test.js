// Japanese prose breaks only between phrases: app.css sets `word-break: keep-all` on Japanese
// paragraphs, headings and list items, which is right only where BudouX has put <wbr> between the
// phrases. Text without them broke at 、。 alone, leaving half-empty lines, or mid-word where a run
// was longer than the line ("表示されま｜す。" on the About page, the footer's story deks). Checked
// on the pages of the site's own prose (home, About, 404) and each story's header and footer.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSite, storyPaths } from './helpers.js';

let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

const pages = [
  ['/', 'main'],
  ['/about/', 'main'],
  ['/404.html', 'main'],
  ...storyPaths()
    .filter((p) => !p.startsWith('/en/'))
    .map((p) => [p, '.story-header, .story-footer'])
];

describe('Japanese line breaks', () => {
  for (const [path, scope] of pages) {
    it(`${path}: no keep-all text without phrase breaks (${scope})`, async () => {
      const { page, errors, context } = await openPage(site.browser, site.url + path.slice(1));
      const unmarked = await page.evaluate((scope) => {
        // a run of 18 or more characters with no break but <wbr>: wider than a 390 px line's half
        const longRun = /[\u3040-\u30ff\u4e00-\u9fff][^、。\s\u3000]{17,}/;
        return [...document.querySelectorAll(scope)]
          .flatMap((root) => [...root.querySelectorAll('h1, h2, h3, p, li')])
          .filter((el) => el.getClientRects().length && getComputedStyle(el).wordBreak === 'keep-all')
          .filter((el) => !el.querySelector('wbr') && longRun.test(el.textContent))
          .map((el) => `<${el.tagName.toLowerCase()}> ${el.textContent.trim().slice(0, 30)}…`);
      }, scope);
      assert.ok(await page.locator(scope).count(), `${scope} is missing`);
      assert.deepEqual(unmarked, [], 'Japanese text set keep-all without <wbr>');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
