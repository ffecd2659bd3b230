import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, openPage, scrollToStep, startSite, stickyState } from './helpers.js';
import { publishedStories } from './stories.js';

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

// Every published story of the registry, with its step count, its last step and a step to jump to
// (two thirds of the way down, so the jump skips several steps).
const storyCases = publishedStories.map((s) => ({
  slug: s.slug,
  min: s.steps.length,
  max: s.steps.length,
  last: s.steps.at(-1),
  jump: s.steps[Math.floor((s.steps.length * 2) / 3)]
}));

for (const { slug, min, max, last, jump } of storyCases)
for (const lang of ['ja', 'en']) {
  const prefix = lang === 'en' ? 'en/' : '';
  describe(`${slug} story (${lang})`, () => {
    it('changes the chart state at every scroll step, in order, without console errors', async () => {
      const { page, errors, context } = await openPage(site.browser, `${site.url}${prefix}stories/${slug}/`);
      const n = await page.locator('.step').count();
      assert.ok(n >= min && n <= max, `${min}–${max} steps, got ${n}`);
      let prev = await stickyState(page);
      assert.equal(prev.active, 0);
      for (let i = 1; i < n; i++) {
        await scrollToStep(page, i);
        const s = await stickyState(page);
        assert.equal(s.active, i, `step ${i} active`);
        const id = await page.locator('.step').nth(i).getAttribute('id');
        assert.equal(`step-${s.chart.split('/')[1]}`, id, 'sticky chart shows this step’s state');
        assert.notDeepEqual([s.marks, s.title, s.chart], [prev.marks, prev.title, prev.chart], `state changes at step ${i}`);
        prev = s;
      }
      // The URL carries the step, so the language switch and reloads land here.
      assert.match(page.url(), new RegExp(`#step-${last}$`));
      assert.deepEqual(errors, []);
      await context.close();
    });

    it('recovers the right state after a fast jump (anchor link) and after going back up', async () => {
      const { page, context } = await openPage(site.browser, `${site.url}${prefix}stories/${slug}/`);
      const first = await page.locator('.step').first().getAttribute('id');
      await page.click(`.progress a[href="#step-${jump}"]`);
      let s = await stickyState(page);
      assert.equal(s.chart, `${slug}/${jump}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      s = await stickyState(page);
      assert.equal(s.chart, `${slug}/${first.replace(/^step-/, '')}`);
      if (slug === 'digital-deficit') assert.equal(s.chart, 'digital-deficit/hook');
      await context.close();
    });

    it('has no axe violations, in light and dark mode, at every step', async () => {
      for (const colorScheme of ['light', 'dark']) {
        const { page, context } = await openPage(site.browser, `${site.url}${prefix}stories/${slug}/`, { colorScheme, bypassCSP: true });
        const n = await page.locator('.step').count();
        for (let i = 0; i < n; i += 1) {
          if (i) await scrollToStep(page, i);
          await page.waitForTimeout(700);
          assert.deepEqual(await axe(page), [], `${colorScheme} step ${i}`);
          if (colorScheme === 'dark' && i === 0) i = n - 2; // dark: first and last steps are enough
        }
        await context.close();
      }
    });

    it('without JavaScript shows every step text and every chart as SVG, in reading order', async () => {
      const { page, context } = await openPage(site.browser, `${site.url}${prefix}stories/${slug}/`, { javaScriptEnabled: false });
      assert.equal(await page.locator('.sticky-graphic').isVisible(), false);
      const steps = await page.locator('.step').count();
      for (let i = 0; i < steps; i++) {
        const step = page.locator('.step').nth(i);
        assert.ok(await step.locator('p').first().isVisible());
        const fig = step.locator('.step-chart figure');
        assert.ok(await fig.isVisible(), `step ${i} has its chart`);
        const kind = await step.locator('.chart-canvas').getAttribute('data-chart-kind');
        if (kind !== 'text') assert.ok((await fig.locator('svg rect, svg path').count()) > 0, `step ${i} chart has SVG marks`);
      }
      await context.close();
    });
  });
}

describe('reduced motion', () => {
  it('changes state without animation', async () => {
    const { page, context } = await openPage(site.browser, `${site.url}stories/digital-deficit/`, { reducedMotion: 'reduce' });
    await page.click('.progress a[href="#step-engines"]');
    await page.waitForTimeout(150);
    const count = await page.locator('.sticky-chart figure:not(.pending) rect[data-key]').count();
    const opacities = await page.$$eval('.sticky-chart figure:not(.pending) rect[data-key]', (rs) => rs.map((r) => r.getAttribute('opacity')));
    assert.equal(count, 33, 'all 33 segments drawn at once');
    assert.ok(opacities.every((o) => o === '1'));
    await context.close();
  });
});

describe('language switch', () => {
  it('lands on the same step in the other language', async () => {
    const { page, context } = await openPage(site.browser, `${site.url}stories/digital-deficit/`);
    await scrollToStep(page, 1);
    await scrollToStep(page, 2);
    await stickyState(page);
    const href = await page.locator('.lang-switch').getAttribute('href');
    assert.equal(href, '/en/stories/digital-deficit/#step-engines');
    // Activated where it is (a click would first scroll the header, and so the story, to the top).
    await page.locator('.lang-switch').dispatchEvent('click');
    await page.waitForURL(/\/en\/stories\/digital-deficit\/#step-engines$/);
    const s = await stickyState(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(s.chart, 'digital-deficit/engines');
    const back = await page.locator('.lang-switch').getAttribute('href');
    assert.equal(back, '/stories/digital-deficit/#step-engines');
    await context.close();
  });

  it('keeps the query string too', async () => {
    const { page, context } = await openPage(site.browser, `${site.url}en/stories/digital-deficit/?from=test`);
    await page.waitForTimeout(200);
    assert.equal(await page.locator('.lang-switch').getAttribute('href'), '/stories/digital-deficit/?from=test');
    await context.close();
  });
});

describe('story script blocked or failing to load', () => {
  it('keeps the complete no-JS story: every step with its own chart, in order, and no sticky layout', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const blocked = [];
    await page.route('**/_app/immutable/scripts/**', (route) => (blocked.push(route.request().url()), route.abort()));
    await page.goto(`${site.url}stories/noto/`, { waitUntil: 'networkidle' });
    assert.equal(blocked.length, 1, 'the page asked for its script');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('enhanced')), false);
    assert.equal(await page.locator('.sticky-graphic').isVisible(), false);
    const steps = page.locator('.step');
    const n = await steps.count();
    assert.ok(n > 5);
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
