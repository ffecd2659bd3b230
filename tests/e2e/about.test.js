// The About page's table of the figures used, as a reader on a phone sees it: grouped by story,
// one row per figure reading (datasets cut from one figure with the same title, source and lines
// were listed as identical rows), and at 390 px a figure ID on one line ("図表Ⅰ-1-2-1" took three)
// and the table within the screen's width.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSite, storyPaths } from './helpers.js';

let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

describe('About: figures used', () => {
  for (const path of ['/about/', '/en/about/']) {
    it(`${path} at 390 px: a group per story, no repeated row, figure IDs unbroken`, async () => {
      const { page, errors, context } = await openPage(site.browser, site.url + path.slice(1));
      const table = await page.evaluate(() => {
        const lineHeight = (el) => parseFloat(getComputedStyle(el).lineHeight);
        return {
          groups: [...document.querySelectorAll('.figures tbody')].map((tb) => ({
            story: tb.querySelector('th a')?.getAttribute('href'),
            rows: [...tb.querySelectorAll('tr:not(.story-row)')].map((tr) => [...tr.cells].map((c) => c.textContent.trim()).join(' | '))
          })),
          // figure IDs without a space ("図表Ⅰ-1-2-1", "Figure I-1-2-1" has one) must not wrap
          wrapped: [...document.querySelectorAll('.figure-id')]
            .map((td) => {
              const r = document.createRange();
              r.selectNodeContents(td.firstChild);
              return { text: td.firstChild.textContent, lines: Math.round(r.getBoundingClientRect().height / lineHeight(td)) };
            })
            .filter((f) => /^図表\S+$/.test(f.text) && f.lines > 1),
          overflow: (() => {
            const s = document.querySelector('.table-scroll');
            return s.scrollWidth - s.clientWidth;
          })()
        };
      });
      const stories = storyPaths().filter((p) => p.startsWith('/en/') === path.startsWith('/en/'));
      assert.deepEqual(table.groups.map((g) => g.story).sort(), stories.sort(), 'one group per published story');
      for (const g of table.groups) assert.equal(new Set(g.rows).size, g.rows.length, `${g.story}: a row is repeated`);
      assert.deepEqual(table.wrapped, [], 'figure IDs broken over lines');
      assert.ok(table.overflow <= 0, `the table is ${table.overflow} px wider than the screen`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
