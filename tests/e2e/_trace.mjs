import { openPage, startSite } from './helpers.js';
const site = await startSite();
const paths = (process.env.P ?? '/stories/ai-race/,/en/stories/digital-deficit/').split(',');
const N = Number(process.env.N ?? 3);
for (const path of paths) for (let k = 0; k < N; k++) {
  const { page, context } = await openPage(site.browser, site.url + path.slice(1), { viewport: { width: 390, height: 844 } });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.waitForFunction(() => document.querySelectorAll('.live-figure > figure').length === document.querySelectorAll('.step').length, null, { timeout: 20000 });
  await page.waitForTimeout(500);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,gpu,v8', transferMode: 'ReportEvents' });
  const long = await page.evaluate(async () => {
    const long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => long.push([Math.round(e.duration), document.querySelector('.sticky-chart').dataset.activeStep]))).observe({ type: 'longtask' });
    const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
    let steps = 0;
    while (scrollY < document.documentElement.scrollHeight - innerHeight - 1 && steps++ < 3000) { scrollBy(0, 100); await sleep(50); }
    await sleep(1000);
    return long;
  });
  await cdp.send('Tracing.end');
  await done;
  console.log(path, k, JSON.stringify(long));
  // main thread of renderer: thread with name CrRendererMain
  const main = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  const onMain = events.filter((e) => main.includes(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 40000);
  for (const t of tasks) {
    const kids = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 3000);
    console.log(`  task ${(t.dur / 1000).toFixed(1)} ms:`, kids.map((e) => `${e.name}${e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''}${e.args?.data?.url ? '[' + e.args.data.url.split('/').pop() + ']' : ''} ${(e.dur / 1000).toFixed(1)}`).join(', '));
  }
  await context.close();
}
await site.close();
