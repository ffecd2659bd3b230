// A deck as one self-contained HTML file, for a USB stick: the built deck page with its script
// inlined (CSS, SVG charts and the QR code already are), the icon as a data: URL, links made
// absolute to the site (they are navigations, never loaded), and a CSP that allows no request at
// all, so nothing can reach the network unnoticed. Run after the build (svelte.config.js).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** The single-file deck's name next to the deck's index.html. */
export const SINGLE_FILE = 'slides.html';

/** `html`: the built deck page; `read(path)`: a built file's text by site path (with base). */
export function singleFileDeck(html, read) {
  const origin = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(html)?.[1];
  if (!origin) throw new Error('single-file deck: the page has no canonical link to take the site origin from');
  const hashes = [];
  const scripts = [];
  let out = html
    // A deferred script runs after parsing: inlined, it moves to the end of the body.
    .replace(/<script\b[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g, (_, src) => {
      // "</script" inside the code would end the element early.
      const code = read(src).replace(/<\/script/gi, '<\\/script');
      hashes.push(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
      scripts.push(`<script>${code}</script>`);
      return '';
    })
    .replace('</body>', () => `${scripts.join('')}</body>`)
    // Their CSS is inlined already (kit's inlineStyleThreshold); the links only keep the files apart.
    .replace(/<link href="[^"]+\.css" rel="stylesheet" disabled[^>]*>/g, '')
    .replace(/<link rel="icon" href="([^"]+)"([^>]*)>/, (_, href, rest) => `<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(read(href)).toString('base64')}"${rest}>`)
    .replace(/(<a\b[^>]*\shref=")\//g, `$1${origin}/`)
    // no service worker: the file is its own offline copy (and its CSP allows no worker)
    .replace(/\sdata-sw(-scopes)?="[^"]*"/g, '');
  if (!hashes.length) throw new Error('single-file deck: the page loads no script');
  const csp = `default-src 'none'; script-src ${hashes.join(' ')}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  out = out.replace(/<meta http-equiv="content-security-policy" content="[^"]*">/, `<meta http-equiv="content-security-policy" content="${csp}">`);
  if (!out.includes(csp)) throw new Error('single-file deck: the page has no CSP meta to replace');
  return out;
}

/** Writes slides.html next to every built deck (`present/<slug>/index.html`, in both languages). */
export function writeSingleFileDecks(out, base, pages) {
  const read = (p) => readFileSync(join(out, p.slice(base.length)), 'utf8');
  for (const page of pages.filter((p) => /\/present\/[^/]+\/$/.test(p))) {
    const file = join(out, page.slice(base.length), 'index.html');
    if (existsSync(file)) writeFileSync(join(out, page.slice(base.length), SINGLE_FILE), singleFileDeck(readFileSync(file, 'utf8'), read));
  }
}
