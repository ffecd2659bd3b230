import { base } from '$app/paths';
import { origin } from '$lib/server/site';
import type { RequestHandler } from './$types';

export const prerender = true;

// Embeds and slides carry <meta name="robots" content="noindex"> themselves; they stay crawlable
// so that the noindex is seen.
export const GET = (() => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${origin}${base}/sitemap.xml\n`, { headers: { 'content-type': 'text/plain' } })) satisfies RequestHandler;
