import { deckEntries, deckPageData } from '$lib/server/deck-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = deckEntries satisfies EntryGenerator;

export const load = (async ({ params, url }) => {
  const { present, share } = await deckPageData(params.slug, url.pathname);
  return { present, share };
}) satisfies PageServerLoad;
