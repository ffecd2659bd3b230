// Embeds on the built site: a host page on another origin uses the published snippets; frames
// size to their content; no-JS frames still show the chart; 404s; query parameters; oEmbed (axe: gates.test.js).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstChart, openPage, startSite } from './helpers.js';
import { closeContext, frameHeights, hostHtml, routeSite, snippetsFrom, startHost } from './embed-host.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
let site;
let published; // snippets read from the story pages' Embed controls: { ja: {story, steps}, en: {...} }
let publicOrigin; // PUBLIC_ORIGIN of the build, as the snippets carry it
// one story and one chart step, from the build (the first story, its first step with a chart)
const { slug: STORY, step: STEP } = firstChart(BUILD);

before(async () => {
  site = await startSite();
  published = {};
  for (const [lang, prefix] of [['ja', ''], ['en', 'en/']]) {
    const { page, context } = await openPage(site.browser, `${site.url}${prefix}stories/${STORY}/`);
    published[lang] = await snippetsFrom(page);
    await context.close();
  }
  publicOrigin = new URL(/src="([^"]+)"/.exec(published.ja.story)[1]).origin;
});
after(async () => site?.close());

/** A context whose requests to the snippet origin reach the local build. */
async function hostContext(width, opts = {}) {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: opts.javaScriptEnabled ?? true, colorScheme: opts.colorScheme ?? 'light' });
  await routeSite(context, publicOrigin, new URL(site.url).origin, opts);
  return context;
}

/** A host page on another origin showing `snippets`, in a browser `width` px wide; close() ends both. */
async function openHost(snippets, width, opts = {}) {
  const host = await startHost(hostHtml(snippets));
  const context = await hostContext(width, opts);
  const page = await context.newPage();
  const firstFrame = async () => (await page.locator('iframe').elementHandle()).contentFrame();
  return { host, context, page, firstFrame, close: async () => (await closeContext(context), host.server.close()) };
}

/** Every file under a folder of the build, as paths relative to the build. */
function walk(dir, rel = '') {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(dir, join(rel, e.name)) : [join(rel, e.name).split('\\').join('/')]
  );
}

describe('embed snippets', () => {
  it('every step and the story have a snippet: lazy, titled, 100% wide iframe plus the resize script', () => {
    for (const lang of ['ja', 'en']) {
      const { story, steps } = published[lang];
      assert.ok(Object.keys(steps).length >= 2);
      for (const s of [story, ...Object.values(steps)]) {
        assert.match(s, /^<iframe src="https?:\/\/[^"]+\/embed\/[\w-]+\/([\w-]+\/)?" title="[^"]+" width="100%" height="\d+" loading="lazy" frameborder="0" style="width:100%;border:0"><\/iframe>\n<script src="[^"]+\/embed\.js" async><\/script>(\n<noscript><picture><source media="\(max-width: \d+px\)" srcset="[^"]+\.narrow\.png" width="\d+" height="\d+"><img src="[^"]+\.png" alt="[^"]+" width="\d+" height="\d+" style="max-width:100%;height:auto"><\/picture><\/noscript>)?$/);
        assert.equal(s.includes('/en/embed/'), lang === 'en', s);
      }
    }
  });

  it('the Embed control copies the snippet and announces it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.url}en/stories/${STORY}/`, { waitUntil: 'load' });
    const control = page.locator(`#step-${STEP} .embed-control`);
    await control.locator(':scope > summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await control.evaluate((d) => d.open), true, 'opens with the keyboard');
    // the iframe code's own button and status (the AMP code has another pair)
    await control.locator(':scope > .embed-actions button').focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    assert.equal(await control.locator(':scope > .embed-actions [role=status]').textContent(), 'Copied to the clipboard');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), published.en.steps[STEP]);
    assert.equal(await control.locator('.embed-code[data-code=iframe]').textContent(), published.en.steps[STEP]);
    // focusing the code selects all of it, for readers who copy by hand
    await control.locator('.embed-code[data-code=iframe]').focus();
    assert.equal(await page.evaluate(() => String(getSelection())), published.en.steps[STEP]);
    await context.close();
  });
});

