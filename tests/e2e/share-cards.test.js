// Share cards: every story page, slide deck and embed names its own og:image / twitter:image
// (1200×630 PNG in the build, under PUBLIC_ORIGIN), with size and alt text in the page's language;
// the picture is specific to the page and its chart panel is drawn (decoded by Chromium).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite } from './helpers.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
const pages = ['', 'en/'].flatMap((lang) =>
  ['stories', 'present', 'embed'].flatMap((dir) =>
    readdirSync(join(BUILD, lang, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `${lang}${dir}/${f.split('\\').join('/')}`)
  )
);
const meta = (html, key) => {
  const m = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return m?.[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
};
const cards = pages.map((page) => {
  const html = readFileSync(join(BUILD, page), 'utf8');
  const url = meta(html, 'og:image');
  return { page, url, html, file: url && join(BUILD, new URL(url).pathname) };
});
let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

describe('share cards', () => {
  it('every story, deck and embed page names its card with size and alt text in its language', () => {
    assert.ok(pages.length >= 40, String(pages.length));
    for (const { page, url, html, file } of cards) {
      assert.match(url ?? '', /^https?:\/\/[^/]+\/.*cards\/(ja|en)\/.+\.png$/, page);
      assert.equal(meta(html, 'twitter:image'), url, page);
      assert.equal(meta(html, 'twitter:card'), 'summary_large_image', page);
      assert.deepEqual([meta(html, 'og:image:width'), meta(html, 'og:image:height')], ['1200', '630'], page);
      const alt = meta(html, 'og:image:alt') ?? '';
      assert.equal(meta(html, 'twitter:image:alt'), alt, page);
      const en = page.startsWith('en/');
      assert.ok(url.includes(en ? '/cards/en/' : '/cards/ja/'), `${page}: ${url}`);
      // Japanese alt text has kana; English alt text has none (figure IDs may keep Ⅰ, Ⅱ).
      assert.equal(/[\u3040-\u30ff]/.test(alt), !en, `${page}: ${alt}`);
      assert.ok(alt.length > 20, page);
      assert.ok(existsSync(file), `${page}: ${file}`);
      const b = readFileSync(file);
      assert.equal(b.toString('latin1', 1, 4), 'PNG', file);
      assert.deepEqual([b.readUInt32BE(16), b.readUInt32BE(20)], [1200, 630], file);
    }
  });

  it('each page has its own picture (a whole-story embed shares its story page\'s, a guide or worksheet its deck\'s)', () => {
    const seen = new Map();
    for (const { page, file } of cards) {
      const storyEmbed = /^(en\/)?embed\/([\w-]+)\/index\.html$/.exec(page);
      if (storyEmbed) {
        const story = cards.find((c) => c.page === `${storyEmbed[1] ?? ''}stories/${storyEmbed[2]}/index.html`);
        assert.equal(file, story?.file, page);
        continue;
      }
      const deckPage = /^(en\/)?present\/([\w-]+)\/(guide|worksheet)\/index\.html$/.exec(page);
      if (deckPage) {
        const deck = cards.find((c) => c.page === `${deckPage[1] ?? ''}present/${deckPage[2]}/index.html`);
        assert.equal(file, deck?.file, page);
        continue;
      }
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      assert.ok(!seen.has(hash), `${page} has the same card as ${seen.get(hash)}`);
      seen.set(hash, page);
    }
  });

  it('every card has drawn pixels in its chart panel and its text column', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    const files = [...new Set(cards.map((c) => new URL(c.url).pathname))];
    for (const path of files) {
      const ink = await page.evaluate(async (url) => {
        const bmp = await createImageBitmap(await (await fetch(url)).blob());
        const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d');
        ctx.drawImage(bmp, 0, 0);
        const share = (x, y, w, h) => {
          const px = ctx.getImageData(x, y, w, h).data;
          let n = 0;
          for (let i = 0; i < px.length; i += 4) if (Math.min(px[i], px[i + 1], px[i + 2]) < 160) n++;
          return n / (px.length / 4);
        };
        return { panel: share(640, 60, 500, 510), text: share(56, 40, 520, 400) };
      }, site.url + path.slice(1));
      assert.ok(ink.panel > 0.005, `${path}: ${(ink.panel * 100).toFixed(2)} % of the chart panel drawn`);
      assert.ok(ink.text > 0.02, `${path}: ${(ink.text * 100).toFixed(2)} % of the text column drawn`);
    }
    await page.close();
  });
});
