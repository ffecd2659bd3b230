// The single-file deck (present/<slug>/slides.html, linked from the deck's overview): opened from
// file:// with the network off it makes no request besides itself, shows every slide's content
// (charts, QR code), says it works offline, and its keys work.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { storyPaths } from './helpers.js';
import { launch } from './browser.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
const decks = [...new Set(storyPaths().map((p) => p.replace('/stories/', '/present/')))];
let browser;
before(async () => (browser = await launch()));
after(async () => browser.close());

describe('single-file deck', () => {
  for (const deck of decks) {
    it(`${deck}slides.html opens from file:// offline, without requests, and its keys work`, async () => {
      const file = resolve(`${BUILD}${deck}slides.html`);
      assert.ok(existsSync(file), file);
      assert.match(readFileSync(`${BUILD}${deck}index.html`, 'utf8'), /href="[^"]*\/present\/[^"]+\/slides\.html" download="/, 'linked from the deck');
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
      await context.setOffline(true);
      const requests = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === pathToFileURL(file).href) return route.continue();
        requests.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('.deck[data-ready="true"]');
      const total = Number(await page.getAttribute('.deck', 'data-total'));
      assert.ok((await page.locator('.title-slide .qr svg').count()) === 1, 'QR code inline');
      assert.equal(await page.getAttribute('.deck', 'data-offline'), 'ready', 'its own offline copy');
      assert.ok(await page.locator('.offline-status .ready').isVisible(), 'and says so');
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector('.deck[data-slide="1"]');
      assert.ok(await page.locator('.chart-slide .live-figure figure:not(.pending) svg').first().isVisible(), 'chart shows');
      await page.keyboard.press('End');
      await page.waitForSelector(`.deck[data-slide="${total - 1}"]`);
      await page.keyboard.press('o');
      assert.ok(await page.locator('dialog.overview').isVisible(), 'overview opens');
      assert.deepEqual(requests, [], 'no request besides the file');
      assert.deepEqual(errors, [], 'no errors (a CSP violation would be one)');
      assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
      console.log(`# ${deck}slides.html: ${statSync(file).size} bytes`);
      await context.close();
    });
  }
});
