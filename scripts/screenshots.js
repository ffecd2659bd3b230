// Screenshots for looking at the site: 390×844 and 1280×800, ja and en, JS on and off.
// Usage: node scripts/screenshots.js [path] [outdir] [scrollToStep]
import { launch } from '../tests/e2e/browser.js';
import { serve } from './static-server.js';

const path = process.argv[2] ?? 'stories/digital-deficit/';
const out = process.argv[3] ?? '/tmp/shots';
const step = process.argv[4];
const { server, url } = await serve(process.env.BUILD_DIR ?? 'build', 0);
const browser = await launch();
import { mkdirSync } from 'node:fs';
mkdirSync(out, { recursive: true });
for (const [w, h] of [[390, 844], [1280, 800]]) {
  for (const lang of ['ja', 'en']) {
    for (const js of [true, false]) {
      const ctx = await browser.newContext({ viewport: { width: w, height: h }, javaScriptEnabled: js });
      const page = await ctx.newPage();
      page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
      await page.goto(url + (lang === 'en' ? 'en/' : '') + path + (step ? `#step-${step}` : ''));
      await page.waitForTimeout(900);
      const name = `${out}/${path.replace(/\W+/g, '_') || 'home'}${step ?? ''}-${w}-${lang}-${js ? 'js' : 'nojs'}.png`;
      await page.screenshot({ path: name, fullPage: !js && w < 500 ? false : false });
      console.log(name);
      await ctx.close();
    }
  }
}
await browser.close();
server.close();
