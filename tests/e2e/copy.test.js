// Built-page copy checks, no browser: every story links to the others, and no page, SVG or oEmbed
// file shows "undefined", "NaN" or an unfilled {placeholder}. Reads BUILD_DIR. (Unmarked Japanese
// on English surfaces is checked with the number style, number-style.test.js.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { BUILD as root, files, texts } from './built-text.js';

const BROKEN = /\bundefined\b|\bNaN\b|\{[A-Za-z_]\w*\}/;

const pages = files(root, ['.html']);

describe('built copy', () => {
  it('finds the built site', () => assert.ok(pages.length > 20, `only ${pages.length} pages in ${root}`));

  it('every story ends with links to all the other stories, in its language', () => {
    for (const prefix of ['', 'en/']) {
      const dir = join(root, prefix, 'stories');
      const slugs = readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory());
      assert.ok(slugs.length >= 3, slugs.join());
      for (const slug of slugs) {
        const { document } = new JSDOM(readFileSync(join(dir, slug, 'index.html'), 'utf8')).window;
        const hrefs = [...document.querySelectorAll('.more-stories a')].map((a) => a.getAttribute('href'));
        const expected = slugs.filter((s) => s !== slug).map((s) => `/${prefix}stories/${s}/`);
        assert.deepEqual(hrefs.sort(), expected.sort(), `${prefix}${slug}`);
      }
    }
  });

  it('no page, SVG or oEmbed shows undefined, NaN or an unfilled {placeholder}', () => {
    const bad = [];
    for (const p of pages) for (const t of texts(readFileSync(p, 'utf8'))) if (BROKEN.test(t.text)) bad.push(`${relative(root, p)}: ${t.text.slice(0, 80)}`);
    for (const p of files(root, ['.svg', 'oembed.json'])) {
      const body = readFileSync(p, 'utf8').replace(/<style[\s\S]*?<\/style>/g, '');
      if (BROKEN.test(body.replace(/<[^>]+>/g, ' '))) bad.push(relative(root, p));
    }
    assert.deepEqual(bad.slice(0, 30), []);
  });
});
