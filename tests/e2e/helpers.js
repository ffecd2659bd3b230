// Shared set-up for the end-to-end tests: the built site on a local port, Chromium, axe-core.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { serve } from '../../scripts/static-server.js';
import { launch } from './browser.js';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

export async function startSite() {
  const { server, url } = await serve(process.env.BUILD_DIR ?? 'build', 0);
  const browser = await launch();
  return { url, browser, close: async () => (await browser.close(), server.close()) };
}

/** A page that records console errors and uncaught exceptions. Functional checks run with reduced
 *  motion (no chart tween to wait for); story.test.js has one test of the animation itself. */
export async function openPage(browser, url, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce', ...opts });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, errors, context };
}

/** axe-core violations (WCAG A/AA rules and best practices). */
export async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-ignore
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

/** Scroll (in one go, as a fling does) until step `i`'s top is just above the trigger line; on a
 *  story page, wait until the sticky chart has taken that step and settled. */
export async function scrollToStep(page, i, offset = 0.6) {
  await page.evaluate(
    ([i, o]) => scrollBy(0, document.querySelectorAll('.step')[i].getBoundingClientRect().top - innerHeight * o + 40),
    [i, offset]
  );
  if (await page.locator('.sticky-chart').count()) await settledAt(page, i);
}

/** Wait until the sticky chart shows step `i` (any step when omitted) and its transition has ended. */
export async function settledAt(page, i) {
  const sel = `.sticky-chart${i === undefined ? '' : `[data-active-step="${i}"]`}[data-settled="true"]`;
  await page.waitForSelector(sel, { state: 'attached', timeout: 10000 });
}

/** Keys of the marks the sticky chart shows once it has settled at step `i`. */
export async function stickyState(page, i) {
  await settledAt(page, i);
  return page.evaluate(() => {
    const el = document.querySelector('.sticky-chart');
    // the figure on show (the other steps' figures wait hidden, class "pending")
    const fig = el?.querySelector('figure:not(.pending)');
    return {
      active: Number(el?.getAttribute('data-active-step')),
      chart: fig?.getAttribute('data-chart'),
      marks: [...(fig?.querySelectorAll('rect[data-key], circle[data-key], path.line') ?? [])].map((r) => r.getAttribute('data-key') ?? r.getAttribute('class')).join(' '),
      title: fig?.querySelector('.chart-title')?.textContent
    };
  });
}

/** Published story pages (`/stories/<slug>/`, `/en/stories/<slug>/`), read from the build output;
 * `STORIES=slug,slug` narrows a local run to the stories being edited. */
export function storyPaths(build = process.env.BUILD_DIR ?? 'build') {
  const only = process.env.STORIES?.split(',').filter(Boolean);
  const slugs = existsSync(`${build}/stories`)
    ? readdirSync(`${build}/stories`).filter((s) => existsSync(`${build}/stories/${s}/index.html`) && (!only || only.includes(s)))
    : [];
  return slugs.sort().flatMap((s) => [`/stories/${s}/`, `/en/stories/${s}/`]);
}
