// Measures the CSS box each surface gives every step's chart drawing, for the label-geometry test
// (tests/unit/label-geometry.test.ts reads tests/fixtures/chart-boxes.json). Re-measure after a
// layout change (figure title, legend, caption or slide CSS), not after a chart-drawing change:
//   npm run build:local && node scripts/measure-chart-boxes.js > tests/fixtures/chart-boxes.json
// The drawing is scaled into its box keeping its proportions (SVG "meet"), so with the box and the
// drawing size the test knows the displayed size of every text.
import { launch } from '../tests/e2e/browser.js';
import { serve } from './static-server.js';
import { publishedStories } from '../tests/e2e/stories.js';

const story = (w, h) => ({ size: [w, h], deck: false });
const slide = (w, h) => ({ size: [w, h], deck: true });
const surfaces = { 'story-320': story(320, 568), 'story-390': story(390, 844), 'story-1280': story(1280, 800), 'slide-1024': slide(1024, 768), 'slide-1280': slide(1280, 720), 'slide-1920': slide(1920, 1080) };
const { server, url } = await serve(process.env.BUILD_DIR ?? 'build', 0);
const browser = await launch();
const out = {};
const box = (el) => { const r = el.getBoundingClientRect(); return [Math.floor(r.width), Math.floor(r.height)]; };
for (const [name, s] of Object.entries(surfaces)) {
  const ctx = await browser.newContext({ viewport: { width: s.size[0], height: s.size[1] } });
  const page = await ctx.newPage();
  out[name] = {};
  for (const st of publishedStories)
    for (const lang of ['ja', 'en']) {
      const prefix = url + (lang === 'en' ? 'en/' : '');
      if (s.deck) {
        await page.goto(prefix + `present/${st.slug}/`);
        // The deck opens on its title slide: show the chart slide, then each step's figure in turn.
        const boxes = await page.evaluate((boxSrc) => {
          const box = new Function('return ' + boxSrc)();
          document.querySelector('.chart-slide')?.removeAttribute('hidden');
          const figs = [...document.querySelectorAll('.chart-slide .live-figure > figure')];
          return figs.map((f) => [f.dataset.chart, f.querySelector('.chart-canvas svg') ? box(f.querySelector('.chart-canvas')) : null]);
        }, box.toString());
        for (const [id, b] of boxes) if (b) out[name][`${lang}/${id}`] = b;
      } else
        for (const step of st.steps) {
          await page.goto(prefix + `stories/${st.slug}/#step-${step}`);
          await page.waitForTimeout(700);
          const b = await page.evaluate(([boxSrc, id]) => {
            // the pinned chart, or on short phones (no pinned chart) the step's own
            const sticky = document.querySelector('.sticky-chart');
            const f = sticky?.getClientRects().length
              ? sticky.querySelector('.live-figure > figure:not(.pending)')
              : document.querySelector(`#step-${id} .step-chart figure`);
            const c = f?.querySelector('.chart-canvas');
            return c?.querySelector('svg') ? [f.dataset.chart, new Function('return ' + boxSrc)()(c)] : null;
          }, [box.toString(), step]);
          if (b) out[name][`${lang}/${b[0]}`] = b[1];
        }
    }
  await ctx.close();
}
// One line per entry: a re-measure shows as a small diff.
console.log('{\n' + Object.entries(out).map(([k, v]) => `  ${JSON.stringify(k)}: {\n` + Object.entries(v).map(([id, b]) => `    ${JSON.stringify(id)}: ${JSON.stringify(b)}`).join(',\n') + '\n  }').join(',\n') + '\n}');
await browser.close();
server.close();
