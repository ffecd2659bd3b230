import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { findStory, publishedStories } from '$lib/stories';
import { localizePath } from '$lib/i18n';
import { fill } from '$lib/server/copy';
import { resolveStory } from '$lib/server/resolve';
import { pageStory } from '$lib/engine/resolved';
import { oembedPath } from '$lib/server/embed';
import { origin } from '$lib/server/site';

export const entries = () => publishedStories().map((s) => ({ slug: s.slug }));

export const load = ({ params, url }) => {
  const spec = findStory(params.slug);
  if (!spec || spec.status !== 'published') error(404, 'Not found');
  const locale = localeFromPath(url.pathname, base);
  // The end of a story leads to the others: every other published story of the registry.
  const others = publishedStories()
    .filter((s) => s.slug !== spec.slug)
    .map((s) => ({ slug: s.slug, title: fill(s.title, locale, `${s.file} title`), dek: fill(s.dek, locale, `${s.file} dek`), href: localizePath(`/stories/${s.slug}/`, locale, base) }));
  return { story: pageStory(resolveStory(spec, locale, base)), others, oembed: origin + oembedPath({ slug: spec.slug }, locale, base) };
};
