// Loads and validates the datasets of every story folder once per build. A malformed file throws a
// DataError naming file, row and field, which fails the prerender and therefore `npm run build`.
import { parseAll, parseJson } from '$lib/data/validate';
import type { Dataset } from '$lib/data/types';
import { storyDataFiles } from './story-files';

let files: Record<string, string> | undefined;
let cache: Map<string, Dataset> | undefined;

const dataFiles = () => (files ??= storyDataFiles());

export function allDatasets(): Map<string, Dataset> {
  cache ??= parseAll(dataFiles());
  return cache;
}

export function findDataset(story: string, id: string): Dataset | undefined {
  return allDatasets().get(`${story}/${id}`);
}

export function getDataset(story: string, id: string, context: string): Dataset {
  const d = findDataset(story, id);
  if (!d) throw new Error(`${context}: unknown dataset "${id}" (no file data/${story}/${id}.csv)`);
  return d;
}

/** Quote-only JSON files (conclusions, prose claims) keyed by `<story>/<name>`. */
export function quoteFile(story: string, name: string): Record<string, unknown> {
  const text = dataFiles()[`/data/${story}/${name}.json`];
  if (text === undefined) throw new Error(`data/${story}/${name}.json: missing`);
  return parseJson(text, `data/${story}/${name}.json`) as Record<string, unknown>;
}
