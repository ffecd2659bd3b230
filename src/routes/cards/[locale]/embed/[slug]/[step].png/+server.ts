// Share card (og:image) of one step's chart embed: /cards/<locale>/embed/<slug>/<step>.png
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { isLocale } from '$lib/i18n';
import { cardEntries, cardPng } from '$lib/server/share-card';
import { origin } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = (() => cardEntries().flatMap(({ locale, target: t }) => (t.page === 'embed' ? [{ locale, slug: t.slug, step: t.step }] : []))) satisfies EntryGenerator;

export const GET = (({ params }) => {
  const png = isLocale(params.locale) ? cardPng({ page: 'embed', slug: params.slug, step: params.step }, params.locale, base, origin) : undefined;
  if (!png) error(404, 'Not found');
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}) satisfies RequestHandler;
