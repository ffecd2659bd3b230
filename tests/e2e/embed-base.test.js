// A build under a newsroom's own path and origin (BASE_PATH=/graphics/ict-2025, PUBLIC_ORIGIN):
// every link, asset, snippet and oEmbed URL carries both, and the embeds work from a host page.
// Builds into its own folders (KIT_OUT_DIR=.svelte-kit-base BUILD_DIR=build-base); set
// EMBED_BASE_SKIP_BUILD=1 to reuse an existing build-base/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.js';
import { launch } from './browser.js';
import { firstChart } from './helpers.js';
import { closeContext, frameHeights, hostHtml, routeSite, snippetsFrom, startHost } from './embed-host.js';

const BASE = '/graphics/ict-2025';
const ORIGIN = 'https://graphics.example.org';
const DIR = 'build-base';
// one story and one chart step (the first story, its first step with a chart), read once built
let STORY;
let STEP;
let server;
let url;
let browser;

before(async () => {
  if (process.env.EMBED_BASE_SKIP_BUILD !== '1') {
    execSync('npx vite build --logLevel error', {
      stdio: 'inherit',
      env: { ...process.env, BASE_PATH: BASE, PUBLIC_ORIGIN: ORIGIN, KIT_OUT_DIR: '.svelte-kit-base', BUILD_DIR: DIR }
    });
  }
  ({ slug: STORY, step: STEP } = firstChart(DIR));
  ({ server, url } = await serve(DIR, 0, '127.0.0.1', BASE));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const files = (dir, rel = '') =>
  readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, join(rel, e.name)) : [join(rel, e.name).split('\\').join('/')]));

describe(`build with BASE_PATH=${BASE}`, () => {
  it('every internal href/src on story, embed, home and 404 pages carries the base path and resolves', async () => {
    const pages = files(DIR).filter((f) => /(^|\/)(index|404)\.html$/.test(f) && /^(en\/)?(embed\/|stories\/|index|404)/.test(f));
    assert.ok(pages.length > 20);
    const seen = new Set();
    for (const f of pages) {
      const html = readFileSync(join(DIR, f), 'utf8');
      for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|#|data:)/.test(value)) {
          if (value.startsWith(ORIGIN)) assert.ok(value.startsWith(ORIGIN + BASE + '/'), `${f}: ${attr}=${value} (absolute URLs on the public origin + base)`);
          continue;
        }
        assert.ok(value.startsWith(BASE + '/'), `${f}: ${attr}=${value} lacks the base path`);
        const path = value.replace(/[#?].*$/, '');
        if (seen.has(path)) continue;
        seen.add(path);
        const res = await fetch(new URL(path, url).href);
        assert.equal(res.status, 200, `${f}: ${path}`);
      }
    }
  });

  it('snippets, oEmbed JSON and discovery links use PUBLIC_ORIGIN + base path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}en/stories/${STORY}/`);
    const s = await snippetsFrom(page);
    assert.match(s.story, new RegExp(`^<iframe src="${ORIGIN}${BASE}/en/embed/${STORY}/" `));
    assert.ok(s.story.endsWith(`<script src="${ORIGIN}${BASE}/embed.js" async></script>`));
    assert.match(s.steps[STEP], new RegExp(`src="${ORIGIN}${BASE}/en/embed/${STORY}/${STEP}/"`));
    assert.equal(await page.getAttribute('link[type="application/json+oembed"]', 'href'), `${ORIGIN}${BASE}/en/embed/${STORY}/oembed.json`);
    const o = await (await fetch(`${url}en/embed/${STORY}/${STEP}/oembed.json`)).json();
    assert.equal(o.html, s.steps[STEP]);
    assert.equal(o.provider_url, `${ORIGIN}${BASE}/en/`);
    assert.equal(o.thumbnail_url, `${ORIGIN}${BASE}/en/embed/${STORY}/${STEP}.png`);
    assert.equal((await fetch(`${url}en/embed/${STORY}/${STEP}.png`)).headers.get('content-type'), 'image/png');
    const svg = await (await fetch(`${url}en/embed/${STORY}/${STEP}.svg`)).text();
    assert.ok(svg.includes(`${ORIGIN}${BASE}/en/stories/${STORY}/`), 'SVG credit names the story URL');
    await context.close();
  });

  it('missing paths get the 404 page in the right language under the base path', async () => {
    for (const [p, text] of [['embed/nope/', 'ページが見つかりません'], [`en/embed/${STORY}/nope/`, 'Page not found']]) {
      const res = await fetch(url + p);
      assert.equal(res.status, 404);
      const html = await res.text();
      assert.ok(html.includes(text), p);
      assert.ok(html.includes(`href="${BASE}/${p.startsWith('en/') ? 'en/' : ''}"`), `${p}: home link with base`);
    }
  });

  it('a host page on another origin embeds a chart with the published snippet; it sizes to its content', async () => {
    const ctx0 = await browser.newContext();
    const p0 = await ctx0.newPage();
    await p0.goto(`${url}stories/${STORY}/`);
    const s = await snippetsFrom(p0);
    await ctx0.close();
    const step = Object.keys(s.steps)[0];
    const host = await startHost(hostHtml([s.steps[step]]));
    const context = await browser.newContext({ viewport: { width: 768, height: 900 } });
    await routeSite(context, ORIGIN, new URL(url).origin);
    const page = await context.newPage();
    await page.goto(host.url);
    const [f] = await frameHeights(page);
    assert.ok(f.src.startsWith(`${ORIGIN}${BASE}/embed/${STORY}/${step}/`));
    assert.ok(Math.abs(f.height - f.doc.height) <= 3, `${f.height} vs ${f.doc.height}`);
    assert.ok(f.doc.height > 200, 'frame loaded its page');
    await closeContext(context);
    host.server.close();
  });
});
