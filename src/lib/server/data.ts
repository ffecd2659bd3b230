// Loads and validates every file in data/ once per build. A malformed file throws a DataError
// naming file, row and field, which fails the prerender and therefore `npm run build`.
import { parseAll } from '$lib/data/validate';
import type { Dataset } from '$lib/data/types';

const files = import.meta.glob('/data/**/*.{csv,json}', {
  query: '?raw',
  import: 'default',
  eager: true
}) as Record<string, string>;

let cache: Map<string, Dataset> | undefined;

export function allDatasets(): Map<string, Dataset> {
  cache ??= parseAll(files);
  return cache;
}

export function getDataset(story: string, id: string, context: string): Dataset {
  const d = allDatasets().get(`${story}/${id}`);
  if (!d) throw new Error(`${context}: unknown dataset "${id}" (no file data/${story}/${id}.csv)`);
  return d;
}

/** Quote-only JSON files (conclusions, prose claims) keyed by `<story>/<name>`. */
export function quoteFile(story: string, name: string): Record<string, unknown> {
  const text = files[`/data/${story}/${name}.json`];
  if (text === undefined) throw new Error(`data/${story}/${name}.json: missing`);
  return JSON.parse(text);
}
