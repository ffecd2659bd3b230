// PNG of every chart state, wide and narrow (from the standalone SVG, 2×): declared size, something
// drawn in the plot area (decoded by Chromium), used as the oEmbed thumbnail and in the snippet's
// <noscript>, linked from the Embed control; the SVG files carry no stylesheet and no var().
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite } from './helpers.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
const svgs = ['', 'en/'].flatMap((p) =>
  readdirSync(join(BUILD, p, 'embed'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svg')).map((f) => `${p}embed/${f.split('\\').join('/')}`)
);
// The wide picture is `<step>.svg`, the narrow one `<step>.narrow.svg`.
const wide = svgs.filter((f) => !f.endsWith('.narrow.svg'));
let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

describe('chart PNGs', () => {
  it('every chart state with an SVG has a narrow one too, and a PNG of each at twice its size, in both languages', () => {
    assert.ok(wide.length >= 20, String(wide.length));
    for (const svg of wide) assert.ok(svgs.includes(svg.replace(/\.svg$/, '.narrow.svg')), `${svg}: no narrow variant`);
    assert.equal(svgs.length, 2 * wide.length);
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
      const [, pad, top] = /<g data-part="chart" transform="translate\(([\d.]+) ([\d.]+)\)/.exec(text).map(Number);
      const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(text).map(Number);
      // the plot: below the title and legend, above the note, source and credit lines
      const box = { x: 2 * pad, y: 2 * top, w: 2 * (w - 2 * pad), h: 2 * (h - top - 60) };
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

  it('no SVG file needs a stylesheet: no <style>, no var(), no class', () => {
    for (const svg of svgs) assert.doesNotMatch(readFileSync(join(BUILD, svg), 'utf8'), /<style|var\(|\sclass=/, svg);
  });

  it('oEmbed thumbnails are the wide chart PNGs with their real size; the Embed control links both PNGs and SVGs', () => {
    for (const svg of wide) {
      const png = svg.replace(/\.svg$/, '.png');
      const o = JSON.parse(readFileSync(join(BUILD, svg.replace(/\.svg$/, '/oembed.json')), 'utf8'));
      assert.equal(new URL(o.thumbnail_url).pathname, '/' + png);
      const b = readFileSync(join(BUILD, png));
      assert.deepEqual([o.thumbnail_width, o.thumbnail_height], [b.readUInt32BE(16), b.readUInt32BE(20)], png);
      const [, lang, slug] = /^(en\/)?embed\/([\w-]+)\//.exec(svg);
      const story = readFileSync(join(BUILD, lang ?? '', 'stories', slug, 'index.html'), 'utf8');
      for (const file of [png, svg, svg.replace(/\.svg$/, '.narrow.svg'), png.replace(/\.png$/, '.narrow.png')])
        assert.ok(story.includes(`href="/${file}" download`), `story links ${file}`);
    }
  });
});

describe('static fallbacks', () => {
  it('every chart snippet carries its PNGs (narrow and wide) in <noscript> at their CSS size; other oEmbed thumbnails are share cards', () => {
    for (const f of walkOembeds()) {
      const o = JSON.parse(readFileSync(join(BUILD, f), 'utf8'));
      const thumb = join(BUILD, new URL(o.thumbnail_url).pathname);
      assert.ok(existsSync(thumb), `${f}: ${o.thumbnail_url}`);
      const b = readFileSync(thumb);
      assert.deepEqual([o.thumbnail_width, o.thumbnail_height], [b.readUInt32BE(16), b.readUInt32BE(20)], f);
      const img = /<noscript><picture><source [^>]*><img src="([^"]+)" alt="([^"]+)" width="(\d+)" height="(\d+)"/.exec(o.html);
      const chart = existsSync(join(BUILD, f.replace(/\/oembed\.json$/, '.svg')));
      if (chart) {
        assert.ok(img, `${f}: no <noscript> image`);
        assert.equal(img[1], o.thumbnail_url, f);
        assert.deepEqual([2 * img[3], 2 * img[4]], [o.thumbnail_width, o.thumbnail_height], f);
        // the narrow picture for a phone's column, at its own CSS size
        const [, narrow, nw, nh] = /<source media="\(max-width: \d+px\)" srcset="([^"]+)" width="(\d+)" height="(\d+)">/.exec(o.html);
        assert.equal(narrow, o.thumbnail_url.replace(/\.png$/, '.narrow.png'), f);
        const nb = readFileSync(join(BUILD, new URL(narrow).pathname));
        assert.deepEqual([nb.readUInt32BE(16), nb.readUInt32BE(20)], [2 * nw, 2 * nh], f);
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
