import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { findStory, publishedStories } from '$lib/stories';
import { resolveStory } from '$lib/server/resolve';
import { pageStory } from '$lib/engine/resolved';
import { oembedPath } from '$lib/server/embed';
import { origin } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => publishedStories().map((s) => ({ slug: s.slug }))) satisfies EntryGenerator;

export const load = (({ params, url }) => {
  const spec = findStory(params.slug);
  if (!spec || spec.status !== 'published') error(404, 'Not found');
  const locale = localeFromPath(url.pathname, base);
  return { story: pageStory(resolveStory(spec, locale, base)), oembed: origin + oembedPath({ slug: spec.slug }, locale, base) };
}) satisfies PageServerLoad;