describe('embedded on another origin', () => {
  for (const width of [320, 768, 1280]) {
    it(`at ${width}px the frames are exactly as tall as their content, with no inner scrollbar`, async () => {
      const { host, page, close } = await openHost([published.en.steps[STEP], published.ja.story], width);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(host.url);
      assert.notEqual(new URL(host.url).origin, publicOrigin, 'host and frames on different origins');
      const frames = await frameHeights(page);
      assert.equal(frames.length, 2);
      for (const f of frames) {
        assert.ok(Math.abs(f.height - f.doc.height) <= 3, `${f.src}: iframe ${f.height}px vs document ${f.doc.height}px`);
        assert.ok(f.doc.scrollHeight <= f.doc.clientHeight + 1, `${f.src}: inner vertical scroll ${f.doc.scrollHeight} > ${f.doc.clientHeight}`);
        assert.ok(f.doc.scrollWidth <= f.doc.clientWidth, `${f.src}: inner horizontal scroll ${f.doc.scrollWidth} > ${f.doc.clientWidth}`);
        assert.ok(f.doc.svgs >= 1, `${f.src}: shows its chart`);
      }
      console.log(`    ${width}px: ${frames.map((f) => `${new URL(f.src).pathname} ${Math.round(f.height)}px`).join(', ')}`);
      assert.deepEqual(errors, []);
      await close();
    });
  }

  it('the frame follows content changes (opening the data table) and the host asking again', async () => {
    const { host, page, firstFrame, close } = await openHost([published.en.steps[STEP]], 768);
    await page.goto(host.url);
    const [before] = await frameHeights(page);
    const frame = await firstFrame();
    await frame.locator('.data-table summary').click();
    const [afterOpen] = await frameHeights(page);
    assert.ok(afterOpen.height > before.height + 40, `${before.height} → ${afterOpen.height}`);
    assert.ok(Math.abs(afterOpen.height - afterOpen.doc.height) <= 3);
    await close();
  });

  it('the "view the full story" link opens the story at the step, in the top window', async () => {
    const { host, page, firstFrame, close } = await openHost([published.ja.steps[STEP]], 768);
    await page.goto(host.url);
    const frame = await firstFrame();
    const link = frame.locator('.embed-foot a');
    assert.equal(await link.getAttribute('target'), '_top');
    assert.match(await link.getAttribute('href'), new RegExp(`/stories/${STORY}/#step-${STEP}$`));
    // the arrow keeps its space from the words (Svelte trims a space at the start of an element)
    assert.match(await link.textContent(), /\S\u00a0→$/);
    await Promise.all([page.waitForURL(`${publicOrigin}/**`), link.click()]);
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).hash, `/stories/${STORY}/#step-${STEP}`);
    await close();
  });

  it('with scripts blocked inside the frame (CSP sandbox) the chart SVG and text still show', async () => {
    const { host, page, close } = await openHost([published.en.steps[STEP], published.en.story], 390, { sandboxFrames: true });
    await page.goto(host.url);
    await page.waitForTimeout(500);
    const snippets = [published.en.steps[STEP], published.en.story];
    for (const [i, el] of (await page.locator('iframe').elementHandles()).entries()) {
      const frame = await el.contentFrame();
      const shown = await frame.evaluate(() => ({
        svg: [...document.querySelectorAll('.chart-canvas svg')].filter((s) => s.getBoundingClientRect().height > 100 && s.querySelector('rect')).length,
        title: document.querySelector('h1')?.textContent ?? '',
        theme: document.documentElement.getAttribute('data-theme')
      }));
      assert.ok(shown.svg >= 1, 'chart drawn as SVG');
      assert.ok(shown.title.length > 3);
      // No script ran: the frame keeps the snippet's default height.
      const expected = Number(/height="(\d+)"/.exec(snippets[i])[1]);
      assert.equal(Math.round(await el.evaluate((f) => f.getBoundingClientRect().height)), expected);
    }
    await close();
  });

  it('with JavaScript disabled in the whole browser the frame still shows the chart SVG', async () => {
    const { host, page, firstFrame, close } = await openHost([published.ja.steps[STEP]], 390, { javaScriptEnabled: false });
    await page.goto(host.url);
    await page.waitForTimeout(500);
    const frame = await firstFrame();
    const svgHeight = await frame.evaluate(() => Math.max(...[...document.querySelectorAll('.chart-canvas svg')].map((s) => s.getBoundingClientRect().height)));
    assert.ok(svgHeight > 100, `svg ${svgHeight}px`);
    await close();
  });
});

