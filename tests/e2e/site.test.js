import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstChart, openPage, scrollToStep, startSite, storyPaths } from './helpers.js';
import { stories, publishedStories } from './stories.js';

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

// Per-page checks (lang, title, description, hreflang, axe, console, 320 px) run on every built page
// in gates.test.js; this file holds the site-wide behaviour.
describe('site shell', () => {
  it('home lists every story of the registry, each published one linked, with a preview graphic, and says how many', async () => {
    const words = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
    for (const p of ['', 'en/']) {
      const { page, context } = await openPage(site.browser, site.url + p);
      assert.equal(await page.locator('.card').count(), stories.length);
      assert.equal(await page.locator('.card.soon').count(), stories.length - publishedStories.length);
      const intro = await page.locator('.intro').textContent();
      assert.ok(intro.includes(p ? `${words[stories.length]} stories` : `${stories.length}つのテーマ`), intro);
      const hrefs = await page.locator('.card a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const { slug } of publishedStories) assert.ok(hrefs.includes(`/${p}stories/${slug}/`), hrefs.join(' '));
      for (const card of await page.locator('.card').all()) assert.ok((await card.locator('svg :is(rect, path, circle)').count()) > 0, 'preview graphic');
      await context.close();
    }
  });

  it('home presents the two other ways to use each published story: its embed code, and its slides, guide and worksheet', async () => {
    for (const p of ['', 'en/']) {
      const { page, context } = await openPage(site.browser, site.url + p);
      const links = (sel) => page.locator(sel).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const embed = await links('.use #embed a');
      const cls = await links('.use #class a');
      assert.equal(embed.length, publishedStories.length);
      for (const { slug } of publishedStories) {
        assert.ok(embed.includes(`/${p}stories/${slug}/#embed`), embed.join(' '));
        for (const to of ['', 'guide/', 'worksheet/']) assert.ok(cls.includes(`/${p}present/${slug}/${to}`), cls.join(' '));
      }
      // each link lands on a built page, and the embed anchor exists there
      for (const href of [...embed, ...cls]) assert.equal((await fetch(site.url + href.slice(1).replace(/#.*/, ''))).status, 200, href);
      const story = await openPage(site.browser, site.url + embed[0].slice(1));
      assert.equal(await story.page.locator('#embed .embed-control').count(), 1);
      await story.context.close();
      await context.close();
    }
  });

  it('works under its Content Security Policy (no violations reported)', async () => {
    const { page, errors, context } = await openPage(site.browser, site.url + storyPaths()[0].slice(1));
    assert.ok(await page.locator('meta[http-equiv="content-security-policy"]').count());
    // step changes: the sticky chart parses and swaps its figures under the CSP
    await scrollToStep(page, 1);
    await scrollToStep(page, 2);
    assert.deepEqual(errors.filter((e) => /Content Security Policy/i.test(e)), []);
    await context.close();
  });

  it('CSV downloads hold exactly the drawn rows with their source lines', async () => {
    // (every CSV against its chart's data table: csv.test.js; here one as a reader downloads it)
    const { slug, step } = firstChart();
    const res = await fetch(`${site.url}en/data/${slug}/${step}.csv`);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = text.trim().split(/\r\n/);
    assert.match(header, /^[^,]+,Series,Value \([^)]+\),Note,Figure,White-paper text line,Source$/);
    assert.ok(rows.length >= 1, 'rows of data, the source in a column');
    for (const r of rows) assert.match(r, /^[^,]+,.*,-?[\d.]+,[^,]*,Figure [^,]+,\d+,"Source: MIC, 2025 White Paper/);
  });

});
