// A whole story for embedding: unrolled (every step with its own chart, no sticky scrolly), since
// scroll triggers cannot be trusted inside another site's iframe.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { publishedStories } from '$lib/stories';
import { resolveStory } from '$lib/server/resolve';
import { embedFrame, embedSpec } from '$lib/server/embed';
import { message } from '$lib/server/messages';
import { origin } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => publishedStories().map((s) => ({ slug: s.slug }))) satisfies EntryGenerator;

export const load = (({ params, url }) => {
  const spec = embedSpec(params.slug);
  if (!spec) error(404, 'Not found');
  const locale = localeFromPath(url.pathname, base);
  return {
    story: resolveStory(spec, locale, base),
    frame: embedFrame({ slug: spec.slug }, locale, base, origin),
    figuresLabel: message('embed_story_figures', locale, 'embed page')
  };
}) satisfies PageServerLoad;