describe('embed pages', () => {
  it('unknown story or step IDs get the 404 page in the right language', async () => {
    for (const [path, lang, text] of [
      ['embed/no-such-story/', 'ja', 'ページが見つかりません'],
      [`embed/${STORY}/no-such-step/`, 'ja', 'ページが見つかりません'],
      [`en/embed/${STORY}/no-such-step/`, 'en', 'Page not found'],
      ['en/embed/no-such-story/', 'en', 'Page not found'],
      [`en/embed/${STORY}/no-such-step.svg`, 'en', 'Page not found']
    ]) {
      const res = await fetch(site.url + path);
      assert.equal(res.status, 404, path);
      const html = await res.text();
      assert.match(html, new RegExp(`<html lang="${lang}"`), path);
      assert.ok(html.includes(text), path);
    }
    // …also inside a frame on the host page: a page, not a blank frame.
    const { host, page, firstFrame, close } = await openHost([`<iframe src="${publicOrigin}/en/embed/${STORY}/nope/" title="x" width="100%" height="400"></iframe>`], 768);
    await page.goto(host.url);
    const frame = await firstFrame();
    assert.equal(await frame.locator('h1').textContent(), 'Page not found');
    await close();
  });

  it('query parameters: only allowed theme and content words are honoured; a <script> in a value appears nowhere', async () => {
    const evil = '<script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=2">';
    const q = `?theme=${encodeURIComponent(evil)}&step=${encodeURIComponent(evil)}&childId=${encodeURIComponent(evil)}&x=${encodeURIComponent(evil)}`;
    const { host, page, firstFrame, close } = await openHost([`<iframe src="${publicOrigin}/en/embed/${STORY}/${STEP}/${q}" title="x" width="100%" height="600"></iframe>`], 768);
    const dialogs = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    const messages = [];
    await page.exposeFunction('__record', (m) => messages.push(m));
    await page.addInitScript(() => addEventListener('message', (e) => window.__record?.(typeof e.data === 'string' ? e.data : JSON.stringify(e.data))));
    await page.goto(host.url);
    await page.waitForTimeout(800);
    const frame = await firstFrame();
    const dom = await frame.evaluate(() => ({ html: document.documentElement.outerHTML, pwned: window.__pwned, theme: document.documentElement.getAttribute('data-theme') }));
    assert.equal(dom.pwned, undefined);
    assert.equal(dom.theme, 'light', 'the default, nothing from the query');
    for (const needle of ['__pwned', 'onerror', '<img src="x"', 'script>window']) assert.ok(!dom.html.includes(needle), needle);
    assert.deepEqual(dialogs, []);
    // The invalid pym childId is dropped from the height message too.
    assert.ok(messages.some((m) => /^pymxPYMxxPYMxheightxPYMx\d+$/.test(m)), messages.join(' | '));
    assert.ok(messages.every((m) => !m.includes('pwned')));
    // theme=transparent is one of the allowed words (with the default light scheme).
    await frame.goto(`${publicOrigin}/en/embed/${STORY}/${STEP}/?theme=transparent`);
    assert.equal(await frame.evaluate(() => document.documentElement.getAttribute('data-theme')), 'light transparent');
    assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)');
    await close();
  });

  it('light (the default) keeps dark text for a dark-mode reader on a light host page, with or without transparent; auto follows the reader', async () => {
    const { host, page, firstFrame, close } = await openHost([`<iframe src="${publicOrigin}/en/embed/${STORY}/${STEP}/" title="x" width="100%" height="600"></iframe>`], 768, { colorScheme: 'dark' });
    await page.goto(host.url);
    const frame = await firstFrame();
    const look = () =>
      frame.evaluate(() => ({
        theme: document.documentElement.getAttribute('data-theme'),
        text: getComputedStyle(document.body).color,
        bg: getComputedStyle(document.documentElement).backgroundColor,
        mark: getComputedStyle(document.querySelector('svg rect[data-key], svg circle[data-key]')).fill
      }));
    assert.equal((await look()).text, 'rgb(26, 29, 33)', 'light by default for a dark-mode reader');
    await frame.goto(`${publicOrigin}/en/embed/${STORY}/${STEP}/?theme=auto`);
    const dark = await look();
    assert.equal(dark.text, 'rgb(232, 235, 239)', 'theme=auto: the reader is in dark mode, dark palette');
    for (const q of ['?theme=transparent,light', '?theme=light&theme=transparent', '?theme=light', '?theme=transparent']) {
      await frame.goto(`${publicOrigin}/en/embed/${STORY}/${STEP}/${q}`);
      const l = await look();
      assert.equal(l.text, 'rgb(26, 29, 33)', q);
      assert.notEqual(l.mark, dark.mark, `${q}: marks in the light palette`);
      assert.equal(l.bg, q.includes('transparent') ? 'rgba(0, 0, 0, 0)' : 'rgb(255, 255, 255)', q);
      assert.match(l.theme, /light/);
    }
    await close();
  });

  it('have no site header or footer, are noindex, link the story at the step, and carry credit and source', async () => {
    for (const [path, lang] of [[`embed/${STORY}/${STEP}/`, 'ja'], [`en/embed/${STORY}/`, 'en']]) {
      const { page, context, errors } = await openPage(site.browser, site.url + path);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.locator('.site-header, .site-footer').count(), 0);
      assert.equal(await page.getAttribute('meta[name=robots]', 'content'), 'noindex');
      assert.ok(await page.locator('.chart-source').first().textContent());
      assert.match(await page.locator('.embed-foot').textContent(), lang === 'ja' ? /作成：/ : /Graphic:/);
      assert.equal(await page.locator('script[src]').evaluateAll((s) => s.map((x) => new URL(x.src).pathname).join()), '/embed-frame.js', 'no framework JS');
      assert.deepEqual(errors, []);
      await closeContext(context);
    }
  });

  // width at 320 and 1280 px, axe: every embed page is checked once, by gates.test.js (each page of the build).
});

