// The language switch where the reader is (issue 16 §5): in the sticky progress bar, on screen at
// every step, it leads to the same step in the other language (the #step-<id> hash is shared), for
// every story the build produced, from both languages. Without JavaScript every switch is a plain
// link to the other language's page. At 390 and 320 px the bar stays one row, nothing overflows,
// and the switch and step links are touch targets of 24 px or more.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, scrollToStep, settledAt, startSite, storyPaths } from './helpers.js';

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

const other = (path) => (path.startsWith('/en/') ? path.slice(3) : `/en${path}`);
const BAR_SWITCH = '.progress-row .lang-switch';

describe('language switch in the progress bar', () => {
  for (const path of storyPaths()) {
    it(`${path}: from a step in the middle, a click lands on the same step in the other language`, async () => {
      const { page, context, errors } = await openPage(site.browser, site.url + path.slice(1));
      const ids = await page.$$eval('.step', (els) => els.map((el) => el.id));
      const k = Math.floor(ids.length / 2);
      for (let i = 1; i <= k; i++) await scrollToStep(page, i);
      const sw = page.locator(BAR_SWITCH);
      assert.equal(await sw.getAttribute('href'), `${other(path)}#${ids[k]}`);
      // on screen and not covered: what a tap at its centre hits
      const hit = await sw.evaluate((a) => {
        const r = a.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight && a.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      });
      assert.ok(hit, 'the switch can be tapped where it is');
      const y = await page.evaluate(() => scrollY);
      await sw.click();
      await page.waitForURL(new RegExp(`${other(path)}#${ids[k]}$`));
      await settledAt(page, k);
      assert.ok(y > 0);
      const landed = await page.evaluate((k) => {
        const step = document.querySelectorAll('.step')[k].getBoundingClientRect();
        const chart = document.querySelector('.sticky-graphic').getBoundingClientRect();
        return { lang: document.documentElement.lang, top: step.top, chartBottom: chart.bottom, h: innerHeight };
      }, k);
      assert.equal(landed.lang, path.startsWith('/en/') ? 'ja' : 'en');
      assert.ok(landed.top >= landed.chartBottom - 1 && landed.top < landed.h * 0.75, `step ${k} lands at ${Math.round(landed.top)} px, chart ends at ${Math.round(landed.chartBottom)} px`);
      // and back again, from either switch
      for (const href of await page.$$eval('.lang-switch', (as) => as.map((a) => a.getAttribute('href')))) assert.equal(href, `${path}#${ids[k]}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('keeps the query string', async () => {
    const path = storyPaths().find((p) => p.startsWith('/en/'));
    const { page, context } = await openPage(site.browser, `${site.url}${path.slice(1)}?from=test`);
    for (const href of await page.$$eval('.lang-switch', (as) => as.map((a) => a.getAttribute('href')))) assert.equal(href, `${other(path)}?from=test`);
    await context.close();
  });

  it('without JavaScript, is a plain link to the other language’s page (the header’s; the bar is not shown)', async () => {
    for (const path of storyPaths()) {
      const { page, context } = await openPage(site.browser, site.url + path.slice(1), { javaScriptEnabled: false });
      for (const href of await page.$$eval('.lang-switch', (as) => as.map((a) => a.getAttribute('href')))) assert.equal(href, other(path));
      assert.ok(await page.locator('.site-header .lang-switch').isVisible());
      assert.equal(await page.locator(BAR_SWITCH).isVisible(), false);
      await context.close();
    }
  });

  for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
    it(`at ${viewport.width}×${viewport.height}, the bar is one row that fits, with touch targets of 24 px or more`, async () => {
      for (const path of storyPaths()) {
        const { page, context } = await openPage(site.browser, site.url + path.slice(1), { viewport });
        const g = await page.evaluate(() => {
          const box = (el) => el.getBoundingClientRect();
          const links = [...document.querySelectorAll('.progress li a')].map(box);
          const sw = box(document.querySelector('.progress-row .lang-switch'));
          const mid = (r) => r.top + r.height / 2;
          return {
            rows: new Set([...links, sw].map((r) => Math.round(mid(r) / 4))).size,
            right: Math.max(sw.right, ...links.map((r) => r.right)),
            overlap: links.some((r) => r.right > sw.left),
            small: [...links, sw].filter((r) => r.width < 24 || r.height < 24).length,
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth
          };
        });
        assert.equal(g.rows, 1, `${path}: the step links and the switch on one row`);
        assert.ok(g.right <= g.innerWidth && g.scrollWidth <= g.innerWidth && !g.overlap, `${path}: ${JSON.stringify(g)}`);
        assert.equal(g.small, 0, `${path}: targets under 24 px`);
        await context.close();
      }
    });
  }
});
