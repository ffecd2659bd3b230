import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { findStory, publishedStories } from '$lib/stories';
import { presentation } from '$lib/server/present';
import { origin } from '$lib/server/site';
import { shareImage } from '$lib/server/share-card';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => publishedStories().map((s) => ({ slug: s.slug }))) satisfies EntryGenerator;

export const load = (async ({ params, url }) => {
  const spec = findStory(params.slug);
  if (!spec || spec.status !== 'published') error(404, 'Not found');
  const locale = localeFromPath(url.pathname, base);
  // (shared as the deck's card: this page belongs to the deck)
  return { present: await presentation(spec, locale, base, origin), share: shareImage({ page: 'present', slug: spec.slug }, locale, base, origin) };
}) satisfies PageServerLoad;
