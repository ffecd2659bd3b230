// A newsroom's page on another origin that embeds our graphics with the published snippets.
// The snippets point at the build's PUBLIC_ORIGIN; the browser context routes that origin to the
// local static server, so the frames keep their own (cross-)origin whatever port the site is on.
import { createServer } from 'node:http';

/** The host page: an article with the given snippets between paragraphs. */
export function hostHtml(snippets, title = 'Host article') {
  const para = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Host newsroom article text around the embed.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>body{margin:0;font-family:Georgia,serif;background:#f4f1ea}main{margin:0 auto;padding:12px}h1{font-size:22px}</style></head>
<body><main><h1>${title}</h1>${para}${snippets.map((s) => `<div class="slot">${s}</div>${para}`).join('')}</main></body></html>`;
}

/** Serve one host page at / on its own port (a different origin from the site). */
export function startHost(html) {
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/' ? html : 'not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

/**
 * Route requests for `publicOrigin` (from the snippets) to the local site. `sandboxFrames`
 * serves embed pages with `Content-Security-Policy: sandbox` (no allow-scripts): JS off inside.
 */
export async function routeSite(context, publicOrigin, siteOrigin, { sandboxFrames = false } = {}) {
  await context.route((u) => u.origin === publicOrigin, async (route) => {
    const url = route.request().url().replace(publicOrigin, siteOrigin);
    const response = await route.fetch({ url });
    const headers = { ...response.headers() };
    if (sandboxFrames && route.request().resourceType() === 'document') headers['content-security-policy'] = 'sandbox allow-top-navigation';
    await route.fulfill({ response, headers });
  });
}

/** The published snippet of a story (the story-level Embed control) and of one step's chart. */
export async function snippetsFrom(page) {
  return page.evaluate(() => ({
    story: document.querySelector('.story-embed .embed-code')?.textContent,
    steps: Object.fromEntries([...document.querySelectorAll('section.step')].map((s) => [s.id.replace(/^step-/, ''), s.querySelector('.embed-control .embed-code')?.textContent]))
  }));
}

/** Heights of every embedded frame once they have settled: the iframe box vs the document inside. */
export async function frameHeights(page) {
  // Bring every (lazy) frame into view, then wait for the heights to stop changing.
  await page.evaluate(async () => {
    for (const f of document.querySelectorAll('iframe')) f.scrollIntoView();
    window.scrollTo(0, 0);
  });
  let prev = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const now = await page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.getBoundingClientRect().height).join());
    if (now === prev && i > 4) break;
    prev = now;
  }
  const out = [];
  for (const el of await page.locator('iframe').elementHandles()) {
    const frame = await el.contentFrame();
    const iframe = await el.evaluate((f) => ({ src: f.src, height: f.getBoundingClientRect().height, width: f.getBoundingClientRect().width }));
    const doc = await frame.evaluate(() => ({
      height: document.documentElement.getBoundingClientRect().height,
      scrollHeight: document.documentElement.scrollHeight,
      clientHeight: document.documentElement.clientHeight,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      svgs: [...document.querySelectorAll('.chart-canvas svg')].filter((s) => s.getBoundingClientRect().height > 50).length
    }));
    out.push({ ...iframe, doc });
  }
  return out;
}

/** Close a context whose routed requests may still be in flight (e.g. after a top navigation). */
export async function closeContext(context) {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
}
