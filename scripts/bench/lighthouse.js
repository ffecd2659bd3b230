// Lighthouse mobile (default config, simulated throttling) on one URL, in a Chrome shared by all runs.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM } from '../../tests/e2e/browser.js';

export async function startChrome() {
  return chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  });
}

/** Scores (0–100) and LCP (s) of one run; throws on a Lighthouse runtime error. */
export async function lighthouseRun(chrome, url) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  if (lhr.runtimeError) throw new Error(`${url}: Lighthouse ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  return {
    'LH perf': score('performance'),
    'LH a11y': score('accessibility'),
    'LH best practices': score('best-practices'),
    'LH SEO': score('seo'),
    'LCP s': Math.round(lhr.audits['largest-contentful-paint'].numericValue) / 1000
  };
}
