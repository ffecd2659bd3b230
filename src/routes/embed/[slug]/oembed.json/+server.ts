// oEmbed JSON of a story embed (discovered from the story page and the embed page).
import { error, json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { publishedStories } from '$lib/stories';
import { embedSpec, oembed } from '$lib/server/embed';
import { origin } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = (() => publishedStories().map((s) => ({ slug: s.slug }))) satisfies EntryGenerator;

export const GET = (({ params, url }) => {
  if (!embedSpec(params.slug)) error(404, 'Not found');
  return json(oembed({ slug: params.slug }, localeFromPath(url.pathname, base), base, origin));
}) satisfies RequestHandler;
