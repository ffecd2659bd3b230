// Quality gates that read the built site's files (no browser): the page inventory, sitemap and
// robots.txt, internal links, and the Content Security Policy. Each check walks every page the
// build produced, so new stories, embeds and slides are covered without a hand-kept list.
// Each returns a list of problems (empty = pass), so tests can assert [] and show what broke.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** External hosts pages may link to: the white paper's official pages (the ministry). */
export const EXTERNAL_ALLOW = ['www.soumu.go.jp', 'soumu.go.jp'];

/** Every file under `dir`, as '/'-separated paths relative to it. */
export function walk(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, root) : [relative(root, full).split(sep).join('/')];
  });
}

/** Prerendered pages: '/x/y/' → file, plus the per-language 404 pages. */
export function listPages(dir) {
  return walk(dir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('_app/') && !f.endsWith('/slides.html')) // (slides.html: a deck saved as one file, for a USB stick, not a site page: present-single-file.test.js)
    .map((file) => ({ file, path: file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}` }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const tags = (html, name) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const is404 = (path) => /(^|\/)404(\.html|\/)$/.test(path);
export const isNoindexPath = (path) => /^\/(en\/)?(embed|present)\//.test(path);
const langOf = (path) => (path.startsWith('/en/') ? 'en' : 'ja');
const otherPath = (path) => (path.startsWith('/en/') ? path.slice(3) : `/en${path}`);

/** The head facts every page must carry. */
export function pageMeta(html) {
  const links = tags(html, 'link');
  const metas = tags(html, 'meta');
  const meta = (key, value) => metas.find((m) => attr(m, key) === value);
  return {
    lang: /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1],
    title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').trim(),
    description: decode(attr(meta('name', 'description') ?? '', 'content') ?? '').trim(),
    canonical: attr(links.find((l) => attr(l, 'rel') === 'canonical') ?? '', 'href'),
    alternates: Object.fromEntries(links.filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang')).map((l) => [attr(l, 'hreflang'), attr(l, 'href')])),
    ogTitle: attr(meta('property', 'og:title') ?? '', 'content'),
    ogImage: attr(meta('property', 'og:image') ?? '', 'content'),
    noindex: /noindex/.test(attr(meta('name', 'robots') ?? '', 'content') ?? ''),
    csp: decode(attr(meta('http-equiv', 'content-security-policy') ?? '', 'content') ?? '')
  };
}

/** Pages inventory: every page in both languages, with lang, title, description, canonical and
 *  hreflang alternates that point at each other; embeds and slides are noindex. */
export function checkInventory(dir, base = '') {
  const pages = listPages(dir);
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const metas = new Map(pages.map((p) => [p.path, pageMeta(readFileSync(join(dir, p.file), 'utf8'))]));
  const problems = [];
  const pathOf = (url) => {
    try {
      const p = new URL(url).pathname;
      return p.startsWith(base) ? p.slice(base.length) || '/' : undefined;
    } catch {
      return undefined;
    }
  };
  for (const { path } of pages) {
    const m = metas.get(path);
    const say = (msg) => problems.push(`${path}: ${msg}`);
    if (m.lang !== langOf(path)) say(`<html lang="${m.lang}">, expected "${langOf(path)}"`);
    if (!m.title) say('no <title>');
    if (!byPath.has(otherPath(path))) say(`no ${langOf(path) === 'ja' ? 'English' : 'Japanese'} counterpart ${otherPath(path)}`);
    if (is404(path)) continue;
    if (m.description.length < 20) say('no meta description');
    if (!m.ogTitle || !/^https?:\/\//.test(m.ogImage ?? '')) say('no Open Graph title and absolute image');
    if (pathOf(m.canonical ?? '') !== path) say(`canonical "${m.canonical}" is not this page`);
    const ja = pathOf(m.alternates.ja ?? '');
    const en = pathOf(m.alternates.en ?? '');
    if (!ja || !en || !m.alternates['x-default']) say('hreflang ja, en and x-default alternates missing');
    else {
      if ((langOf(path) === 'ja' ? ja : en) !== path) say(`hreflang ${langOf(path)} does not point at this page`);
      const other = langOf(path) === 'ja' ? en : ja;
      const back = metas.get(other)?.alternates[langOf(path)];
      if (!metas.has(other)) say(`hreflang alternate ${other} is not a page`);
      else if (pathOf(back ?? '') !== path) say(`${other} does not point back (hreflang ${langOf(path)} = ${back})`);
    }
    if (m.noindex !== isNoindexPath(path)) say(m.noindex ? 'noindex on a public page' : 'embed/slides page without noindex');
  }
  return problems;
}

/** sitemap.xml lists exactly the public pages (absolute URLs); robots.txt points at it. */
export function checkSitemap(dir, base = '') {
  const problems = [];
  if (!existsSync(join(dir, 'sitemap.xml'))) return ['sitemap.xml missing'];
  if (!existsSync(join(dir, 'robots.txt'))) return ['robots.txt missing'];
  const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.slice(base.length) || '/');
  const expected = listPages(dir)
    .map((p) => p.path)
    .filter((p) => !is404(p) && !isNoindexPath(p));
  for (const p of expected) if (!listed.includes(p)) problems.push(`sitemap.xml: ${p} not listed`);
  for (const p of listed) if (!expected.includes(p)) problems.push(`sitemap.xml: ${p} listed but not a public page`);
  const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
  const sitemapUrl = /^Sitemap:\s*(\S+)/m.exec(robots)?.[1];
  if (!sitemapUrl || !new URL(sitemapUrl).pathname.endsWith('/sitemap.xml')) problems.push('robots.txt: no absolute Sitemap: line');
  if (/^Disallow:\s*\/\s*$/m.test(robots)) problems.push('robots.txt disallows the whole site');
  return problems;
}

/** Every internal href/src resolves to a file in the build; external links only to EXTERNAL_ALLOW.
 *  Same-page #fragments must name an element id on the page. */
/** @param {string} dir @param {{ base?: string, origin?: string }} [opts] */
export function checkLinks(dir, { base = '', origin } = {}) {
  const problems = [];
  const files = new Set(walk(dir));
  const resolves = (p) => {
    const rel = decodeURI(p).replace(/^\//, '');
    return rel === '' ? files.has('index.html') : files.has(rel) || files.has(`${rel.replace(/\/$/, '')}/index.html`) || files.has(`${rel}.html`);
  };
  for (const { file, path } of listPages(dir)) {
    const html = readFileSync(join(dir, file), 'utf8');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const raw = decode(m[2]);
      const say = (msg) => problems.push(`${path}: ${m[1]}="${raw}" ${msg}`);
      if (raw.startsWith('#')) {
        if (raw.length > 1 && !ids.has(decodeURIComponent(raw.slice(1)))) say('names no element on the page');
        continue;
      }
      if (/^(mailto:|data:|javascript:)/.test(raw)) {
        if (raw.startsWith('javascript:')) say('is a javascript: URL');
        continue;
      }
      let url;
      try {
        url = new URL(raw, `http://site.invalid${path}`);
      } catch {
        say('is not a URL');
        continue;
      }
      const internal = url.host === 'site.invalid' || (origin && url.origin === origin);
      if (!internal) {
        if (!EXTERNAL_ALLOW.includes(url.hostname)) say(`points to ${url.hostname}, not on the allow-list`);
        continue;
      }
      if (!url.pathname.startsWith(base + '/')) {
        say(`is outside the base path ${base || '/'}`);
        continue;
      }
      if (!resolves(url.pathname.slice(base.length))) say('does not resolve to a file in the build');
    }
  }
  return problems;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Every page carries a CSP that allows only this origin, no unhashed inline script and no
 *  third-party host; every inline script on the page is listed by its hash. */
export function checkCsp(dir) {
  const problems = [];
  for (const { file, path } of listPages(dir)) {
    const html = readFileSync(join(dir, file), 'utf8');
    const say = (msg) => problems.push(`${path}: ${msg}`);
    const { csp } = pageMeta(html);
    if (!csp) {
      say('no Content-Security-Policy');
      continue;
    }
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
    const script = directives['script-src'] ?? directives['default-src'] ?? [];
    if (!(directives['default-src'] ?? []).includes("'self'")) say("default-src is not 'self'");
    if (script.includes("'unsafe-inline'") || script.includes("'unsafe-eval'") || script.includes('*')) say(`script-src allows ${script.join(' ')}`);
    for (const [name, values] of Object.entries(directives))
      for (const v of values) if (/^(https?:|\*|\/\/)/.test(v) || (/\./.test(v) && !v.startsWith("'"))) say(`${name} allows third-party ${v}`);
    for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      const type = attr(m[0], 'type');
      if (type && !/^(module|text\/javascript)$/.test(type)) continue; // JSON data blocks do not run
      if (m[2].trim() && !script.includes(sha256(m[2]))) say(`inline script not allowed by hash: ${m[2].trim().slice(0, 60)}…`);
    }
  }
  return problems;
}
