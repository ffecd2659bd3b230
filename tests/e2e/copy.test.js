// Built-page copy checks, no browser: English pages carry no Japanese outside an element marked
// lang="ja" (so never 「図表」 or 「本文」: they say "Figure I-1-3-9" and "main text"), and no page,
// SVG or oEmbed file shows "undefined", "NaN" or an unfilled {placeholder}. Reads BUILD_DIR.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';

const root = process.env.BUILD_DIR ?? 'build';
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\u2160-\u217f]/;
const BROKEN = /\bundefined\b|\bNaN\b|\{[A-Za-z_]\w*\}/;

function files(dir, ext) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '_app' ? [] : files(p, ext);
    return ext.some((e) => name.endsWith(e)) ? [p] : [];
  });
}

/** Every text node and human-readable attribute of a page, with the language it is marked with.
 *  Stylesheets are emptied first: their text is never read, and jsdom's CSS parsing was most of
 *  this file's time. */
function texts(html) {
  const { document, NodeFilter } = new JSDOM(html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2')).window;
  const out = [];
  const langOf = (el) => el?.closest('[lang]')?.getAttribute('lang') ?? '';
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, noscript[data-sveltekit]')) continue;
    if (n.textContent.trim()) out.push({ text: n.textContent.trim(), lang: langOf(parent), where: parent.tagName.toLowerCase() });
  }
  for (const el of document.querySelectorAll('[alt], [aria-label], [title], meta[content]')) {
    for (const a of ['alt', 'aria-label', 'title', 'content']) {
      const v = el.getAttribute(a);
      if (v && !(el.tagName === 'META' && !/description|title/.test(el.getAttribute('name') ?? el.getAttribute('property') ?? '')))
        out.push({ text: v, lang: langOf(el), where: `${el.tagName.toLowerCase()}[${a}]` });
    }
  }
  return out;
}

const pages = files(root, ['.html']);
/** Each page parsed once, for every check that reads its text. */
const parsed = new Map();
const textsOf = (p) => parsed.get(p) ?? parsed.set(p, texts(readFileSync(p, 'utf8'))).get(p);

describe('built copy', () => {
  it('finds the built site', () => assert.ok(pages.length > 20, `only ${pages.length} pages in ${root}`));

  it('English pages: no Japanese (so no 図表 or 本文) outside lang="ja"', () => {
    const bad = [];
    for (const p of pages.filter((f) => relative(root, f).startsWith('en/') || relative(root, f).startsWith('en.html'))) {
      for (const t of textsOf(p)) {
        // The white paper quoted in a paragraph's source is Japanese, marked so; our own words never are.
        if (JAPANESE.test(t.text) && !t.lang.startsWith('ja'))
          bad.push(`${relative(root, p)} <${t.where} lang=${t.lang}>: ${t.text.slice(0, 80)}`);
      }
    }
    assert.deepEqual(bad.slice(0, 30), []);
  });

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
    for (const p of pages) for (const t of textsOf(p)) if (BROKEN.test(t.text)) bad.push(`${relative(root, p)}: ${t.text.slice(0, 80)}`);
    for (const p of files(root, ['.svg', 'oembed.json'])) {
      const body = readFileSync(p, 'utf8').replace(/<style[\s\S]*?<\/style>/g, '');
      if (BROKEN.test(body.replace(/<[^>]+>/g, ' '))) bad.push(relative(root, p));
    }
    assert.deepEqual(bad.slice(0, 30), []);
  });
});
