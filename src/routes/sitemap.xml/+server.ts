import { base } from '$app/paths';
import { origin } from '$lib/server/site';
import { publicPaths } from '$lib/server/public-pages';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET = (() => {
  const urls = publicPaths(base).map((p) => `  <url><loc>${origin}${p}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
}) satisfies RequestHandler;
