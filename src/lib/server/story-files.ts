// Where stories live on disk: every folder data/<slug>/ with a story.yaml is a story, and so is
// every such folder under $EXTRA_STORIES_DIR (a test adds a fixture story this way without
// touching data/). Read with node:fs at build time, so adding a story is adding a folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface StoryFolder {
  slug: string;
  /** Absolute path of the folder. */
  dir: string;
  /** Path from the project root, for error messages ("data/noto"). */
  path: string;
}

function foldersIn(root: string): StoryFolder[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'story.yaml')))
    .map((d) => ({ slug: d.name, dir: join(root, d.name), path: relative(process.cwd(), join(root, d.name)) }));
}

let cache: StoryFolder[] | undefined;

export function storyFolders(): StoryFolder[] {
  if (cache) return cache;
  const extra = process.env.EXTRA_STORIES_DIR ? foldersIn(resolve(process.env.EXTRA_STORIES_DIR)) : [];
  const all = [...foldersIn(resolve('data')), ...extra];
  const dup = all.find((f, i) => all.findIndex((g) => g.slug === f.slug) !== i);
  if (dup) throw new Error(`${dup.path}: a story "${dup.slug}" already exists`);
  return (cache = all);
}

/** The files of every story folder, keyed `/data/<slug>/<file>` (what parseAll expects). */
export function storyDataFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of storyFolders())
    for (const name of readdirSync(f.dir).filter((n) => /\.(csv|json)$/.test(n))) out[`/data/${f.slug}/${name}`] = readFileSync(join(f.dir, name), 'utf8');
  return out;
}

const seeds = new Map<string, string[] | undefined>();

/** Lines of a seed file in data/source/ (index 0 is line 1), or undefined if it is not there. */
export function seedLines(file: string): string[] | undefined {
  if (!seeds.has(file)) {
    const p = resolve('data/source', file);
    seeds.set(file, existsSync(p) ? readFileSync(p, 'utf8').split(/\r?\n/) : undefined);
  }
  return seeds.get(file);
}
