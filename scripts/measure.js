// Measure the built site (run after `vite build`): page weight, JS loaded, CLS while scrolling, Lighthouse mobile.
// Usage: node scripts/measure.js
//   MEASURE_NO_LIGHTHOUSE=1  skip Lighthouse (quick run)
//   MEASURE_ONLY=<substring> only pages whose path contains it
// Writes .measure/results.json; exits 1 when a budget is violated.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { launch } from '../tests/e2e/browser.js';
import { serve } from './static-server.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
const NO_LH = process.env.MEASURE_NO_LIGHTHOUSE === '1';
const ONLY = process.env.MEASURE_ONLY ?? '';
const t0 = Date.now();

const kib = (bytes) => bytes / 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const isStory = (path) => path.includes('/stories/');
const isHome = (path) => path === '/' || path === '/en/';

// Every prerendered page: each index.html under build/ → '/dir/' path.
function findPages(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findPages(full));
    else if (entry.name === 'index.html') {
      const rel = relative(BUILD, dir).split(sep).join('/');
      out.push({ path: rel ? `/${rel}/` : '/', file: full });
    }
  }
  return out;
}

const pages = findPages(BUILD)
  .filter((p) => p.path.includes(ONLY))
  .sort((a, b) => a.path.localeCompare(b.path));
if (!pages.length) {
  console.error(`No pages found in ${BUILD}/${ONLY ? ` matching "${ONLY}"` : ''} (build first).`);
  process.exit(1);
}

const { server, url } = await serve(BUILD, 0);
const pageUrl = (path) => url + path.slice(1);
const results = pages.map(({ path, file }) => ({ page: path, htmlGzipKiB: kib(gz(readFileSync(file))) }));

// Summed layout shifts (without recent input), collected from the first paint on;
// also keeps each shift's moved nodes (for diagnosis in results.json).
const CLS_INIT = () => {
  window.__cls = 0;
  window.__shifts = [];
  const describe = (n) =>
    !n ? '?' : n.nodeType !== 1 ? `#text in ${describe(n.parentElement)}` : n.tagName.toLowerCase() + (n.id ? `#${n.id}` : '') + (n.classList.length ? `.${[...n.classList].join('.')}` : '');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__cls += e.value;
      window.__shifts.push({ value: e.value, t: Math.round(e.startTime), scrollY: Math.round(scrollY), nodes: e.sources.map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

// Scroll to the bottom in 200px steps, 50ms apart (re-checking the height, which may grow).
const SCROLL = async () => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  for (let i = 0; i < 5000; i++) {
    const bottom = document.documentElement.scrollHeight - innerHeight;
    if (scrollY >= bottom - 1) break;
    scrollBy(0, 200);
    await sleep(50);
  }
  await sleep(500); // let late shifts land
};

// 1. Playwright pass: JS actually fetched (load + scroll) and CLS while scrolling.
// (Only pages with a JS/CLS budget: stories and home. Embed pages ship no Kit JS, see embed.test.js;
// every page's weight is still listed from its file.)
const browser = await launch();
try {
  for (const r of results.filter((r) => isStory(r.page) || isHome(r.page) || ONLY)) {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await ctx.addInitScript(CLS_INIT);
    const page = await ctx.newPage();
    const js = new Map(); // url → promise of gzip size (deduplicated by URL)
    page.on('response', (res) => {
      const u = res.url();
      const isJs = new URL(u).pathname.endsWith('.js') || res.request().resourceType() === 'script';
      if (isJs && !js.has(u)) js.set(u, res.body().then(gz, () => 0));
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const res = await page.goto(pageUrl(r.page), { waitUntil: 'networkidle' });
    if (!res?.ok()) errors.push(`HTTP ${res?.status()}`);
    await page.waitForTimeout(1000);
    const sum = async () => kib((await Promise.all(js.values())).reduce((a, b) => a + b, 0));
    r.jsAtLoadGzipKiB = await sum();
    await page.evaluate(SCROLL);
    r.cls = await page.evaluate(() => window.__cls);
    r.shifts = await page.evaluate(() => window.__shifts.sort((a, b) => b.value - a.value).slice(0, 10));
    // budgeted JS = everything fetched during the visit, lazy chunks loaded while scrolling included
    r.jsGzipKiB = await sum();
    r.jsFiles = await Promise.all([...js].map(async ([u, p]) => ({ url: u.slice(url.length - 1), gzipKiB: kib(await p) })));
    if (errors.length) r.errors = errors;
    await ctx.close();
  }
} finally {
  await browser.close();
}

// 2. Lighthouse mobile (default config) on home and story pages, one Chrome for all runs.
const lhPages = NO_LH ? [] : results.filter((r) => isHome(r.page) || isStory(r.page));
if (lhPages.length) {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  });
  try {
    for (const r of lhPages) {
      // Simulated-throttling scores vary by a few points from run to run on a shared machine; as
      // Lighthouse CI does, the verdict is the median run: runs go on until two agree on ≥ 95 or < 95.
      const runs = [];
      const passes = (l) => l.categories.performance.score >= 0.95;
      while (runs.length < 3 && runs.filter(passes).length < 2 && runs.filter((l) => !passes(l)).length < 2) {
        const { lhr } = await lighthouse(pageUrl(r.page), {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
        });
        runs.push(lhr);
      }
      runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      // The median of three, or of two that agree the lower passing / the higher failing score.
      const lhr = runs.length === 3 ? runs[1] : passes(runs[0]) ? runs[0] : runs[runs.length - 1];
      const perfRuns = runs.map((l) => Math.round(l.categories.performance.score * 100));
      const weighted = new Set(Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((a) => a.weight > 0).map((a) => a.id)));
      const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
      r.lh = {
        perf: score('performance'),
        perfRuns,
        a11y: score('accessibility'),
        bp: score('best-practices'),
        seo: score('seo'),
        lcpS: (lhr.audits['largest-contentful-paint']?.numericValue ?? NaN) / 1000,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
        // audits that cost points, to see why a score is below 100
        failed: Object.values(lhr.audits)
          .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'numeric')
          .map((a) => a.id)
      };
      if (lhr.runtimeError) r.lh.runtimeError = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
    }
  } finally {
    chrome.kill();
  }
}

