// Standalone SVG of one step's chart state (title, legend, source and credit inside; colours as
// attributes), wide (`<step>.svg`) or narrow (`<step>.narrow.svg`), for CMSs and apps that do not
// allow iframes.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { chartFileEntries, chartFileSvg } from '$lib/server/embed';
import { origin } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = chartFileEntries satisfies EntryGenerator;

export const GET = (({ params, url }) => {
  const svg = chartFileSvg(params.slug, params.step, url.pathname, base, origin) ?? error(404, 'Not found');
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}) satisfies RequestHandler;
