// diag: durations of the step-change task (setTimeout scripts in long animation frames) at RATE× throttle
import { openPage, startSite } from './helpers.js';
const site = await startSite();
const paths = (process.env.P ?? '/stories/ai-race/,/stories/digital-deficit/,/stories/noto/,/en/stories/ai-race/,/en/stories/digital-deficit/,/en/stories/noto/').split(',');
const all = [];
for (const path of paths) {
  const { page, context } = await openPage(site.browser, site.url + path.slice(1), { viewport: { width: 390, height: 844 } });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 6) });
  await page.waitForFunction(() => document.querySelectorAll('.live-figure > figure').length === document.querySelectorAll('.step').length, null, { timeout: 30000 });
  await page.waitForTimeout(500);
  const r = await page.evaluate(async () => {
    const out = { frames: [], timers: [] };
    new PerformanceObserver((l) => l.getEntries().forEach((e) => {
      out.frames.push(Math.round(e.duration));
      for (const s of e.scripts) if (s.invoker === 'TimerHandler:setTimeout') out.timers.push([Math.round(s.duration), Math.round(s.forcedStyleAndLayoutDuration), document.querySelector('.live-figure > figure:not(.pending)')?.dataset.chart]);
    })).observe({ type: 'long-animation-frame' });
    const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
    let steps = 0;
    while (scrollY < document.documentElement.scrollHeight - innerHeight - 1 && steps++ < 3000) { scrollBy(0, 100); await sleep(50); }
    await sleep(1000);
    return out;
  });
  console.log(path, 'LoAF', JSON.stringify(r.frames), 'show tasks [ms, forced layout]', JSON.stringify(r.timers));
  all.push(...r.timers.map((t) => t[0]));
  await context.close();
}
all.sort((a, b) => a - b);
console.log('show task ms: n', all.length, 'median', all[all.length >> 1], 'max', all.at(-1));
await site.close();
