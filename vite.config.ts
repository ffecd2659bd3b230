import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { pageScripts } from './scripts/page-scripts.js';
import { paletteCss } from './src/lib/charts/palette-css';

// Stories and datasets are read from data/ with node:fs at build time (so a folder is a story), which
// Vite does not watch: in `npm run dev`, an edit there restarts the server so the page shows it.
const watchStories = (): Plugin => ({
  name: 'watch-stories',
  configureServer(server) {
    const dirs = [resolve('data'), ...(process.env.EXTRA_STORIES_DIR ? [resolve(process.env.EXTRA_STORIES_DIR)] : [])];
    server.watcher.add(dirs);
    server.watcher.on('change', (file) => {
      if (dirs.some((d) => file.startsWith(d)) && /\.(ya?ml|csv|json)$/.test(file)) server.restart();
    });
  }
});

// The palette and chart paint rules as CSS, written from their TypeScript data (palette-css.ts).
const PALETTE_CSS = 'virtual:palette.css';
const palette = (): Plugin => ({
  name: 'palette-css',
  resolveId: (id) => (id === PALETTE_CSS ? '\0' + PALETTE_CSS : undefined),
  load: (id) => (id === '\0' + PALETTE_CSS ? paletteCss() : undefined)
});

export default defineConfig({
  plugins: [sveltekit(), pageScripts(), watchStories(), palette()],
  build: { sourcemap: !!process.env.SOURCEMAP },
  server: { fs: { allow: ['data'] } },
  test: {
    // One project: unit and component tests share the node environment (jsdom per file, by comment).
    // Not isolated: the test files do not mutate shared modules, and isolation tripled import time.
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    isolate: false,
    // The first test of a file resolves whole stories (cold caches): seconds on a busy 2-core machine.
    testTimeout: 30000
  }
});
