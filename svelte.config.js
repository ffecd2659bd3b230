import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSingleFileDecks } from './scripts/single-file-deck.js';

// BASE_PATH lets a newsroom host the site under its own path, e.g. /graphics/ict-2025
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

const out = process.env.BUILD_DIR ?? 'build';

/** Also writes each deck's single-file copy (scripts/single-file-deck.js).
 *  SvelteKit prerenders a page's server data to __data.json whenever the page has a server load,
 *  for client-side navigation. This site never navigates client-side (data-sveltekit-reload, and
 *  every page but the slides is csr = false; hydration reads the data inlined in the HTML), so the
 *  files are only dead weight: remove them from the output. */
function withoutPageData(adapter) {
  return {
    ...adapter,
    async adapt(builder) {
      await adapter.adapt(builder);
      const base = builder.config.kit.paths.base;
      for (const page of builder.prerendered.paths.filter((p) => !/\.\w+$/.test(p)))
        rmSync(join(out, page.slice(base.length), '__data.json'), { force: true });
      writeSingleFileDecks(out, base, builder.prerendered.paths);
    }
  };
}

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // BUILD_DIR / KIT_OUT_DIR let two builds run side by side (e.g. a base-path build in tests).
    adapter: withoutPageData(adapter({ pages: out, assets: out, strict: true })),
    outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
    paths: { base, relative: false },
    // The service worker serves the decks only: the deck script registers it for their paths.
    serviceWorker: { register: false },
    // Inline the (small) stylesheets: no render-blocking CSS request before first paint.
    inlineStyleThreshold: 40000,
    prerender: {
      // ja pages are found by crawling; /en/ pages are listed so the crawler starts there too.
      // /404 and /en/404 become 404.html and en/404.html (served for missing paths).
      entries: ['*', '/en/', '/en/404', '/sitemap.xml', '/robots.txt'],
      handleHttpError: 'fail',
      handleMissingId: 'fail',
      handleUnseenRoutes: 'fail'
    },
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};
