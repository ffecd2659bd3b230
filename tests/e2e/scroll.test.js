// Smooth scrolling gate, in a browser of its own: every story, both languages, scrolled top to
// bottom at 4× CPU throttle (DevTools protocol); long tasks (PerformanceObserver) and layout shifts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSite } from './helpers.js';
import { listPages } from '../../scripts/gates/static-checks.js';

const storyPaths = listPages(process.env.BUILD_DIR ?? 'build')
  .map((p) => p.path)
  .filter((p) => /^\/(en\/)?stories\/[^/]+\/$/.test(p));

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

/** Scroll a story top to bottom in 100 px steps at 4× CPU throttle; long tasks and layout shifts. */
async function scrollRun(path) {
  const { page, context } = await openPage(site.browser, site.url + path.slice(1), { viewport: { width: 390, height: 844 } });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // After load: the idle-time preparation of every step's figure has finished.
  await page.waitForFunction(() => document.querySelectorAll('.live-figure > figure').length === document.querySelectorAll('.step').length, null, { timeout: 20000 });
  await page.waitForTimeout(500);
  const r = await page.evaluate(async () => {
    const long = [];
    let cls = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => long.push(Math.round(e.duration)))).observe({ type: 'longtask' });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (cls += e.value))).observe({ type: 'layout-shift' });
    const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
    let steps = 0;
    while (scrollY < document.documentElement.scrollHeight - innerHeight - 1 && steps++ < 3000) {
      scrollBy(0, 100);
      await sleep(50);
    }
    await sleep(1000);
    return { long, cls, steps };
  });
  await context.close();
  return r;
}

describe('smooth scrolling', () => {
  for (const path of storyPaths) {
    // Budget: no task over 50 ms while scrolling, no layout shift. This shared 2-core machine has
    // noisy neighbours (the same page's worst task varies ±20 ms between runs), so the verdict is
    // the median of three runs, stopping once two agree; every run's figures are printed.
    it(`${path}: scrolling top to bottom at 4× CPU throttle: no task over 50 ms, no layout shift`, async () => {
      const runs = [];
      const ok = (r) => r.long.length === 0 && r.cls < 0.001;
      while (runs.length < 3 && runs.filter(ok).length < 2 && runs.filter((r) => !ok(r)).length < 2) {
        runs.push(await scrollRun(path));
        const r = runs.at(-1);
        const over = r.long.length ? `: ${JSON.stringify(r.long)} ms` : '';
        console.log(`  ${path} run ${runs.length}: ${r.steps} scroll increments, ${r.long.length} tasks over 50 ms${over}, CLS ${r.cls.toFixed(4)}`);
      }
      assert.ok(runs.filter(ok).length >= 2, `tasks over 50 ms or layout shifts in most runs: ${JSON.stringify(runs)}`);
    });
  }
});
