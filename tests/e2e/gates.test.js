// Quality gates on the built site, for every page the build produced (found by walking the build
// folder, so new stories, embeds and slides are covered without a hand-kept list).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, startSite } from './helpers.js';
import { checkCsp, checkInventory, checkLinks, checkSitemap, listPages } from '../../scripts/gates/static-checks.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
const ORIGIN = (process.env.PUBLIC_ORIGIN ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
const pages = listPages(BUILD).map((p) => p.path);
const isStory = (path) => /^\/(en\/)?stories\/[^/]+\/$/.test(path);
const isEmbed = (path) => /^\/(en\/)?embed\/[^/]+\/([^/]+\/)?$/.test(path);

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

/** Visit every page in one browser context and one tab (navigated from page to page: a new tab per
 *  page cost more than the checks), collecting problems. */
async function eachPage(contextOptions, visit, only = pages, waitUntil = 'load') {
  const context = await site.browser.newContext(contextOptions);
  const page = await context.newPage();
  let errors = [];
  let foreign = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => new URL(r.url()).host !== new URL(site.url).host && !/^(data|blob):/.test(r.url()) && foreign.push(r.url()));
  const problems = [];
  for (const path of only) {
    errors = [];
    foreign = [];
    await page.goto(site.url + path.slice(1), { waitUntil }); // 'load': fonts, scripts and chunks are in by then
    await visit(page, path, (msg) => problems.push(`${path}: ${msg}`), { errors, foreign });
  }
  await context.close();
  return problems;
}

/** Dark-mode axe runs on every page but the stories (story.test.js checks them at their first and
 *  last step, light and dark) and the one-chart embeds (the same charts as the story embeds). */
const checkDark = (path) => !isStory(path) && !/\/embed\/[^/]+\/[^/]+\//.test(path);
const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 720 };

describe('every page in Chromium', () => {
  // One visit per page: a 320 px phone, console, requests and axe; then, on the same visit, at
  // desktop width, the embed pages' width (a wide frame) and axe again in dark mode (the size and
  // colour scheme switched live, as a reader's window and system setting would). The three tests
  // below report the parts.
  const found = { light: [], dark: [], wide: [] };
  before(async () => {
    found.light = await eachPage({ viewport: PHONE }, async (page, path, say, { errors, foreign }) => {
      const over = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      if (foreign.length) say(`requests ${foreign.join(', ')}`);
      if (errors.length) say(errors.join('; '));
      if (over > 0) say(`overflows 320 px by ${over} px`);
      // after the console check: axe runs under the page's CSP, which would report anything it broke.
      if (isStory(path)) return;
      (await axe(page)).forEach((v) => say(v));
      if (!checkDark(path) && !isEmbed(path)) return;
      await page.setViewportSize(DESKTOP);
      if (isEmbed(path)) {
        const [content, box] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        if (content > box) found.wide.push(`${path}: content ${content} px wide in ${box} px`);
      }
      if (checkDark(path)) {
        await page.emulateMedia({ colorScheme: 'dark' });
        (await axe(page)).forEach((v) => found.dark.push(`${path}: dark: ${v}`));
        await page.emulateMedia({ colorScheme: 'light' });
      }
      await page.setViewportSize(PHONE);
    });
  });

  it('requests nothing from another host, reports no error or CSP violation, does not overflow 320 px, has no axe violations (stories: story.test.js)', () => {
    assert.deepEqual(found.light, []);
  });

  it('axe-core in dark mode: 0 violations on every page but the stories (story.test.js) and the one-chart embeds (same charts)', () => {
    assert.ok(pages.filter(checkDark).length >= 10, 'pages checked in dark mode');
    assert.deepEqual(found.dark, []);
  });

  it('no embed page overflows sideways at 1280 px (no horizontal scrollbar in a wide frame)', () => {
    assert.ok(pages.filter(isEmbed).length >= 10, 'embed pages checked');
    assert.deepEqual(found.wide, []);
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
    }, pages, 'domcontentloaded'); // nothing loads later that this check reads
    assert.deepEqual(problems, []);
  });
});
