import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import { allDatasets } from '$lib/server/data';
import { publishedStories } from '$lib/stories';
import { figureLabel } from '$lib/server/resolve';
import { phraseHtml } from '$lib/server/phrases';
import { about_embed_body, about_embed_howto, about_method_body, about_source_body } from '$lib/paraglide/messages.js';
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
  // The prose, phrase-broken like the story copy (Japanese lines break only at <wbr>).
  const o = { locale };
  return {
    figures,
    prose: {
      source: phraseHtml(about_source_body({}, o), locale),
      method: phraseHtml(about_method_body({}, o), locale),
      embed: phraseHtml(about_embed_body({}, o), locale),
      howto: phraseHtml(about_embed_howto({}, o), locale)
    }
  };
}) satisfies PageServerLoad;
