// Story pages, for every story the build produced, in both languages: the sticky chart follows the
// steps (in order, after a jump, back at the top), axe at the first and last step in light and dark
// mode (each step's chart is checked on its own embed page by gates.test.js), no-JS reading order
// with real data marks, the transition itself and reduced motion (the language switch:
// lang-switch.test.js).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, openPage, scrollToStep, settledAt, startSite, stickyState, storyPaths } from './helpers.js';

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

const paths = storyPaths();
const stepIds = (page) => page.$$eval('.step', (els) => els.map((el) => el.id.replace(/^step-/, '')));

describe('story pages', () => {
  it('are found in the build output', () => assert.ok(paths.length >= 2, `story pages: ${paths}`));
});

for (const path of paths) {
  const slug = path.split('/').at(-2);
  describe(path, () => {
    it('changes the chart state at every scroll step, in order, without console errors', async () => {
      const { page, errors, context } = await openPage(site.browser, site.url + path.slice(1));
      const ids = await stepIds(page);
      assert.ok(ids.length >= 2, `${ids.length} steps`);
      assert.equal(await page.locator('.progress a').count(), ids.length, 'one progress link per step');
      let prev = await stickyState(page, 0);
      assert.equal(prev.chart, `${slug}/${ids[0]}`);
      for (let i = 1; i < ids.length; i++) {
        await scrollToStep(page, i);
        const s = await stickyState(page, i);
        assert.equal(s.chart, `${slug}/${ids[i]}`, 'sticky chart shows this step’s state');
        assert.notDeepEqual([s.marks, s.title, s.chart], [prev.marks, prev.title, prev.chart], `state changes at step ${i}`);
        prev = s;
      }
      // The URL carries the step, so the language switch and reloads land here.
      assert.match(page.url(), new RegExp(`#step-${ids.at(-1)}$`));
      assert.deepEqual(errors, []);
      await context.close();
    });

    it('recovers the right state after a fast jump (anchor link) and after going back up', async () => {
      const { page, context } = await openPage(site.browser, site.url + path.slice(1));
      const ids = await stepIds(page);
      const j = Math.ceil(ids.length / 2);
      await page.click(`.progress a[href="#step-${ids[j]}"]`);
      assert.equal((await stickyState(page, j)).chart, `${slug}/${ids[j]}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      assert.equal((await stickyState(page, 0)).chart, `${slug}/${ids[0]}`);
      await context.close();
    });

    it('under reduced motion shows each state at once, exactly as the server drew it', async () => {
      const { page, context } = await openPage(site.browser, site.url + path.slice(1));
      // the last step that draws a chart (a closing text step has no SVG)
      const j = await page.$$eval('.step', (els) => els.findLastIndex((el) => el.querySelector('.step-chart .chart-canvas svg')));
      const ids = await stepIds(page);
      await page.click(`.progress a[href="#step-${ids[j]}"]`);
      await settledAt(page, j);
      const [live, server] = await page.evaluate((j) => {
        const svg = (root) => root?.querySelector('.chart-canvas svg')?.outerHTML;
        // each step's own server-drawn figure (the no-JS copy, hidden once the script runs)
        return [svg(document.querySelector('.sticky-chart figure:not(.pending)')), svg(document.querySelectorAll('.step')[j].querySelector('.step-chart'))];
      }, j);
      assert.ok(server, 'the step has a server-drawn SVG');
      assert.equal(live, server);
      await context.close();
    });

    it('has no axe violations at the first and last step, in light and dark mode', async () => {
      for (const colorScheme of ['light', 'dark']) {
        const { page, context } = await openPage(site.browser, site.url + path.slice(1), { colorScheme, bypassCSP: true });
        const n = await page.locator('.step').count();
        for (const i of [0, n - 1]) {
          await scrollToStep(page, i);
          assert.deepEqual(await axe(page), [], `${colorScheme} step ${i}`);
        }
        await context.close();
      }
    });

    it('without JavaScript shows every step text and its chart with data marks, in reading order', async () => {
      const { page, context } = await openPage(site.browser, site.url + path.slice(1), { javaScriptEnabled: false });
      assert.equal(await page.locator('.sticky-graphic').isVisible(), false);
      const steps = await page.locator('.step').count();
      for (let i = 0; i < steps; i++) {
        const step = page.locator('.step').nth(i);
        assert.ok(await step.locator('p').first().isVisible(), `step ${i} text`);
        const fig = step.locator('.step-chart figure');
        assert.ok(await fig.isVisible(), `step ${i} has its chart`);
        const kind = await step.locator('.chart-canvas').getAttribute('data-chart-kind');
        // data marks carry data-key; gridlines and axes do not
        if (kind !== 'text') assert.ok((await fig.locator('svg [data-key]').count()) > 0, `step ${i} (${kind}) chart has data marks`);
      }
      await context.close();
    });
  });
}

describe('animation', () => {
  it('tweens from the old picture to the new one, then settles on the server’s geometry', async () => {
    const path = paths[0];
    const { page, context } = await openPage(site.browser, site.url + path.slice(1), { reducedMotion: 'no-preference' });
    await page.evaluate(() => {
      window.__rec = [];
      new MutationObserver((l) => window.__rec.push(...l.map((r) => ({ el: r.target, name: r.attributeName, old: r.oldValue })))).observe(document.querySelector('.sticky-chart'), {
        subtree: true,
        attributes: true,
        attributeOldValue: true
      });
    });
    await scrollToStep(page, 1);
    const r = await page.evaluate(() => {
      const settled = window.__rec.filter((m) => m.name === 'data-settled').map((m) => m.old);
      const fig = document.querySelector('.sticky-chart figure:not(.pending)');
      // values held between the first and the final picture (old values of later changes)
      const between = window.__rec.filter((m) => m.name !== 'data-settled' && m.name !== 'data-active-step' && m.name !== 'class' && fig.contains(m.el) && m.old !== null && m.old !== m.el.getAttribute(m.name));
      const server = document.querySelectorAll('.step')[1].querySelector('.step-chart');
      const geometry = (root) =>
        [...root.querySelectorAll('.chart-canvas svg [data-key]')].map((e) => ['x', 'y', 'width', 'height', 'd', 'transform', 'cx', 'cy'].map((a) => e.getAttribute(a)).join('|')).join('\n');
      return { settled, between: between.length, live: geometry(fig), server: geometry(server), exiting: fig.querySelectorAll('.exiting').length };
    });
    assert.deepEqual(r.settled.slice(0, 2), ['true', 'false'], 'data-settled goes false during the transition, then true');
    assert.ok(r.between > 0, 'intermediate pictures were drawn');
    assert.equal(r.live, r.server, 'final marks where the server drew them');
    assert.equal(r.exiting, 0, 'leaving marks removed');
    await context.close();
  });
});

describe('story script blocked or failing to load', () => {
  it('keeps the complete no-JS story: every step with its own chart, in order, and no sticky layout', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const blocked = [];
    await page.route('**/_app/immutable/scripts/**', (route) => (blocked.push(route.request().url()), route.abort()));
    await page.goto(site.url + paths[0].slice(1), { waitUntil: 'load' });
    assert.equal(blocked.length, 1, 'the page asked for its script');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('enhanced')), false);
    assert.equal(await page.locator('.sticky-graphic').isVisible(), false);
    const steps = page.locator('.step');
    const n = await steps.count();
    assert.ok(n >= 2, `${n} steps`);
    for (let i = 0; i < n; i++) {
      const step = steps.nth(i);
      const fig = step.locator('.step-chart figure');
      assert.ok(await fig.isVisible(), `step ${i} shows its chart`);
      assert.equal(`step-${(await fig.getAttribute('data-chart')).split('/')[1]}`, await step.getAttribute('id'), `step ${i} shows its own chart`);
      // in reading order: the chart after the step's text
      const [text, chart] = await Promise.all([step.locator('.step-text').boundingBox(), fig.boundingBox()]);
      assert.ok(chart.y > text.y, `step ${i}: chart below its text`);
    }
    await context.close();
  });
});
