// PNG of every chart state (from the standalone SVG, 2×): declared size, something drawn in the
// plot area (decoded by Chromium), used as the oEmbed thumbnail and linked from the Embed control.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite } from './helpers.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
const svgs = ['', 'en/'].flatMap((p) =>
  readdirSync(join(BUILD, p, 'embed'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svg')).map((f) => `${p}embed/${f.split('\\').join('/')}`)
);
let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

describe('chart PNGs', () => {
  it('every chart state with an SVG has a PNG at twice its size, in both languages', () => {
    assert.ok(svgs.length >= 20, String(svgs.length));
    for (const svg of svgs) {
      const png = svg.replace(/\.svg$/, '.png');
      assert.ok(existsSync(join(BUILD, png)), png);
      const b = readFileSync(join(BUILD, png));
      assert.equal(b.toString('latin1', 1, 4), 'PNG', png);
      const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(readFileSync(join(BUILD, svg), 'utf8'));
      assert.deepEqual([b.readUInt32BE(16), b.readUInt32BE(20)], [2 * w, 2 * h], png);
    }
  });

  it('every PNG has drawn pixels in its plot area', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    for (const svg of svgs) {
      const text = readFileSync(join(BUILD, svg), 'utf8');
      const top = Number(/<g class="chart-canvas[^"]*" transform="translate\(16 ([\d.]+)\)/.exec(text)[1]);
      const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(text).map(Number);
      // the plot: below the title and legend, above the note, source and credit lines
      const box = { x: 32, y: 2 * top, w: 2 * (w - 32), h: 2 * (h - top - 60) };
      const share = await page.evaluate(async ([url, box]) => {
        const bmp = await createImageBitmap(await (await fetch(url)).blob());
        const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d');
        ctx.drawImage(bmp, 0, 0);
        const px = ctx.getImageData(box.x, box.y, box.w, box.h).data;
        let ink = 0;
        for (let i = 0; i < px.length; i += 4) if (Math.min(px[i], px[i + 1], px[i + 2]) < 200) ink++;
        return ink / (px.length / 4);
      }, [site.url + svg.replace(/\.svg$/, '.png'), box]);
      assert.ok(share > 0.005, // a sparse dot plot inks ~1 %; a blank or background-only picture 0
         `${svg}: ${(share * 100).toFixed(2)} % of the plot area drawn`);
    }
    await page.close();
  });

  it('oEmbed thumbnails are the chart PNGs with their real size; the Embed control links the PNG', () => {
    for (const svg of svgs) {
      const png = svg.replace(/\.svg$/, '.png');
      const o = JSON.parse(readFileSync(join(BUILD, svg.replace(/\.svg$/, '/oembed.json')), 'utf8'));
      assert.equal(new URL(o.thumbnail_url).pathname, '/' + png);
      const b = readFileSync(join(BUILD, png));
      assert.deepEqual([o.thumbnail_width, o.thumbnail_height], [b.readUInt32BE(16), b.readUInt32BE(20)], png);
      const [, lang, slug] = /^(en\/)?embed\/([\w-]+)\//.exec(svg);
      const story = readFileSync(join(BUILD, lang ?? '', 'stories', slug, 'index.html'), 'utf8');
      assert.ok(story.includes(`href="/${png}" download`), `story links ${png}`);
    }
  });
});

describe('static fallbacks', () => {
  it('every chart snippet carries its PNG in <noscript> at the PNG\'s CSS size; other oEmbed thumbnails are share cards', () => {
    for (const f of walkOembeds()) {
      const o = JSON.parse(readFileSync(join(BUILD, f), 'utf8'));
      const thumb = join(BUILD, new URL(o.thumbnail_url).pathname);
      assert.ok(existsSync(thumb), `${f}: ${o.thumbnail_url}`);
      const b = readFileSync(thumb);
      assert.deepEqual([o.thumbnail_width, o.thumbnail_height], [b.readUInt32BE(16), b.readUInt32BE(20)], f);
      const img = /<noscript><img src="([^"]+)" alt="([^"]+)" width="(\d+)" height="(\d+)"/.exec(o.html);
      const chart = existsSync(join(BUILD, f.replace(/\/oembed\.json$/, '.svg')));
      if (chart) {
        assert.ok(img, `${f}: no <noscript> image`);
        assert.equal(img[1], o.thumbnail_url, f);
        assert.deepEqual([2 * img[3], 2 * img[4]], [o.thumbnail_width, o.thumbnail_height], f);
      } else {
        assert.equal(img, null, f);
        assert.match(o.thumbnail_url, /\/cards\/(ja|en)\/.+\.png$/, f);
      }
    }
  });
});

function walkOembeds() {
  return ['', 'en/'].flatMap((p) =>
    readdirSync(join(BUILD, p, 'embed'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('oembed.json')).map((f) => `${p}embed/${f.split('\\').join('/')}`)
  );
}