server.closeAllConnections?.();
server.close();

// 3. Report.
const f = (v, d = 1) => (v == null || Number.isNaN(v) ? '-' : v.toFixed(d));
console.table(
  Object.fromEntries(
    results.map((r) => [
      r.page,
      {
        'HTML gz KiB': f(r.htmlGzipKiB),
        'JS gz KiB': f(r.jsGzipKiB),
        'JS at load': f(r.jsAtLoadGzipKiB),
        'CLS scroll': f(r.cls, 4),
        'LH perf': r.lh ? `${r.lh.perf} (${r.lh.perfRuns.join('/')})` : '-',
        a11y: r.lh?.a11y ?? '-',
        bp: r.lh?.bp ?? '-',
        seo: r.lh?.seo ?? '-',
        'LCP s': f(r.lh?.lcpS, 2)
      }
    ])
  )
);
for (const r of results) {
  if (r.errors) console.log(`${r.page}: page errors: ${r.errors.join('; ')}`);
  if (r.lh?.failed?.length) console.log(`${r.page}: Lighthouse audits not passed: ${r.lh.failed.join(', ')}`);
  if (r.cls >= 0.001) console.log(`${r.page}: largest shift ${f(r.shifts[0].value, 4)} at scrollY ${r.shifts[0].scrollY}: ${r.shifts[0].nodes.join(', ')}`);
}

// 4. Budgets.
const violations = [];
let checks = 0;
const check = (r, ok, msg) => (checks++, ok || violations.push(`${r.page}: ${msg}`));
for (const r of results) {
  if (isStory(r.page)) {
    check(r, r.jsGzipKiB <= 60, `JS ${f(r.jsGzipKiB)} KiB gzip > 60`);
    check(r, r.htmlGzipKiB <= 40, `HTML ${f(r.htmlGzipKiB)} KiB gzip > 40`);
    check(r, r.cls < 0.001, `CLS while scrolling ${f(r.cls, 4)} > 0`);
  }
  if ((isStory(r.page) || isHome(r.page)) && !NO_LH) {
    const lh = r.lh ?? {};
    if (lh.runtimeError) check(r, false, `Lighthouse error ${lh.runtimeError}`);
    check(r, lh.perf >= 95, `Lighthouse performance ${lh.perf ?? '-'} < 95`);
    check(r, lh.a11y === 100, `Lighthouse accessibility ${lh.a11y ?? '-'} < 100`);
    check(r, lh.bp === 100, `Lighthouse best-practices ${lh.bp ?? '-'} < 100`);
    check(r, lh.seo === 100, `Lighthouse SEO ${lh.seo ?? '-'} < 100`);
  }
}

mkdirSync('.measure', { recursive: true });
writeFileSync('.measure/results.json', JSON.stringify({ date: new Date().toISOString(), lighthouse: !NO_LH, checks, results, violations }, null, 2) + '\n');

console.log(`\nMeasured ${results.length} pages (${lhPages.length} with Lighthouse) in ${((Date.now() - t0) / 1000).toFixed(1)} s → .measure/results.json`);
if (violations.length) {
  console.log(`\nBudget violations (${violations.length}):\n  ${violations.join('\n  ')}`);
  process.exitCode = 1;
} else console.log('All budgets met.');
