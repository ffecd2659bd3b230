// One resolution per story, locale and base path per build: the story page, its slides, embeds,
// CSV and SVG files all read the same resolved story instead of resolving it again each.
import type { Locale } from '$lib/i18n';
import type { ResolvedStory } from '$lib/model/resolved';
import { findStory } from '$lib/stories';
import { resolveStory } from './resolve';

const cache = new Map<string, ResolvedStory>();

/** The registered story `slug` resolved for a locale (shared: never mutate it). */
export function getResolvedStory(slug: string, locale: Locale, base = ''): ResolvedStory {
  const key = `${slug}|${locale}|${base}`;
  let story = cache.get(key);
  if (!story) {
    const spec = findStory(slug);
    if (!spec) throw new Error(`unknown story "${slug}"`);
    cache.set(key, (story = resolveStory(spec, locale, base)));
  }
  return story;
}
