// The story registry as the e2e tests see it: the same rule as src/lib/server/story-files.ts
// (every data/<slug>/story.yaml, and every $EXTRA_STORIES_DIR/<slug>/story.yaml), so a new story
// folder gets every e2e check without a test file changing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

function read(root) {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'story.yaml')))
    .map((d) => {
      const doc = parse(readFileSync(join(root, d.name, 'story.yaml'), 'utf8'));
      return { slug: d.name, order: doc.order ?? 99, status: doc.status, steps: doc.steps.map((s) => s.id), doc };
    });
}

export const stories = [...read(resolve('data')), ...(process.env.EXTRA_STORIES_DIR ? read(resolve(process.env.EXTRA_STORIES_DIR)) : [])].sort(
  (a, b) => a.order - b.order
);
export const publishedStories = stories.filter((s) => s.status === 'published');
