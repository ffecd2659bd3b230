// Embeds a desk can configure: the Embed control's options rewrite the codes; the embed page applies
// ?content=chart and ?theme=light|dark|auto[,transparent] on the client, is light without scripts,
// and ignores anything else (never reflected); each chart's snippet reserves about its real height.
// Also the AMP code: well formed, resizable, its placeholder and frame exist in the build. oEmbed
// gives the default display only, for a URL asked about with options too (the README says so).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { openPage, startSite, storyPaths } from './helpers.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
const CHART = 'embed/digital-deficit/hook/';
let site;
let controls; // every Embed control of every story page: { src, text, chart, iframe, amp }
before(async () => {
  site = await startSite();
  controls = storyPaths().flatMap((p) => {
    const doc = new JSDOM(readFileSync(join(BUILD, p, 'index.html'), 'utf8')).window.document;
    return [...doc.querySelectorAll('.embed-control')].map((c) => ({
      src: c.getAttribute('data-embed-src'),
      text: Number(c.getAttribute('data-height-text')),
      chart: Number(c.getAttribute('data-height-chart')) || undefined,
      iframe: c.querySelector('.embed-code[data-code=iframe]').textContent,
      amp: c.querySelector('.embed-code[data-code=amp]').textContent
    }));
  });
});
after(async () => site?.close());

const local = (url) => site.url + new URL(url).pathname.slice(1);
const background = (page) => page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor]);
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(17, 20, 24)';
const NONE = 'rgba(0, 0, 0, 0)';

