import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { pageScripts } from './scripts/page-scripts.js';

export default defineConfig({
  plugins: [sveltekit(), pageScripts()],
  build: { sourcemap: !!process.env.SOURCEMAP },
  server: { fs: { allow: ['data'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'node',
          include: ['tests/component/**/*.test.ts']
        }
      }
    ]
  }
});
