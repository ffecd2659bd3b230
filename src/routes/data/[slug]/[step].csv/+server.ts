import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { findStory, publishedStories } from '$lib/stories';
import { getResolvedStory } from '$lib/server/resolved-stories';
import { chartCsv } from '$lib/server/csv';
import { isDataState, isDrawn } from '$lib/charts/kinds';
import type { EntryGenerator, RequestHandler } from './$types';

// /data/<slug>/<step>.csv: UTF-8 with BOM (Excel); /data/<slug>/<step>.utf8.csv: no BOM (code).
const UTF8 = '.utf8';

export const prerender = true;
export const trailingSlash = 'never';

export const entries = (() =>
  publishedStories().flatMap((s) => s.steps.filter((st) => isDataState(st.chart)).flatMap((st) => [{ slug: s.slug, step: st.id }, { slug: s.slug, step: st.id + UTF8 }]))) satisfies EntryGenerator;

export const GET = (({ params, url }) => {
  const spec = findStory(params.slug);
  if (!spec || spec.status !== 'published') error(404, 'Not found');
  const story = getResolvedStory(spec.slug, localeFromPath(url.pathname, base), base);
  const bom = !params.step.endsWith(UTF8);
  const step = story.steps.find((s) => s.id === (bom ? params.step : params.step.slice(0, -UTF8.length)));
  if (!step || !isDrawn(step.chart)) error(404, 'Not found');
  return new Response(chartCsv(step.chart, bom), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}) satisfies RequestHandler;
