import { deckEntries, deckPageData } from '$lib/server/deck-pages';
import { guideContent } from '$lib/server/guide';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = deckEntries satisfies EntryGenerator;

export const load = (async ({ params, url }) => {
  const { spec, locale, present, share } = await deckPageData(params.slug, url.pathname);
  return { present, guide: guideContent(spec, locale), share };
}) satisfies PageServerLoad;
