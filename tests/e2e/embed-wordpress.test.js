// Chart embeds through WordPress's oEmbed: WordPress keeps only the <iframe> of the oEmbed `html`
// (no scripts, no style attribute), sandboxes it (allow-scripts only), adds a secret to its src and
// data-secret, and its wp-embed script resizes the frame (clamped to 200–1000 px) and follows
// links from {message:'link'} in the top window. The host here does the same to our oEmbed html.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstChart, startSite } from './helpers.js';
import { closeContext, routeSite, startHost } from './embed-host.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
const SECRET = 'Ab3dE6gH9k';
// one story and one chart step, from the build (the first story, its first step with a chart)
const { slug: STORY, step: STEP } = firstChart(BUILD);
let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

/** WordPress's wp_filter_oembed_result for an untrusted provider: the iframe only, sandboxed. */
function wordpressFilter(oembedHtml) {
  const iframe = /<iframe [^>]*><\/iframe>/.exec(oembedHtml)[0];
  const keep = ['src', 'width', 'height', 'title', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'class'];
  const attrs = [...iframe.matchAll(/ ([\w-]+)="([^"]*)"/g)].filter(([, k]) => keep.includes(k));
  const out = attrs.map(([, k, v]) => (k === 'src' ? ` src="${v}#?secret=${SECRET}"` : ` ${k}="${v}"`)).join('');
  return `<iframe${out} sandbox="allow-scripts" security="restricted" data-secret="${SECRET}"></iframe>`;
}

/** What wp-embed.js (WordPress 6.x) does with the messages of the frame it gave a secret. */
const wpEmbed = `<script>
window.addEventListener('message', function (e) {
  var d = e.data;
  if (!d || !d.secret || !/^[a-zA-Z0-9]+$/.test(d.secret)) return;
  var frames = document.querySelectorAll('iframe[data-secret="' + d.secret + '"]');
  for (var i = 0; i < frames.length; i++) {
    var f = frames[i];
    if (e.source !== f.contentWindow) continue;
    f.removeAttribute('style');
    if (d.message === 'height') {
      var h = parseInt(d.value, 10);
      if (h > 1000) h = 1000; else if (~~h < 200) h = 200;
      f.height = h;
    }
    if (d.message === 'link') {
      var src = new URL(f.getAttribute('src'), location.href), to = new URL(d.value, location.href);
      if (/^https?:$/.test(to.protocol) && to.host === src.host && document.activeElement === f) window.top.location.href = d.value;
    }
  }
});
window.addEventListener('load', function () {
  document.querySelectorAll('iframe[data-secret]').forEach(function (f) {
    f.contentWindow.postMessage({ message: 'ready', secret: f.getAttribute('data-secret') }, '*');
  });
});
</script>`;

async function openWordPressHost(lang, slug, step, width) {
  const prefix = lang === 'en' ? 'en/' : '';
  const oembed = JSON.parse(readFileSync(join(BUILD, `${prefix}embed/${slug}/${step}/oembed.json`), 'utf8'));
  const publicOrigin = new URL(/src="([^"]+)"/.exec(oembed.html)[1]).origin;
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>WordPress post</title></head>
<body><p>Post text before.</p><div class="wp-block-embed__wrapper">${wordpressFilter(oembed.html)}</div><p>Post text after.</p>${wpEmbed}</body></html>`;
  const host = await startHost(html);
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  await routeSite(context, publicOrigin, new URL(site.url).origin);
  const page = await context.newPage();
  await page.goto(host.url, { waitUntil: 'load' }); // the frame's load included
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  return { page, frame, oembed, publicOrigin, close: async () => (await closeContext(context), host.server.close()) };
}

/** The height of the iframe's viewport once it has stopped changing. */
async function settledHeight(page) {
  let prev = -1;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const h = await page.locator('iframe').evaluate((f) => f.clientHeight); // inside the frame's default border
    if (h === prev && i > 3) return h;
    prev = h;
  }
  return prev;
}

describe('WordPress oEmbed (sandboxed, scripts stripped)', () => {
  for (const [lang, width] of [['ja', 390], ['en', 1024]]) {
    it(`${lang} at ${width} px: wp-embed sizes the chart frame to its content`, async () => {
      const { page, frame, oembed, close } = await openWordPressHost(lang, STORY, STEP, width);
      try {
        assert.equal(await frame.evaluate(() => window.origin), 'null', 'the frame runs in an opaque-origin sandbox');
        // WordPress drops the style attribute (border:0) but keeps frameborder: no default inset border
        assert.equal(await page.locator('iframe').evaluate((f) => getComputedStyle(f).borderTopWidth), '0px', 'the frame has a border');
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const h = await settledHeight(page);
        assert.notEqual(h, oembed.height, 'resized from the oEmbed default');
        assert.equal(h, Math.min(1000, Math.max(200, content)), `frame ${h} px for ${content} px of content`);
      } finally {
        await close();
      }
    });
  }

  it('a frame that loaded before wp-embed listened is sized after its "ready" message', async () => {
    const { page, frame, close } = await openWordPressHost('en', STORY, STEP, 390);
    try {
      // Forget the size, as if every earlier message had been missed; "ready" must bring it back.
      await page.locator('iframe').evaluate((f) => (f.height = '321'));
      await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ message: 'ready', secret: document.querySelector('iframe').dataset.secret }, '*'));
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      assert.equal(await settledHeight(page), Math.min(1000, Math.max(200, content)));
    } finally {
      await close();
    }
  });

  it('"View the full story" opens the story in the top window', async () => {
    const { page, frame, publicOrigin, close } = await openWordPressHost('en', STORY, STEP, 1024);
    try {
      const link = frame.locator('.embed-foot a');
      const href = await link.evaluate((a) => a.href);
      assert.ok(href.startsWith(`${publicOrigin}/en/stories/${STORY}/`), href);
      await Promise.all([page.waitForURL(href), link.click()]);
      assert.equal(page.url(), href);
      assert.equal(await page.locator('h1').count() > 0, true, 'the story page loaded');
    } finally {
      await close();
    }
  });

  it('the CSV download opens the file in the top window', async () => {
    const { page, frame, close } = await openWordPressHost('en', STORY, STEP, 1024);
    try {
      const link = frame.locator('a[download][href$=".csv"]');
      await frame.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const href = await link.evaluate((a) => a.href);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      assert.equal(download.url(), href);
    } finally {
      await close();
    }
  });
});

