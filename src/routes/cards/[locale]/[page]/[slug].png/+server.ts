// Share card (og:image) of a story page or its slide deck: /cards/<locale>/<stories|present>/<slug>.png
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { isLocale } from '$lib/i18n';
import { cardEntries, cardPng } from '$lib/server/share-card';
import { origin } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = (() => cardEntries().flatMap(({ locale, target: t }) => (t.page === 'embed' ? [] : [{ locale, page: t.page, slug: t.slug }]))) satisfies EntryGenerator;

export const GET = (({ params }) => {
  const page = params.page;
  const png = isLocale(params.locale) && (page === 'stories' || page === 'present') ? cardPng({ page, slug: params.slug }, params.locale, base, origin) : undefined;
  if (!png) error(404, 'Not found');
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}) satisfies RequestHandler;
