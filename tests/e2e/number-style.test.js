// Number style on every surface the build writes (issue 15 §3), no browser: story pages, embeds,
// slides, handout, guide and worksheet (text, alt, aria-label, title, noscript, og:/twitter: tags
// with the share card's alt text), standalone SVG files, CSV headers and text columns, oEmbed titles
// and snippets. Each text is read in its own language (the element's lang, or the file's: en/ is
// English); the rules are tests/support/number-style.js. Reads BUILD_DIR.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { csvParseRows } from 'd3';
import { BUILD, files, texts } from './built-text.js';
import { styleFaults } from '../support/number-style.js';

const rel = (p) => relative(BUILD, p).split('\\').join('/');
const fileLang = (p) => (rel(p).startsWith('en/') ? 'en' : 'ja');
const report = (p, t, lang, o) => styleFaults(t, lang, o).map((f) => `${rel(p)} [${f.id}] ${JSON.stringify(f.match)} in ${JSON.stringify(t.slice(0, 100))}`);

describe('number style on every built surface', () => {
  const pages = files(BUILD, ['.html']);

  it('finds every kind of page: stories, embeds, slides, guides, worksheets, in both languages', () => {
    for (const kind of [/^stories\/[^/]+\/index/, /^embed\/[^/]+\/[^/]+\/index/, /^present\/[^/]+\/index/, /^present\/[^/]+\/guide\//, /^present\/[^/]+\/worksheet\//])
      for (const prefix of ['', 'en/']) assert.ok(pages.some((p) => kind.test(rel(p).slice(prefix.length)) && rel(p).startsWith(prefix)), `${prefix}${kind}`);
  });

  it('pages: text, alt and aria text, noscript, og: and twitter: tags', () => {
    const bad = [];
    for (const p of pages)
      for (const t of texts(readFileSync(p, 'utf8'))) bad.push(...report(p, t.text, t.lang || fileLang(p), { quote: t.quote }));
    assert.deepEqual(bad.slice(0, 30), []);
  });

  it('standalone SVG files: every text', () => {
    const svgs = files(BUILD, ['.svg']).filter((p) => rel(p).includes('embed/'));
    assert.ok(svgs.length >= 20, `${svgs.length} SVG files`);
    const bad = [];
    for (const p of svgs) {
      const body = readFileSync(p, 'utf8').replace(/<style[\s\S]*?<\/style>/g, '');
      // One <text>, <title> or <desc> per line; entities as a reader sees them.
      for (const t of body.replace(/<[^>]+>/g, '\n').split('\n')) if (t.trim()) bad.push(...report(p, t.replace(/&amp;/g, '&').replace(/&lt;/g, '<'), fileLang(p)));
    }
    assert.deepEqual(bad.slice(0, 30), []);
  });

  it('CSV files: header and every text column', () => {
    const csvs = files(BUILD, ['.csv']);
    assert.ok(csvs.length >= 20, `${csvs.length} CSV files`);
    const bad = [];
    for (const p of csvs) for (const row of csvParseRows(readFileSync(p, 'utf8').replace(/^\uFEFF/, ''))) for (const cell of row) bad.push(...report(p, cell, fileLang(p)));
    assert.deepEqual(bad.slice(0, 30), []);
  });

  it('oEmbed files: title, provider and the snippet with its noscript image alt', () => {
    const oembeds = files(BUILD, ['oembed.json']);
    assert.ok(oembeds.length >= 20, `${oembeds.length} oEmbed files`);
    const bad = [];
    for (const p of oembeds) {
      const o = JSON.parse(readFileSync(p, 'utf8'));
      for (const k of ['title', 'author_name', 'provider_name']) if (o[k]) bad.push(...report(p, o[k], fileLang(p)));
      for (const t of texts(`<html lang="${fileLang(p)}"><body>${o.html}</body></html>`)) bad.push(...report(p, t.text, t.lang));
    }
    assert.deepEqual(bad.slice(0, 30), []);
  });
});
