// The readable text of the built site, for checks that need no browser: files by extension, and
// every text node and human-readable attribute of a page with the language it is marked with.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const BUILD = process.env.BUILD_DIR ?? 'build';

/** Files under `dir` ending in one of `ext`, outside the hashed _app assets. */
export function files(dir, ext) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '_app' ? [] : files(p, ext);
    return ext.some((e) => name.endsWith(e)) ? [p] : [];
  });
}

/** Meta tags a reader or a sharing site shows: description, og:/twitter: title, description, image alt. */
const READ_META = /description|title|alt/;

/**
 * Every text node and human-readable attribute of a page: { text, lang, where, quote }. `quote`:
 * inside a <blockquote> (the white paper's own words, quoted under a paragraph). <wbr> (BudouX's
 * phrase breaks) is removed first so a number is one text node. Stylesheets are emptied first:
 * their text is never read, and jsdom's CSS parsing was most of the time.
 * @param {string} html
 */
export function texts(html) {
  const clean = html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2').replace(/<wbr\s*\/?>/g, '');
  const { document, NodeFilter } = new JSDOM(clean).window;
  const out = [];
  const langOf = (el) => el?.closest('[lang]')?.getAttribute('lang') ?? '';
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, noscript[data-sveltekit]')) continue;
    if (n.textContent.trim())
      out.push({ text: n.textContent.trim(), lang: langOf(parent), where: parent.tagName.toLowerCase(), quote: !!parent.closest('blockquote') });
  }
  for (const el of document.querySelectorAll('[alt], [aria-label], [title], meta[content]')) {
    for (const a of ['alt', 'aria-label', 'title', 'content']) {
      const v = el.getAttribute(a);
      if (v && !(el.tagName === 'META' && !READ_META.test(el.getAttribute('name') ?? el.getAttribute('property') ?? '')))
        out.push({ text: v, lang: langOf(el), where: `${el.tagName.toLowerCase()}[${a}]`, quote: false });
    }
  }
  return out;
}
