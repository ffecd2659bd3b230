// Quality gates on the built site, for every page the build produced (found by walking the build
// folder, so new stories, embeds and slides are covered without a hand-kept list).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, openPage, startSite, scrollToStep } from './helpers.js';
import { checkCsp, checkInventory, checkLinks, checkSitemap, listPages } from '../../scripts/gates/static-checks.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
const ORIGIN = (process.env.PUBLIC_ORIGIN ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
const pages = listPages(BUILD).map((p) => p.path);
const storyPaths = pages.filter((p) => /^\/(en\/)?stories\/[^/]+\/$/.test(p));

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

describe(`built files (${pages.length} pages)`, () => {
  it('pages inventory: both languages, lang, title, description, canonical, reciprocal hreflang, noindex on embeds and slides', () => {
    assert.deepEqual(checkInventory(BUILD), []);
  });
  it('sitemap.xml lists exactly the public pages; robots.txt points at it', () => {
    assert.deepEqual(checkSitemap(BUILD), []);
  });
  it('every internal href/src resolves to a file; external links only to the allow-list', () => {
    assert.deepEqual(checkLinks(BUILD, { origin: ORIGIN }), []);
  });
  it('every page has a CSP: same origin only, inline scripts only by hash', () => {
    assert.deepEqual(checkCsp(BUILD), []);
  });
});

/** Visit every page in one browser context (fresh page each), collecting problems. */
async function eachPage(contextOptions, visit, only = pages) {
  const context = await site.browser.newContext(contextOptions);
  const problems = [];
  for (const path of only) {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const foreign = [];
    page.on('request', (r) => new URL(r.url()).host !== new URL(site.url).host && !/^(data|blob):/.test(r.url()) && foreign.push(r.url()));
    await page.goto(site.url + path.slice(1), { waitUntil: 'load' }); // fonts, scripts and chunks are in by then
    await visit(page, path, (msg) => problems.push(`${path}: ${msg}`), { errors, foreign });
    await page.close();
  }
  await context.close();
  return problems;
}

describe('every page in Chromium', () => {
  // One visit per page for the light-mode gates: a 320 px phone, console, requests and axe together.
  it('requests nothing from another host, reports no error or CSP violation, does not overflow 320 px, has no axe violations', async () => {
    const problems = await eachPage({ viewport: { width: 320, height: 640 } }, async (page, path, say, { errors, foreign }) => {
      const over = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      if (foreign.length) say(`requests ${foreign.join(', ')}`);
      if (errors.length) say(errors.join('; '));
      if (over > 0) say(`overflows 320 px by ${over} px`);
      // after the console check: axe runs under the page's CSP, which would report anything it broke
      (await axe(page)).forEach((v) => say(v));
    });
    assert.deepEqual(problems, []);
  });

  it('axe-core in dark mode: 0 violations on every page but the stories (story.test.js) and the one-chart embeds (same charts)', async () => {
    const darkPages = pages.filter((p) => !/\/stories\/|\/embed\/[^/]+\/[^/]+\//.test(p));
    const dark = await eachPage({ bypassCSP: true, colorScheme: 'dark' }, async (page, path, say) => (await axe(page)).forEach((v) => say(`dark: ${v}`)), darkPages);
    assert.deepEqual(dark, []);
  });

  it('without JavaScript: main text shows and every chart is SVG', async () => {
    const problems = await eachPage({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } }, async (page, path, say) => {
      const r = await page.evaluate(() => {
        const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
        const canvases = [...document.querySelectorAll('.chart-canvas')].filter(visible);
        const drawn = canvases.filter((c) => c.getAttribute('data-chart-kind') !== 'text');
        return {
          text: (document.querySelector('main, article, .embed, body')?.innerText ?? '').trim().length,
          all: canvases.length,
          charts: drawn.length,
          svg: drawn.filter((c) => c.querySelector('svg :is(rect, path, circle, line)')).length
        };
      });
      if (r.text < 80) say(`only ${r.text} characters of text`);
      if (r.svg < r.charts) say(`${r.charts - r.svg} of ${r.charts} charts without SVG marks`);
      if (/\/(stories|embed)\//.test(path) && !/404/.test(path) && r.all === 0) say('no chart');
    });
    assert.deepEqual(problems, []);
  });
});

describe('stories: keyboard and zoom', () => {
  for (const path of storyPaths) {
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
      for (let n = 0; n < controls.length + 40; n++) {
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
              if (p.closest('details:not([open])')) return false;
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
      for (const viewport of [{ width: 320, height: 640 }, { width: 390, height: 844 }]) {
        const { page, context } = await openPage(site.browser, site.url + path.slice(1), { viewport });
        // Every step's figure is prepared (laid out, hidden) in the sticky box a few seconds after load.
        await page.waitForFunction(() => document.querySelectorAll('.live-figure > figure').length === document.querySelectorAll('.step').length, null, { timeout: 20000 });
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
            const step = document.querySelector(`.step-note[data-static-note="${f.dataset.chart}"]`);
            if (note && !step?.textContent.includes(note.slice(0, 20))) notes.push(`${f.dataset.chart}: note missing from its step`);
            if (note && step && getComputedStyle(step).display === 'none') notes.push(`${f.dataset.chart}: step note hidden`);
          }
          return { cut, notes, bodies: [...document.querySelectorAll('.live-figure .chart-body')].map((b) => Math.round(b.getBoundingClientRect().height)) };
        });
        assert.deepEqual(r.cut, [], `${viewport.width} px`);
        assert.deepEqual(r.notes, [], `${viewport.width} px`);
        // and the chart itself keeps a usable height
        assert.ok(Math.min(...r.bodies) >= 160, `${viewport.width} px: chart heights ${r.bodies}`);
        await context.close();
      }
    });
  }
});
