import { base } from '$app/paths';
import { localeFromPath, localizePath } from '$lib/i18n';
import { allDatasets } from '$lib/server/data';
import { publishedStories } from '$lib/stories';
import { fill } from '$lib/server/copy';
import { figureLabel } from '$lib/server/resolve';
import { phraseHtml } from '$lib/server/phrases';
import { about_embed_body, about_embed_howto, about_method_body, about_source_body } from '$lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

export const load = (({ url }) => {
  const locale = localeFromPath(url.pathname, base);
  const datasets = [...allDatasets().values()].map((d) => ({
    key: d.key,
    story: d.story,
    figure: figureLabel(d.meta.figure, locale),
    title: d.meta.title[locale],
    seed: d.meta.seed,
    lines: d.meta.lines,
    grade: d.meta.grade,
    source: d.meta.sourceNote[locale]
  }));
  // The figures each story uses, under the story's title. Datasets cut from one figure with the same
  // title, source and lines (e.g. the values a chart prints in two units) are one row with their grades.
  const stories = publishedStories().map((s) => {
    const figures: ((typeof datasets)[number] & { grades: string[] })[] = [];
    for (const d of datasets.filter((d) => d.story === s.slug)) {
      const same = figures.find((f) => f.figure === d.figure && f.title === d.title && f.source === d.source && f.lines.join() === d.lines.join());
      if (same) same.grades = [...new Set([...same.grades, d.grade])].sort();
      else figures.push({ ...d, grades: [d.grade] });
    }
    figures.sort((a, b) => a.figure.localeCompare(b.figure));
    return { slug: s.slug, title: fill(s.title, locale, `${s.file} title`), href: localizePath(`/stories/${s.slug}/`, locale, base), figures };
  });
  // The prose, phrase-broken like the story copy (Japanese lines break only at <wbr>).
  const o = { locale };
  return {
    stories: stories.filter((s) => s.figures.length),
    prose: {
      source: phraseHtml(about_source_body({}, o), locale),
      method: phraseHtml(about_method_body({}, o), locale),
      embed: phraseHtml(about_embed_body({}, o), locale),
      howto: phraseHtml(about_embed_howto({}, o), locale)
    }
  };
}) satisfies PageServerLoad;
