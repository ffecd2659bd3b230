// The standalone SVG that the chart-file routes (/embed/<slug>/<step>.svg and .png) serve, looked
// up from the route's URL; the routes differ only in what they make of it.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { standaloneSvg } from './embed';
import { origin } from './site';

/** The step's standalone SVG in the URL's language; 404 when the step draws no chart. */
export function routeSvg(params: { slug: string; step: string }, url: URL): string {
  const svg = standaloneSvg(params.slug, params.step, localeFromPath(url.pathname, base), base, origin);
  if (!svg) error(404, 'Not found');
  return svg;
}
