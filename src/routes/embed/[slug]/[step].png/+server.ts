// PNG of one step's chart state (2×, from the standalone SVG), for newsletters, RSS, print desks,
// oEmbed thumbnails and the embed's no-script fallback.
import { chartFileEntries } from '$lib/server/embed';
import { routeSvg } from '$lib/server/chart-file';
import { chartPng } from '$lib/server/chart-png';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = chartFileEntries satisfies EntryGenerator;

export const GET = (({ params, url }) =>
  new Response(new Uint8Array(chartPng(routeSvg(params, url)).png), { headers: { 'content-type': 'image/png' } })) satisfies RequestHandler;
