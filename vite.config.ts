import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  build: { sourcemap: !!process.env.SOURCEMAP },
  server: { fs: { allow: ['data'] } },
  test: {
    // One project: unit and component tests share the node environment (jsdom per file, by comment).
    // Not isolated: the test files do not mutate shared modules, and isolation tripled import time.
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    isolate: false
  }
});