describe('standalone SVG and oEmbed', () => {
  it('each chart state has a standalone SVG with its styles, title, source and credit', async () => {
    const svgs = walk(BUILD).filter((f) => /^(en\/)?embed\/[\w-]+\/[\w-]+\.svg$/.test(f));
    assert.ok(svgs.length > 10, `${svgs.length} SVG files`);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + 'robots.txt');
    for (const f of svgs) {
      const text = readFileSync(join(BUILD, f), 'utf8');
      assert.match(text, /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, f);
      assert.match(text, /<title id="[^"]+">[^<]+<\/title>/, f);
      // Every class the drawing uses that the site styles is styled in the file too.
      const css = /<style>([^<]*)<\/style>/.exec(text)?.[1] ?? '';
      for (const c of ['mark', 'dot', 'land', 'place', 'tick', 'link']) if (text.includes(`class="${c} `) || text.includes(`class="${c}"`)) assert.ok(css.includes(`.${c}`), `${f}: .${c} styled`);
      assert.ok(text.includes(f.startsWith('en/') ? 'Source: MIC' : '出典：総務省'), `${f}: source line`);
      assert.ok(text.includes(f.startsWith('en/') ? 'Graphic: ' : '作成：'), `${f}: credit`);
      // No hydration comments, no scripts, and the light palette only (it is an image, not a page).
      assert.ok(!/<!--|<script|prefers-color-scheme/.test(text), f);
      // Well-formed XML, and drawn with colour (the copied styles apply).
      const ok = await page.evaluate(async (src) => {
        const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
        if (doc.querySelector('parsererror')) return 'parse error';
        const img = new Image();
        img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(src);
        await img.decode();
        return img.naturalWidth > 300 ? 'ok' : `width ${img.naturalWidth}`;
      }, text);
      assert.equal(ok, 'ok', f);
    }
    await context.close();
  });

  it('every oEmbed JSON validates and its html is exactly the Embed control snippet', async () => {
    const files = walk(BUILD).filter((f) => /^(en\/)?embed\/.+\/oembed\.json$/.test(f));
    const pages = walk(BUILD).filter((f) => /^(en\/)?embed\/.+\/index\.html$/.test(f));
    assert.equal(files.length, pages.length, 'one oEmbed per embed page');
    // The Embed controls of every published story, in both languages.
    const controls = new Map();
    const stories = new Set(files.map((f) => f.replace(/^en\//, '').split('/')[1]));
    for (const slug of stories) {
      for (const [lang, prefix] of [['ja', ''], ['en', 'en/']]) {
        const { page, context } = await openPage(site.browser, `${site.url}${prefix}stories/${slug}/`);
        const s = await snippetsFrom(page);
        controls.set(`${prefix}embed/${slug}/`, s.story);
        for (const [id, snip] of Object.entries(s.steps)) controls.set(`${prefix}embed/${slug}/${id}/`, snip);
        const discovery = await page.getAttribute('link[rel=alternate][type="application/json+oembed"]', 'href');
        assert.equal(discovery, `${publicOrigin}/${prefix}embed/${slug}/oembed.json`, `story page ${lang} ${slug}`);
        await context.close();
      }
    }
    for (const f of files) {
      const dir = f.replace(/oembed\.json$/, '');
      const o = JSON.parse(readFileSync(join(BUILD, f), 'utf8'));
      assert.equal(o.version, '1.0', f);
      assert.equal(o.type, 'rich', f);
      for (const k of ['html', 'title', 'provider_name', 'provider_url']) assert.ok(typeof o[k] === 'string' && o[k].length > 3, `${f}: ${k}`);
      for (const k of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) assert.ok(Number.isInteger(o[k]) && o[k] > 0, `${f}: ${k}`);
      for (const k of ['provider_url', 'thumbnail_url', 'author_url']) assert.ok(o[k].startsWith(publicOrigin + '/'), `${f}: ${k} ${o[k]}`);
      assert.equal(o.html, controls.get(dir), `${f}: html = Embed control snippet`);
      assert.ok(o.html.includes(`src="${publicOrigin}/${dir}"`), f);
      // The embed page itself names this JSON for discovery.
      const html = readFileSync(join(BUILD, dir, 'index.html'), 'utf8');
      assert.ok(html.includes(`<link rel="alternate" type="application/json+oembed" href="${publicOrigin}/${f}"`), `${dir}: discovery link`);
      // The thumbnail and the linked story exist on the site.
      assert.equal((await fetch(site.url + o.thumbnail_url.slice(publicOrigin.length + 1))).status, 200);
    }
  });
});
