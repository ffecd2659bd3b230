// Long tasks while scrolling a story top to bottom in 100 px steps, 50 ms apart, at 4× CPU throttle
// (DevTools protocol), once every step's figure has been prepared in idle time after load.
export async function scrollRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.waitForFunction(() => document.querySelectorAll('.live-figure > figure').length === document.querySelectorAll('.step').length, null, { timeout: 30000 });
  const r = await page.evaluate(async () => {
    const long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => long.push(e.duration))).observe({ type: 'longtask' });
    const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
    for (let n = 0; scrollY < document.documentElement.scrollHeight - innerHeight - 1 && n < 3000; n++) {
      scrollBy(0, 100);
      await sleep(50);
    }
    await sleep(1000);
    return long;
  });
  await context.close();
  return { 'long tasks': r.length, 'worst task ms': Math.round(Math.max(0, ...r)) };
}
