import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { findStory, publishedStories } from '$lib/stories';
import { localizePath } from '$lib/i18n';
import { fill } from '$lib/server/copy';
import { getResolvedStory } from '$lib/server/resolved-stories';
import { embedInfo, embedLabels, oembedPath } from '$lib/server/embed';
import { phraseHtml } from '$lib/server/phrases';
import { origin } from '$lib/server/site';
import { shareImage } from '$lib/server/share-card';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => publishedStories().map((s) => ({ slug: s.slug }))) satisfies EntryGenerator;

export const load = (({ params, url }) => {
  const spec = findStory(params.slug);
  if (!spec || spec.status !== 'published') error(404, 'Not found');
  const locale = localeFromPath(url.pathname, base);
  const story = getResolvedStory(spec.slug, locale, base);
  const embed = (step?: string) => embedInfo({ slug: spec.slug, step }, locale, base, origin);
  // The end of a story leads to the others: every other published story of the registry.
  const others = publishedStories()
    .filter((s) => s.slug !== spec.slug)
    .map((s) => ({
      slug: s.slug,
      titleHtml: phraseHtml(fill(s.title, locale, `${s.file} title`), locale),
      dekHtml: phraseHtml(fill(s.dek, locale, `${s.file} dek`), locale),
      href: localizePath(`/stories/${s.slug}/`, locale, base)
    }));
  return {
    story,
    others,
    // Each chart's note with phrase breaks, for the step card where phones read it.
    notes: story.steps.map((s) => (s.chart.note ? phraseHtml(s.chart.note, locale) : '')),
    embeds: { labels: embedLabels(locale), story: embed(), steps: story.steps.map((s) => embed(s.id)) },
    oembed: origin + oembedPath({ slug: spec.slug }, locale, base),
    share: shareImage({ page: 'stories', slug: spec.slug }, locale, base, origin)
  };
}) satisfies PageServerLoad;