describe('embed options on the embed page', () => {
  it('light by default, for dark-mode readers too, with and without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await openPage(site.browser, site.url + CHART, { colorScheme: 'dark', javaScriptEnabled });
      assert.equal((await background(page))[0], WHITE, `JS ${javaScriptEnabled}`);
      await context.close();
    }
  });

  it('theme=dark is dark for light-mode readers; theme=auto follows the reader', async () => {
    for (const [query, scheme, expected] of [['?theme=dark', 'light', DARK], ['?theme=auto', 'dark', DARK], ['?theme=auto', 'light', WHITE], ['?theme=light', 'dark', WHITE]]) {
      const { page, context, errors } = await openPage(site.browser, site.url + CHART + query, { colorScheme: scheme });
      assert.equal((await background(page))[0], expected, `${query} for a ${scheme} reader`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  it('theme=transparent lets the host show through, in light, dark and auto', async () => {
    for (const query of ['?theme=transparent', '?theme=dark,transparent', '?theme=auto&theme=transparent']) {
      const { page, context } = await openPage(site.browser, site.url + CHART + query);
      assert.deepEqual(await background(page), [NONE, NONE], query);
      await context.close();
    }
  });

  it('content=chart hides the step text and keeps chart, source and credit', async () => {
    const { page, context } = await openPage(site.browser, site.url + CHART + '?content=chart');
    const shown = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('.embed-text')).display,
      chart: document.querySelector('.embed-canvas svg')?.getBoundingClientRect().height ?? 0,
      source: document.querySelector('.chart-source')?.getBoundingClientRect().height ?? 0,
      foot: document.querySelector('.embed-foot')?.getBoundingClientRect().height ?? 0
    }));
    assert.equal(shown.text, 'none');
    assert.ok(shown.chart > 100 && shown.source > 0 && shown.foot > 0, JSON.stringify(shown));
    await context.close();
  });

  it('unknown or hostile values are ignored and never written into the page', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const query = `?theme=${encodeURIComponent(`"><script>alert(1)</script>,dark ,purple`)}&content=${encodeURIComponent(evil)}&childId=${encodeURIComponent(evil)}&x=${encodeURIComponent(evil)}`;
    const { page, context, errors } = await openPage(site.browser, site.url + CHART + query, { colorScheme: 'dark' });
    let dialog = false;
    page.on('dialog', (d) => ((dialog = true), d.dismiss()));
    const state = await page.evaluate(() => ({
      theme: document.documentElement.getAttribute('data-theme'),
      content: document.documentElement.getAttribute('data-content'),
      html: document.documentElement.outerHTML,
      text: getComputedStyle(document.querySelector('.embed-text')).display
    }));
    assert.equal(state.theme, 'light', 'only allowed words count ("dark " is not "dark")');
    assert.equal(state.content, null);
    assert.notEqual(state.text, 'none');
    assert.ok(!/onerror|alert\(|purple/.test(state.html), 'nothing from the query in the page');
    assert.equal((await background(page))[0], WHITE);
    assert.equal(dialog, false);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('embed snippets reserve the height', () => {
  it('every chart embed reserves its height at 640 px within 10 %, with and without the step text', async () => {
    const charts = controls.filter((c) => c.chart);
    assert.ok(charts.length >= 20, String(charts.length));
    const context = await site.browser.newContext({ viewport: { width: 640, height: 900 } });
    const page = await context.newPage();
    const off = [];
    for (const c of charts) {
      assert.ok(c.iframe.includes(` height="${c.text}"`), `${c.src}: the snippet reserves the text height`);
      for (const [query, reserved] of [['', c.text], ['?content=chart', c.chart]]) {
        await page.goto(local(c.src) + query);
        await page.evaluate(() => document.fonts.ready);
        const h = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        if (Math.abs(reserved - h) > 0.1 * h) off.push(`${c.src}${query}: reserves ${reserved}, is ${h}`);
      }
    }
    assert.deepEqual(off, []);
    await context.close();
  });
});

describe('the Embed control', () => {
  it('rewrites the iframe and AMP codes for the chosen options', async () => {
    const { page, context, errors } = await openPage(site.browser, site.url + 'en/stories/digital-deficit/');
    const control = page.locator('section.step .embed-control').first();
    assert.equal(await control.locator('input').count(), 0, 'no form fields before the control is opened');
    await control.locator('summary').first().click();
    const before = await control.locator('.embed-code[data-code=iframe]').textContent();
    await control.getByLabel('Chart only').check();
    await control.getByLabel('Dark').check();
    await control.getByLabel('Transparent background').check();
    const src = await control.getAttribute('data-embed-src');
    const height = await control.getAttribute('data-height-chart');
    for (const kind of ['iframe', 'amp']) {
      const code = await control.locator(`.embed-code[data-code=${kind}]`).textContent();
      assert.ok(code.includes(`src="${src}?content=chart&amp;theme=dark,transparent"`), `${kind}: ${code}`);
      assert.ok(code.includes(` height="${height}"`), `${kind}: ${code}`);
    }
    await control.getByLabel('Light').check();
    await control.getByLabel('Chart with text').check();
    await control.getByLabel('Transparent background').uncheck();
    assert.equal(await control.locator('.embed-code[data-code=iframe]').textContent(), before, 'back to the published default');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('oEmbed and the options', () => {
  it('gives the default code (light, chart with text) for every embed, and drops the query of a URL with options', async () => {
    // Every control's default code is its oEmbed html, with no option in the iframe src.
    for (const c of controls) {
      const oembedFile = join(BUILD, new URL(c.src).pathname, 'oembed.json');
      const { html } = JSON.parse(readFileSync(oembedFile, 'utf8'));
      assert.equal(html, c.iframe, oembedFile);
      assert.match(html, new RegExp(`src="${c.src.replace(/[.?]/g, '\\$&')}"`), 'no query on the src');
    }
    // What a consumer finds when given an embed URL with options: the same discovery link.
    const { page, context } = await openPage(site.browser, `${site.url}${CHART}?content=chart&theme=dark,transparent`);
    const discovered = await page.getAttribute('link[type="application/json+oembed"]', 'href');
    assert.equal(new URL(discovered).pathname, `/${CHART}oembed.json`);
    assert.equal(new URL(discovered).search, '', 'the options are not passed on');
    await context.close();
  });

  it("the Embed control's oEmbed link says it gives the default display", () => {
    for (const p of storyPaths()) {
      const doc = new JSDOM(readFileSync(join(BUILD, p, 'index.html'), 'utf8')).window.document;
      const lang = doc.documentElement.lang;
      const label = JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')).embed_oembed;
      const links = [...doc.querySelectorAll('.embed-control a[type="application/json+oembed"]')];
      assert.ok(links.length, p);
      for (const a of links) assert.equal(a.textContent, label);
    }
  });
});

describe('AMP code', () => {
  it('is a well-formed, resizable amp-iframe with an overflow element and a placeholder from the build', () => {
    assert.ok(controls.length >= 20);
    for (const c of controls) {
      const doc = new JSDOM(`<body>${c.amp}</body>`).window.document;
      const bare = (html) => html.replace(/=""/g, ''); // the serialiser writes boolean attributes as =""
      assert.equal(bare(doc.body.innerHTML), bare(c.amp), `well formed (serialises to itself): ${c.amp}`);
      const f = doc.querySelector('amp-iframe');
      assert.equal(doc.body.children.length, 1);
      assert.equal(f.getAttribute('src'), c.src);
      assert.ok(f.hasAttribute('resizable') && /\ballow-scripts\b/.test(f.getAttribute('sandbox')), c.amp);
      assert.equal(f.getAttribute('layout'), 'responsive');
      assert.ok(Number(f.getAttribute('width')) > 0 && f.getAttribute('height') === String(c.text), c.amp);
      assert.ok(f.querySelector(':scope > [overflow]'), 'resizable needs an overflow element');
      const img = f.querySelector(':scope > amp-img[placeholder][layout=fill]');
      assert.ok(existsSync(join(BUILD, new URL(img.getAttribute('src')).pathname)), img.getAttribute('src'));
      assert.ok(existsSync(join(BUILD, new URL(c.src).pathname, 'index.html')), c.src);
      if (c.chart) assert.match(img.getAttribute('src'), /\/embed\/[\w-]+\/[\w-]+\.png$/, 'a chart: its PNG');
    }
  });
});
