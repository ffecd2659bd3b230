// One step's chart state for embedding: title, chart, note, source line, the step's text, credit.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { getResolvedStory } from '$lib/server/resolved-stories';
import { embedFrame, embedSpec, embedTargets } from '$lib/server/embed';
import { origin } from '$lib/server/site';
import { embedCard, shareImage } from '$lib/server/share-card';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => embedTargets().flatMap((t) => (t.step ? [{ slug: t.slug, step: t.step }] : []))) satisfies EntryGenerator;

export const load = (({ params, url }) => {
  const spec = embedSpec(params.slug, params.step);
  if (!spec) error(404, 'Not found');
  const locale = localeFromPath(url.pathname, base);
  const story = getResolvedStory(spec.slug, locale, base);
  const step = story.steps.find((s) => s.id === params.step)!;
  return { step, frame: embedFrame({ slug: spec.slug, step: step.id }, locale, base, origin), locale, share: shareImage(embedCard(spec.slug, step.id), locale, base, origin) };
}) satisfies PageServerLoad;
