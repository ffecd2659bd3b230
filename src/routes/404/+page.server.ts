import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { phraseHtml } from '$lib/server/phrases';
import { not_found_body } from '$lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

// The message phrase-broken like the story copy (Japanese lines break only at <wbr>).
export const load = (({ url }) => {
  const locale = localeFromPath(url.pathname, base);
  return { bodyHtml: phraseHtml(not_found_body({}, { locale }), locale) };
}) satisfies PageServerLoad;
