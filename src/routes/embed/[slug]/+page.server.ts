// A whole story for embedding: unrolled (every step with its own chart, no sticky scrolly), since
// scroll triggers cannot be trusted inside another site's iframe.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { publishedStories } from '$lib/stories';
import { getResolvedStory } from '$lib/server/resolved-stories';
import { embedFrame, embedSpec } from '$lib/server/embed';
import * as m from '$lib/paraglide/messages.js';
import { origin } from '$lib/server/site';
import { embedCard, shareImage } from '$lib/server/share-card';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => publishedStories().map((s) => ({ slug: s.slug }))) satisfies EntryGenerator;

export const load = (({ params, url }) => {
  const spec = embedSpec(params.slug);
  if (!spec) error(404, 'Not found');
  const locale = localeFromPath(url.pathname, base);
  return {
    story: getResolvedStory(spec.slug, locale, base),
    frame: embedFrame({ slug: spec.slug }, locale, base, origin),
    figuresLabel: m.embed_story_figures({}, { locale }),
    share: shareImage(embedCard(spec.slug), locale, base, origin)
  };
}) satisfies PageServerLoad;
