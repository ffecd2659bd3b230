// oEmbed JSON of one step's chart embed.
import { error, json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { embedSpec, embedTargets, oembed } from '$lib/server/embed';
import { origin } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = (() => embedTargets().flatMap((t) => (t.step ? [{ slug: t.slug, step: t.step }] : []))) satisfies EntryGenerator;

export const GET = (({ params, url }) => {
  if (!embedSpec(params.slug, params.step)) error(404, 'Not found');
  return json(oembed({ slug: params.slug, step: params.step }, localeFromPath(url.pathname, base), base, origin));
}) satisfies RequestHandler;
