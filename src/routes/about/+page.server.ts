import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { allDatasets } from '$lib/server/data';
import { publishedStories } from '$lib/stories';
import { figureLabel } from '$lib/server/resolve';
import type { PageServerLoad } from './$types';

export const load = (({ url }) => {
  const locale = localeFromPath(url.pathname, base);
  const used = new Set(publishedStories().map((s) => s.slug));
  const figures = [...allDatasets().values()]
    .filter((d) => used.has(d.story))
    .map((d) => ({
      key: d.key,
      story: d.story,
      figure: figureLabel(d.meta.figure, locale),
      title: d.meta.title[locale],
      seed: d.meta.seed,
      lines: d.meta.lines,
      grade: d.meta.grade,
      source: d.meta.sourceNote[locale]
    }))
    .sort((a, b) => a.story.localeCompare(b.story) || a.figure.localeCompare(b.figure));
  return { figures };
}) satisfies PageServerLoad;
