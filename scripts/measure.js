// Budgets of the built site (run after `vite build`) that do not depend on the machine's speed:
// page weight, JS loaded, CLS while scrolling. Timings (Lighthouse, long tasks, build time) are in
// `npm run bench` (scripts/bench.js).
// Usage: node scripts/measure.js
//   MEASURE_ONLY=<substring> only pages whose path contains it
// Writes .measure/results.json; exits 1 when a budget is violated.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../tests/e2e/browser.js';
import { serve } from './static-server.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
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
/** One page's visit, in its own context. */
async function visit(r) {
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
// Pages are visited a few at a time: most of a visit is waiting (for the network to go quiet, between
// scroll steps), so overlapping them shortens the stage without changing what each one measures.
const queue = results.filter((r) => isStory(r.page) || isHome(r.page) || ONLY);
try {
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let r; (r = queue.shift()); ) await visit(r);
    })
  );
} finally {
  await browser.close();
}

server.closeAllConnections?.();
server.close();

// 2. Report.
const f = (v, d = 1) => (v == null || Number.isNaN(v) ? '-' : v.toFixed(d));
console.table(
  Object.fromEntries(
    results.map((r) => [
      r.page,
      {
        'HTML gz KiB': f(r.htmlGzipKiB),
        'JS gz KiB': f(r.jsGzipKiB),
        'JS at load': f(r.jsAtLoadGzipKiB),
        'CLS scroll': f(r.cls, 4)
      }
    ])
  )
);
for (const r of results) {
  if (r.errors) console.log(`${r.page}: page errors: ${r.errors.join('; ')}`);
  if (r.cls >= 0.001) console.log(`${r.page}: largest shift ${f(r.shifts[0].value, 4)} at scrollY ${r.shifts[0].scrollY}: ${r.shifts[0].nodes.join(', ')}`);
}

// 3. Budgets.
const violations = [];
let checks = 0;
const check = (r, ok, msg) => (checks++, ok || violations.push(`${r.page}: ${msg}`));
for (const r of results) {
  if (isStory(r.page)) {
    check(r, r.jsGzipKiB <= 60, `JS ${f(r.jsGzipKiB)} KiB gzip > 60`);
    check(r, r.htmlGzipKiB <= 40, `HTML ${f(r.htmlGzipKiB)} KiB gzip > 40`);
    check(r, r.cls < 0.001, `CLS while scrolling ${f(r.cls, 4)} > 0`);
  }
}

mkdirSync('.measure', { recursive: true });
writeFileSync('.measure/results.json', JSON.stringify({ date: new Date().toISOString(), checks, results, violations }, null, 2) + '\n');

console.log(`\nMeasured ${results.length} pages in ${((Date.now() - t0) / 1000).toFixed(1)} s → .measure/results.json`);
if (violations.length) {
  console.log(`\nBudget violations (${violations.length}):\n  ${violations.join('\n  ')}`);
  process.exitCode = 1;
} else console.log('All budgets met.');
