// Standalone SVG of one step's chart state (styles, title, legend, source and credit inside), for
// CMSs and apps that do not allow iframes.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { chartFileEntries, standaloneSvg } from '$lib/server/embed';
import { origin } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = chartFileEntries satisfies EntryGenerator;

export const GET = (({ params, url }) => {
  const svg = standaloneSvg(params.slug, params.step, localeFromPath(url.pathname, base), base, origin);
  if (!svg) error(404, 'Not found');
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}) satisfies RequestHandler;
