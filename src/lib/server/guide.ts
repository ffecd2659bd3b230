// The teacher's guide in one language: the document's `guide:` with every `src` turned into the
// figure (or 本文 and its section) that holds those lines, as teachers and students can look it up.
import type { Locale } from '$lib/i18n';
import type { StorySpec } from '$lib/stories/types';
import type { GuideContent } from '$lib/model/guide';
import { figureOf } from './paragraph-sources';
import { withSection } from './paper-sections';
import { figureLabel } from './resolve';
import { fill } from './copy';

export function guideContent(spec: StorySpec, locale: Locale): GuideContent | null {
  const g = spec.guide;
  if (!g) return null;
  const at = (field: string) => `${spec.file} guide.${field}`;
  const places = (src: [number, number][]) => [...new Set(src.map((r) => figureLabel(withSection(figureOf(r, spec), r[0]), locale)))];
  const plan = (items: typeof g.plan45, field: string) => items.map((p, i) => ({ min: p.min, text: fill(p, locale, at(`${field}[${i}]`)) }));
  return {
    objectives: g.objectives.map((o, i) => fill(o, locale, at(`objectives[${i}]`))),
    subjects: g.subjects.map((s, i) => fill(s, locale, at(`subjects[${i}]`))),
    plan45: plan(g.plan45, 'plan45'),
    plan15: plan(g.plan15, 'plan15'),
    vocabulary: g.vocabulary.map((w, i) => ({
      term: fill(w.term, locale, at(`vocabulary[${i}].term`)),
      text: fill(w.def, locale, at(`vocabulary[${i}].def`)),
      sources: places(w.src)
    })),
    misconceptions: g.misconceptions.map((m, i) => ({ text: fill(m, locale, at(`misconceptions[${i}]`)), sources: places(m.src) }))
  };
}
