// Presenter view: a second window opened from the deck shows the teacher's notes, the next slide and
// a timer; the two windows follow each other both ways, and B blanks the projected screen.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSite, storyPaths } from './helpers.js';

const slug = storyPaths()[0].split('/').at(-2);
let site;
before(async () => (site = await startSite()));
after(async () => site.close());

const slideOf = (page) => page.evaluate(() => Number(document.querySelector('.deck')?.getAttribute('data-slide')));
const waitSlide = (page, n) => page.waitForFunction((n) => document.querySelector('.deck')?.getAttribute('data-slide') === String(n), n);

it('opens a presenter window that follows the deck both ways', async () => {
  const { page: room, errors, context } = await openPage(site.browser, `${site.url}present/${slug}/#slide-2`, { viewport: { width: 1280, height: 720 } });
  await room.waitForSelector('.deck[data-ready="true"]');
  const [teacher] = await Promise.all([context.waitForEvent('page'), room.keyboard.press('p')]);
  await teacher.waitForSelector('.deck[data-ready="true"][data-mode="presenter"]');
  assert.equal(await slideOf(teacher), 1, 'opens on the projected slide');
  // The projected window now shows only the slide; the teacher's shows notes, next slide and timer.
  await room.waitForSelector('.deck[data-mode="audience"]');
  assert.equal(await room.locator('.bar').isVisible(), false);
  assert.equal(await room.locator('#present-notes').isVisible(), false);
  assert.ok(await teacher.locator('#present-notes').isVisible());
  // The slide fills the projected window: its chart and caption are drawn at full size.
  const box = (page, sel) => page.locator(sel).boundingBox();
  const stage = await box(room, '.stage');
  assert.ok(stage.height > 0.9 * 720, `the slide takes the window's height (${stage.height} px)`);
  assert.ok((await box(room, '.live-figure > figure:not(.pending) svg')).height > 0.4 * 720, 'the chart is drawn');
  // The teacher's window has no second "presenter view" control (clicking it reopened the window).
  assert.equal(await teacher.locator('[data-action="presenter"]').count(), 0);
  const nextTitle = await room.locator('.overview .card').nth(2).getAttribute('data-title');
  assert.equal(await teacher.locator('.next-title').textContent(), nextTitle);
  assert.match(await teacher.locator('[data-action="timer"]').textContent(), /^\d+:\d\d$/);
  // Teacher → room.
  await teacher.keyboard.press('ArrowRight');
  await waitSlide(room, 2);
  await teacher.keyboard.press('ArrowRight');
  await waitSlide(room, 3);
  assert.equal(await room.evaluate(() => location.hash), '#slide-4');
  // Room → teacher (a clicker plugged into the projecting laptop).
  await room.keyboard.press('ArrowLeft');
  await waitSlide(teacher, 2);
  await room.keyboard.press('End');
  const last = await slideOf(room);
  await waitSlide(teacher, last);
  // B blanks the projected screen from either window.
  await teacher.keyboard.press('b');
  await room.waitForSelector('.deck[data-blank="true"]');
  await room.keyboard.press('b');
  await teacher.waitForSelector('.deck[data-blank="false"]');
  assert.deepEqual(errors, []);
  await context.close();
});
