// The file-based quality gates must fail on real regressions: each case builds a tiny site that
// is correct, breaks one thing, and expects the gate to name it.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCsp, checkInventory, checkLinks, checkSitemap } from '../../scripts/gates/static-checks.js';

const ORIGIN = 'https://example.org';
const INLINE = 'console.log(1)';
const HASH = `'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`;
const CSP = `default-src 'self'; script-src 'self' ${HASH}; style-src 'self' 'unsafe-inline'`;

function page(path: string, { lang = path.startsWith('/en/') ? 'en' : 'ja', noindex = /embed|present/.test(path), body = '', csp = CSP } = {}) {
  const ja = path.replace(/^\/en\//, '/');
  const en = `/en${ja}`;
  return `<!doctype html><html lang="${lang}"><head><meta http-equiv="content-security-policy" content="${csp}">
<title>T ${path}</title><meta name="description" content="A description that is long enough.">
<meta property="og:title" content="T"><meta property="og:image" content="${ORIGIN}/og.png">
<link rel="canonical" href="${ORIGIN}${path}"><link rel="alternate" hreflang="ja" href="${ORIGIN}${ja}">
<link rel="alternate" hreflang="en" href="${ORIGIN}${en}"><link rel="alternate" hreflang="x-default" href="${ORIGIN}${ja}">
${noindex ? '<meta name="robots" content="noindex">' : ''}<script>${INLINE}</script></head><body>${body}</body></html>`;
}

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(overrides: Record<string, string> = {}) {
  dir = mkdtempSync(join(tmpdir(), 'gates-'));
  const files: Record<string, string> = {
    'index.html': page('/', { body: '<a href="/stories/a/">a</a><a href="#top" id="top">top</a><a href="https://www.soumu.go.jp/x/">MIC</a>' }),
    'en/index.html': page('/en/'),
    'stories/a/index.html': page('/stories/a/', { body: '<img src="/og.png" alt="">' }),
    'en/stories/a/index.html': page('/en/stories/a/'),
    'embed/a/index.html': page('/embed/a/'),
    'en/embed/a/index.html': page('/en/embed/a/'),
    'og.png': 'png',
    'sitemap.xml': ['/', '/en/', '/stories/a/', '/en/stories/a/'].map((p) => `<url><loc>${ORIGIN}${p}</loc></url>`).join(''),
    'robots.txt': `User-agent: *\nAllow: /\nSitemap: ${ORIGIN}/sitemap.xml\n`,
    ...overrides
  };
  for (const [f, text] of Object.entries(files)) {
    if (text === '') continue; // '' = file left out
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}

describe('quality gates on the built files', () => {
  it('pass on a correct site', () => {
    const d = site();
    expect(checkInventory(d)).toEqual([]);
    expect(checkSitemap(d)).toEqual([]);
    expect(checkLinks(d, { origin: ORIGIN })).toEqual([]);
    expect(checkCsp(d)).toEqual([]);
  });

  it('inventory: missing counterpart, wrong lang, broken hreflang, missing noindex', () => {
    expect(checkInventory(site({ 'en/stories/a/index.html': '' }))).toContain('/stories/a/: no English counterpart /en/stories/a/');
    expect(checkInventory(site({ 'en/index.html': page('/en/', { lang: 'ja' }) }))).toContain('/en/: <html lang="ja">, expected "en"');
    const noBack = page('/en/').replace(`hreflang="ja" href="${ORIGIN}/"`, `hreflang="ja" href="${ORIGIN}/stories/a/"`);
    expect(checkInventory(site({ 'en/index.html': noBack }))).toContain(`/: /en/ does not point back (hreflang ja = ${ORIGIN}/stories/a/)`);
    expect(checkInventory(site({ 'embed/a/index.html': page('/embed/a/', { noindex: false }) }))).toContain('/embed/a/: embed/slides page without noindex');
    expect(checkInventory(site({ 'index.html': page('/').replace(/<title>[^<]*<\/title>/, '') }))).toContain('/: no <title>');
  });

  it('sitemap: a public page missing, a noindex page listed, robots.txt without Sitemap', () => {
    const xml = ['/', '/en/', '/stories/a/', '/embed/a/'].map((p) => `<url><loc>${ORIGIN}${p}</loc></url>`).join('');
    const problems = checkSitemap(site({ 'sitemap.xml': xml, 'robots.txt': 'User-agent: *\nAllow: /\n' }));
    expect(problems).toEqual([
      'sitemap.xml: /en/stories/a/ not listed',
      'sitemap.xml: /embed/a/ listed but not a public page',
      'robots.txt: no absolute Sitemap: line'
    ]);
  });

  it('links: a broken internal link, a missing fragment, a host off the allow-list', () => {
    const body = '<a href="/stories/b/">b</a><a href="#nowhere">x</a><script src="https://cdn.example.com/x.js"></script>';
    expect(checkLinks(site({ 'en/index.html': page('/en/', { body }) }), { origin: ORIGIN })).toEqual([
      '/en/: href="/stories/b/" does not resolve to a file in the build',
      '/en/: href="#nowhere" names no element on the page',
      '/en/: src="https://cdn.example.com/x.js" points to cdn.example.com, not on the allow-list'
    ]);
  });

  it('CSP: missing policy, unsafe-inline, third-party host, unhashed inline script', () => {
    expect(checkCsp(site({ 'en/index.html': page('/en/', { csp: '' }) }))).toEqual(['/en/: no Content-Security-Policy']);
    const loose = checkCsp(site({ 'en/index.html': page('/en/', { csp: "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.com" }) }));
    expect(loose).toContain("/en/: script-src allows 'self' 'unsafe-inline' https://cdn.example.com");
    expect(loose).toContain('/en/: script-src allows third-party https://cdn.example.com');
    expect(loose.some((p: string) => p.startsWith('/en/: inline script not allowed by hash'))).toBe(true);
  });
});
