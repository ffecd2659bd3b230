// PNG of one step's chart state (2×, from the standalone SVG), wide or narrow, for newsletters, RSS,
// print desks, oEmbed thumbnails and the embed's no-script fallback.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { chartFileEntries, chartFileSvg } from '$lib/server/embed';
import { origin } from '$lib/server/site';
import { chartPng } from '$lib/server/chart-png';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = chartFileEntries satisfies EntryGenerator;

export const GET = (({ params, url }) => {
  const svg = chartFileSvg(params.slug, params.step, url.pathname, base, origin) ?? error(404, 'Not found');
  return new Response(new Uint8Array(chartPng(svg).png), { headers: { 'content-type': 'image/png' } });
}) satisfies RequestHandler;
