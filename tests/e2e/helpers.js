// Shared set-up for the end-to-end tests: the built site on a local port, Chromium, axe-core.
import { readFileSync } from 'node:fs';
import { serve } from '../../scripts/static-server.js';
import { launch } from './browser.js';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

export async function startSite() {
  const { server, url } = await serve(process.env.BUILD_DIR ?? 'build', 0);
  const browser = await launch();
  return { url, browser, close: async () => (await browser.close(), server.close()) };
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(browser, url, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...opts });
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

/** Scroll in small increments until step `i`'s top crosses the trigger line (the step triggers need to see it). */
export async function scrollToStep(page, i, offset = 0.6) {
  for (let n = 0; n < 200; n++) {
    const top = await page.evaluate((i) => document.querySelectorAll('.step')[i].getBoundingClientRect().top, i);
    const line = await page.evaluate((o) => innerHeight * o, offset);
    if (top < line - 20) break;
    await page.mouse.wheel(0, Math.min(120, top - line + 40));
    await page.waitForTimeout(30);
  }
}

/** Keys of the marks the sticky chart shows once its transition has settled. */
export async function stickyState(page) {
  await page.waitForTimeout(800);
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
