// What the deck and its two companion pages (teacher's guide, worksheet) load: the published story,
// its presentation data and the deck's share card (the companions belong to the deck and share it).
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { findStory, publishedStories } from '$lib/stories';
import { presentation } from './present';
import { origin } from './site';
import { shareImage } from './share-card';

export const deckEntries = () => publishedStories().map((s) => ({ slug: s.slug }));

export async function deckPageData(slug: string, pathname: string) {
  const spec = findStory(slug);
  if (!spec || spec.status !== 'published') error(404, 'Not found');
  const locale = localeFromPath(pathname, base);
  return { spec, locale, present: await presentation(spec, locale, base, origin), share: shareImage({ page: 'present', slug: spec.slug }, locale, base, origin) };
}
