import { openPage, startSite } from './helpers.js';
const site = await startSite();
const path = process.env.P ?? '/stories/ai-race/';
const { page, context } = await openPage(site.browser, site.url + path.slice(1), { viewport: { width: 390, height: 844 } });
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
await page.waitForFunction(() => document.querySelectorAll('.live-figure > figure').length === document.querySelectorAll('.step').length, null, { timeout: 30000 });
await page.waitForTimeout(500);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.evaluate(async () => {
  const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
  let steps = 0;
  while (scrollY < document.documentElement.scrollHeight - innerHeight - 1 && steps++ < 3000) { scrollBy(0, 100); await sleep(50); }
  await sleep(1000);
});
const { profile } = await cdp.send('Profiler.stop');
const dt = {};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = {};
profile.samples.forEach((id, i) => (counts[id] = (counts[id] ?? 0) + (profile.timeDeltas[i] ?? 0)));
for (const [id, t] of Object.entries(counts)) {
  const n = byId.get(Number(id));
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  dt[k] = (dt[k] ?? 0) + t;
}
console.log(Object.entries(dt).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1)} ms  ${k}`).join('\n'));
await context.close();
await site.close();
