// Standalone SVG of one step's chart state (styles, title, legend, source and credit inside), for
// CMSs and apps that do not allow iframes.
import { chartFileEntries } from '$lib/server/embed';
import { routeSvg } from '$lib/server/chart-file';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = chartFileEntries satisfies EntryGenerator;

export const GET = (({ params, url }) => new Response(routeSvg(params, url), { headers: { 'content-type': 'image/svg+xml' } })) satisfies RequestHandler;
