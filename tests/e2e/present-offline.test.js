// Offline decks: once a deck has been opened, reloading it, switching its language, opening its
// handout (print) and its teacher's guide work with the network off (service worker scoped to the
// decks); a rebuilt site (a new version in service-worker.js) replaces the cache. The deck says
// so (saving, then ready; still ready offline), or offers the single-file deck where no worker runs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, storyPaths } from './helpers.js';
import { serve } from '../../scripts/static-server.js';
import { launch } from './browser.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
const slugs = [...new Set(storyPaths().map((p) => p.split('/').at(-2)))];
// A copy of the build, so the "rebuild" below can change its service worker.
const dir = mkdtempSync(join(tmpdir(), 'offline-'));
cpSync(BUILD, dir, { recursive: true });
const version = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')).version;
let site;
before(async () => {
  const { server, url } = await serve(dir, 0);
  site = { server, url, browser: await launch() };
});
after(async () => {
  await site.browser.close();
  site.server.close();
  rmSync(dir, { recursive: true, force: true });
});

const ready = (page) => page.waitForSelector('.deck[data-ready="true"]');
const cacheNames = (page) => page.evaluate(() => caches.keys());
const messages = Object.fromEntries(['ja', 'en'].map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'))]));
/** The offline status as the teacher sees it: its visible text. */
const status = (page) => page.locator('.offline-status').innerText();
/** Records the states the deck's data-offline goes through (the deferred deck script has run by
 *  DOMContentLoaded: its first state is read then, the next ones as they come). */
const recordStates = () =>
  addEventListener('DOMContentLoaded', () => {
    const deck = document.querySelector('.deck');
    if (!deck) return;
    window.__offline = [deck.dataset.offline];
    new MutationObserver(() => window.__offline.push(deck.dataset.offline)).observe(deck, { attributeFilter: ['data-offline'] });
  });

describe('offline decks', () => {
  for (const slug of slugs) {
    it(`${slug}: reload, language switch, handout and guide work with the network off`, async () => {
      const { page, errors, context } = await openPage(site.browser, 'about:blank', { viewport: { width: 1024, height: 768 } });
      await page.addInitScript(recordStates);
      await page.goto(`${site.url}present/${slug}/#slide-2`);
      await page.waitForSelector('.deck[data-offline="ready"]', { timeout: 60000 });
      assert.deepEqual(await page.evaluate(() => window.__offline), ['saving', 'ready'], 'says it is saving, then ready');
      assert.equal(await status(page), `✓ ${messages.ja.present_offline_ready}`);
      assert.deepEqual(await cacheNames(page), [`decks-${version}`], 'one cache, named from the build');
      await context.setOffline(true);
      assert.equal(await page.evaluate(() => navigator.onLine), false, 'the network is off');
      await page.reload();
      await ready(page);
      assert.equal(await page.getAttribute('.deck', 'data-slide'), '1', 'reopens on the same slide');
      // Everything it keeps is in the cache already: still ready, with no network.
      await page.waitForSelector('.deck[data-offline="ready"]', { timeout: 30000 });
      assert.equal(await status(page), `✓ ${messages.ja.present_offline_ready}`, 'still ready offline');
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector('.deck[data-slide="2"]');
      // Language switch: the other language's deck, on the same slide.
      await Promise.all([page.waitForURL(/\/en\/present\//), page.click('.lang-switch')]);
      await ready(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.getAttribute('.deck', 'data-slide'), '2');
      await page.waitForSelector('.deck[data-offline="ready"]', { timeout: 30000 });
      assert.equal(await status(page), `✓ ${messages.en.present_offline_ready}`, 'the other language too');
      // The handout is the deck page printed: its charts are there.
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('.handout').isVisible(), 'handout shows in print');
      assert.ok((await page.locator('.handout .h-step svg').count()) > 0, 'handout charts');
      await page.emulateMedia({ media: 'screen' });
      // And the teacher's guide, in both languages.
      for (const p of ['en/', '']) {
        await page.goto(`${site.url}${p}present/${slug}/guide/`);
        assert.ok((await page.locator('main.guide h1').textContent())?.trim(), `${p} guide`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('without a service worker (e.g. plain http) the deck offers its single-file copy', async () => {
    const { page, errors, context } = await openPage(site.browser, 'about:blank', { viewport: { width: 1024, height: 768 } });
    // What an insecure origin gives a page: no navigator.serviceWorker.
    await page.addInitScript(() => delete Navigator.prototype.serviceWorker);
    await page.goto(`${site.url}en/present/${slugs[0]}/`);
    await page.waitForSelector('.deck[data-offline="failed"]');
    assert.equal(await status(page), `${messages.en.present_offline_failed} ${messages.en.present_offline_file}`);
    const link = page.locator('.offline-status a');
    const href = await link.getAttribute('href');
    assert.equal(href, `/en/present/${slugs[0]}/slides.html`);
    assert.equal(await link.getAttribute('download'), `${slugs[0]}-en.html`);
    const res = await page.request.get(site.url + href.slice(1));
    assert.equal(res.status(), 200, 'the single file is there');
    assert.match(await res.text(), /class="deck\b/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a rebuilt site replaces the cache', async () => {
    const { page, context } = await openPage(site.browser, `${site.url}present/${slugs[0]}/`, { viewport: { width: 1024, height: 768 } });
    await page.waitForSelector('.deck[data-offline="ready"]', { timeout: 60000 });
    assert.deepEqual(await cacheNames(page), [`decks-${version}`]);
    // What a rebuild changes in the worker: its version (kit.version.name, the build time).
    const file = join(dir, 'service-worker.js');
    const sw = readFileSync(file, 'utf8');
    assert.ok(sw.includes(version), 'the worker carries the build version');
    const next = `${version}9`;
    writeFileSync(file, sw.replaceAll(version, next));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.waitForFunction((name) => caches.keys().then((k) => k.length === 1 && k[0] === name), `decks-${next}`, { timeout: 60000 });
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => r?.active?.state === 'activated' && !r.waiting && !r.installing), null, { timeout: 60000 });
    await page.reload();
    await page.waitForSelector(`.deck[data-offline="ready"][data-offline-version="${next}"]`, { timeout: 60000 });
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await context.close();
  });
});
