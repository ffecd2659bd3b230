// Registry: every folder with a story.yaml (data/<slug>/, and $EXTRA_STORIES_DIR/<slug>/) is a
// story. Adding a story means adding its folder: the document and its datasets, nothing else.
// Read at build time; a broken document fails the build with its file and line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StorySpec } from './types';
import { readStoryDocument, type Unsupported } from './document';
import { storyFolders, seedLines } from '$lib/server/story-files';
import { findDataset } from '$lib/server/data';

const loaded = storyFolders().map((f) =>
  readStoryDocument(f.slug, `${f.path}/story.yaml`, readFileSync(join(f.dir, 'story.yaml'), 'utf8'), {
    dataset: (id) => findDataset(f.slug, id),
    seed: seedLines
  })
);

export const stories: StorySpec[] = loaded.map((l) => l.spec).sort((a, b) => (a.order ?? 99) - (b.order ?? 99));

/** Numbers the copy writes that its source lines do not print: known, listed in the documents
 *  (`unsupported:`) for the editorial issue, and printed by the fidelity test. */
export const unsupportedNumbers: Unsupported[] = loaded.flatMap((l) => l.unsupported);

export function findStory(slug: string): StorySpec | undefined {
  return stories.find((s) => s.slug === slug);
}

export const publishedStories = () => stories.filter((s) => s.status === 'published');
