// PNG of one step's chart state (2×, from the standalone SVG), for newsletters, RSS, print desks,
// oEmbed thumbnails and the embed's no-script fallback.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { embedSpec, embedTargets, hasSvg, svgCredit } from '$lib/server/embed';
import { origin } from '$lib/server/site';
import { getResolvedStory } from '$lib/server/resolved-stories';
import { chartSvg } from '$lib/server/chart-svg';
import { chartPng } from '$lib/server/chart-png';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = (() =>
  embedTargets().flatMap((t) => (t.step && hasSvg(t.slug, t.step) ? [{ slug: t.slug, step: t.step }] : []))) satisfies EntryGenerator;

export const GET = (({ params, url }) => {
  const spec = embedSpec(params.slug, params.step);
  if (!spec || !hasSvg(params.slug, params.step)) error(404, 'Not found');
  const locale = localeFromPath(url.pathname, base);
  const step = getResolvedStory(spec.slug, locale, base).steps.find((s) => s.id === params.step)!;
  const { png } = chartPng(chartSvg(step.chart, svgCredit({ slug: spec.slug }, locale, base, origin)));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}) satisfies RequestHandler;
