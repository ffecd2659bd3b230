import { openPage, startSite } from './helpers.js';
const site = await startSite();
const paths = ['/stories/ai-race/', '/stories/digital-deficit/', '/stories/noto/', '/en/stories/ai-race/', '/en/stories/digital-deficit/', '/en/stories/noto/'];
const N = Number(process.env.N ?? 3);
for (const path of paths) for (let k = 0; k < N; k++) {
  const { page, context } = await openPage(site.browser, site.url + path.slice(1), { viewport: { width: 390, height: 844 } });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.waitForFunction(() => document.querySelectorAll('.live-figure > figure').length === document.querySelectorAll('.step').length, null, { timeout: 20000 });
  await page.waitForTimeout(500);
  const r = await page.evaluate(async () => {
    const long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => long.push([Math.round(e.duration), document.querySelector('.sticky-chart').dataset.activeStep, Math.round(scrollY)]))).observe({ type: 'longtask' });
    const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
    let steps = 0;
    while (scrollY < document.documentElement.scrollHeight - innerHeight - 1 && steps++ < 3000) { scrollBy(0, 100); await sleep(50); }
    await sleep(1000);
    return long;
  });
  console.log(path, k, JSON.stringify(r));
  await context.close();
}
await site.close();
