// Firefox ESR and WebKitGTK (the engine family of Safari), installed by scripts/ensure-browsers.js,
// behind one small interface: open a tab at a viewport size, go to a URL, run a function in the
// page (its promise awaited), take a screenshot. Firefox is driven over WebDriver BiDi
// (puppeteer-core), WebKit through its own WebDriver, WebKitWebDriver, under Xvfb (selenium-webdriver).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder } from 'selenium-webdriver';
import { FIREFOX, MINIBROWSER, WEBKIT_DRIVER, XVFB_RUN } from '../../scripts/browsers.js';

/** Collects the page's errors from its first script on (Firefox) or from load on (WebKit, whose
 *  WebDriver has no preload scripts): uncaught errors, which include "ResizeObserver loop
 *  completed with undelivered notifications" (Chromium leaves it out of the console), rejections
 *  and console.error calls. */
export const COLLECT_ERRORS = () => {
  if (window.__errors) return;
  window.__errors = [];
  addEventListener('error', (e) => window.__errors.push(e.message || String(e.error)));
  addEventListener('unhandledrejection', (e) => window.__errors.push(`unhandled rejection: ${e.reason}`));
  const log = console.error;
  console.error = (...args) => (window.__errors.push(args.join(' ')), log.apply(console, args));
};

export async function firefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' });
  return {
    name: 'Firefox',
    version: await browser.version(),
    async open({ width, height }) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      await page.evaluateOnNewDocument(COLLECT_ERRORS);
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        run: (fn, ...args) => page.evaluate(fn, ...args),
        screenshot: (path) => page.screenshot({ path }),
        close: () => page.close()
      };
    },
    close: () => browser.close()
  };
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export async function webkit() {
  const port = await freePort();
  // its own process group, so that Xvfb, the driver and MiniBrowser end together
  const server = spawn(XVFB_RUN, ['-a', '-s', '-screen 0 1920x1200x24', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
  };
  let driver;
  try {
    driver = await connect(`http://127.0.0.1:${port}`);
  } catch (e) {
    stop();
    throw e;
  }
  const caps = await driver.getCapabilities();
  let size = { width: 0, height: 0 };
  return {
    name: 'WebKitGTK',
    version: caps.get('browserVersion'),
    async open(viewport) {
      size = viewport;
      await driver.get('about:blank');
      await resize(driver, viewport);
      const run = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
      return {
        async goto(url) {
          await driver.get(url);
          await resize(driver, size);
          await run(COLLECT_ERRORS);
        },
        run,
        screenshot: async (path) => writeFileSync(path, await driver.takeScreenshot(), 'base64'),
        close: async () => {}
      };
    },
    close: async () => {
      await driver.quit().catch(() => {});
      stop();
    }
  };
}

/** The driver takes a moment to listen under Xvfb: retry the session for a few seconds.
 *  MiniBrowser's toolbar keeps its window at least 447 px wide; with --full-screen (which, without
 *  a window manager, only hides the toolbar) the window takes any size, 390 px included. */
async function connect(server) {
  const caps = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] } };
  for (let i = 0; ; i++) {
    try {
      return await new Builder().usingServer(server).withCapabilities(caps).build();
    } catch (e) {
      if (i === 40) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** WebDriver sets the window's outer size: correct it until the page's viewport is the one asked for. */
async function resize(driver, { width, height }) {
  let inner = await driver.executeScript('return [innerWidth, innerHeight]');
  for (let i = 0; i < 4 && (inner[0] !== width || inner[1] !== height); i++) {
    const rect = await driver.manage().window().getRect();
    await driver.manage().window().setRect({ x: 0, y: 0, width: rect.width + width - inner[0], height: rect.height + height - inner[1] });
    await new Promise((r) => setTimeout(r, 100));
    inner = await driver.executeScript('return [innerWidth, innerHeight]');
  }
  if (inner[0] !== width || inner[1] !== height) throw new Error(`WebKit viewport is ${inner.join('×')}, not ${width}×${height}`);
}

export const ENGINES = { firefox, webkit };
