// Registry: every file in this folder that exports a `story` is a story. Adding a fourth story
// means adding a spec file, its data/ folder and its messages, nothing else.
import type { StorySpec } from './types';

const modules = import.meta.glob<{ story: StorySpec }>('./*.ts', { eager: true });

export const stories: StorySpec[] = Object.entries(modules)
  .filter(([path, mod]) => !path.endsWith('/types.ts') && !path.endsWith('/index.ts') && mod.story)
  .map(([, mod]) => mod.story)
  .sort((a, b) => (a.order ?? 99) - (b.order ?? 99));

export function findStory(slug: string): StorySpec | undefined {
  return stories.find((s) => s.slug === slug);
}

export const publishedStories = () => stories.filter((s) => s.status === 'published');
