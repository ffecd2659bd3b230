import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets a newsroom host the site under its own path, e.g. /graphics/ict-2025
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // BUILD_DIR / KIT_OUT_DIR let two builds run side by side (e.g. a base-path build in tests).
    adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', strict: true }),
    outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
    paths: { base, relative: false },
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
