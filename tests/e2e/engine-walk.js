// Every story the build produced, in both languages, walked in another engine (engines-*.test.js:
// Firefox ESR, WebKitGTK), each language of a story at one of a phone's and a desktop's size, so
// that each story and each language meets both: each step in turn, a jump to the last step and at
// once back to the second, a step link of the progress bar, and a deep link (#step-<id> on load).
// After each, the
// sticky chart must show the active step's figure, settled; its box must keep the height it had
// before the step change (WebKit once collapsed it to 0 px and drew the caption over the chart);
// and the page must have no errors, "ResizeObserver loop" included (Chromium does not print it).
// The rest of the suite runs in Chromium. ENGINE_SHOTS=<dir> saves a screenshot of every step.
// ENGINE_VIEWPORTS=all walks every story and language at both sizes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { serve } from '../../scripts/static-server.js';
import { ENGINES } from './engines.js';
import { storyPaths } from './helpers.js';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 }
];
const shots = process.env.ENGINE_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });

/** In the page: wait until the sticky chart has settled at step `i`, then measure it. */
const settledState = async (i, timeout) => {
  const sticky = document.querySelector('.sticky-chart');
  const t0 = performance.now();
  while (!(sticky.dataset.activeStep === String(i) && sticky.dataset.settled === 'true')) {
    if (performance.now() - t0 > timeout) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const step = document.querySelectorAll('.step')[i];
  const shown = sticky.querySelector('.live-figure > figure:not(.pending)');
  const h = (el) => (el ? Math.round(el.getBoundingClientRect().height * 10) / 10 : -1);
  const body = shown?.querySelector('.chart-body');
  const caption = shown?.querySelector('figcaption');
  return {
    active: Number(sticky.dataset.activeStep),
    settled: sticky.dataset.settled === 'true',
    chart: shown?.dataset.chart,
    want: step.querySelector('.step-chart figure')?.dataset.chart,
    box: h(sticky.querySelector('.live-figure')),
    figure: h(shown),
    body: body ? h(body) : null,
    // the caption (note, source) starts below the chart, not over it
    captionOver: body && caption?.getClientRects().length ? Math.round(body.getBoundingClientRect().bottom - caption.getBoundingClientRect().top) : 0,
    stepTop: Math.round(step.getBoundingClientRect().top),
    errors: window.__errors ?? ['error collector missing']
  };
};
const toStep = (i) => document.querySelectorAll('.step')[i].scrollIntoView({ block: 'start' });
/** The last step and, a frame later, the second: a jump the observers see only half of. */
const jumpLastThenSecond = () =>
  new Promise((r) => {
    const steps = document.querySelectorAll('.step');
    steps[steps.length - 1].scrollIntoView({ block: 'start' });
    requestAnimationFrame(() => (steps[1].scrollIntoView({ block: 'start' }), r()));
  });

/** Story pages with the size each is walked at: a story's two languages at different sizes,
 *  alternating from story to story. */
const walks = () => {
  const paths = storyPaths();
  if (process.env.ENGINE_VIEWPORTS === 'all') return VIEWPORTS.flatMap((viewport) => paths.map((path) => ({ path, viewport })));
  // storyPaths() lists each story as [ja, en]
  return paths.map((path, k) => ({ path, viewport: VIEWPORTS[(k + Math.floor(k / 2)) % 2] }));
};

/** The walks in one engine of ENGINES (engines.js). */
export function walkStories(key) {
  const start = ENGINES[key];
  describe(`story walks in ${key}`, () => {
    let engine, server, url;
    before(async () => {
      ({ server, url } = await serve(process.env.BUILD_DIR ?? 'build', 0));
      engine = await start();
      console.log(`  ${engine.name} ${engine.version}`);
    });
    after(async () => (await engine?.close(), server?.close()));

    for (const { path, viewport } of walks()) {
      it(`${path} at ${viewport.width}×${viewport.height}: every step, a jump, a step link and a deep link show the right chart, at full height, without errors`, async () => {
        const tab = await engine.open(viewport);
        const failures = [];
        let box = 0;
        const check = async (what, i) => {
          const s = await tab.run(settledState, i, 10000);
          if (shots) await tab.screenshot(`${shots}/${key}-${path.replace(/\W+/g, '_')}${viewport.width}-${what.replace(/\W+/g, '_')}.png`);
          box ||= s.box;
          const where = `${what} (step ${i})`;
          if (s.active !== i || !s.settled) failures.push(`${where}: active step ${s.active}, settled ${s.settled}`);
          if (s.chart !== s.want) failures.push(`${where}: shows chart ${s.chart}, not ${s.want}`);
          if (!(s.box > 0) || Math.abs(s.box - box) > 0.5 || Math.abs(s.figure - s.box) > 0.5) failures.push(`${where}: figure box ${s.box} px, figure ${s.figure} px, was ${box} px`);
          if (s.body !== null && !(s.body > 0)) failures.push(`${where}: chart body ${s.body} px`);
          if (s.captionOver > 0.5) failures.push(`${where}: caption drawn ${s.captionOver} px over the chart`);
          if (s.errors.length) failures.push(`${where}: errors ${JSON.stringify(s.errors)}`);
          return s;
        };
        await tab.goto(url + path.slice(1));
        const ids = await tab.run(() => [...document.querySelectorAll('.step')].map((s) => s.id));
        await check('load', 0);
        for (let i = 1; i < ids.length; i++) {
          await tab.run(toStep, i);
          await check(`step ${i + 1}`, i);
        }
        await tab.run(jumpLastThenSecond);
        await check('jump from the last step to the second', 1);
        const link = ids.length - 2;
        await tab.run((i) => document.querySelectorAll('.progress li a')[i].click(), link);
        await check(`step link ${link + 1}`, link);
        // a deep link: a new page load at that step
        const deep = Math.floor(ids.length / 2);
        await tab.goto('about:blank');
        await tab.goto(`${url}${path.slice(1)}#${ids[deep]}`);
        const s = await check(`deep link #${ids[deep]}`, deep);
        if (s.stepTop < 0 || s.stepTop > viewport.height) failures.push(`deep link: step ${deep} is off screen (top ${s.stepTop} px)`);
        await tab.close();
        console.log(`  ${engine.name} ${path} ${viewport.width}×${viewport.height}: ${ids.length} steps, ${failures.length} failures`);
        assert.deepEqual(failures, []);
      });
    }
  });
}
