import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { findStory, publishedStories } from '$lib/stories';
import { getResolvedStory } from '$lib/server/resolved-stories';
import { chartCsv } from '$lib/server/csv';
import { isDataState, isDrawn } from '$lib/charts/kinds';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries = (() =>
  publishedStories().flatMap((s) => s.steps.filter((st) => isDataState(st.chart)).map((st) => ({ slug: s.slug, step: st.id })))) satisfies EntryGenerator;

export const GET = (({ params, url }) => {
  const spec = findStory(params.slug);
  if (!spec || spec.status !== 'published') error(404, 'Not found');
  const story = getResolvedStory(spec.slug, localeFromPath(url.pathname, base), base);
  const step = story.steps.find((s) => s.id === params.step);
  if (!step || !isDrawn(step.chart)) error(404, 'Not found');
  return new Response(chartCsv(step.chart), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}) satisfies RequestHandler;
