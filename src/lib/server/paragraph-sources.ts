// The white-paper lines each paragraph rests on, as readers will see them: grouped by figure (the
// dataset or step source whose line range holds them; otherwise the main text), with a label in
// the reader's language and the quoted lines.
import type { Locale } from '$lib/i18n';
import type { StepSpec, StorySpec } from '$lib/stories/types';
import type { ParagraphSource } from '$lib/model/resolved';
import { allDatasets } from './data';
import { seedLines } from './story-files';
import { figureLabel } from './resolve';
import { withSection } from './paper-sections';

const SEED = '000_42e09b4d009f57e2.txt';
const inside = ([a, b]: [number, number], [lo, hi]: [number, number]) => a >= lo && b <= hi;

function figureOf(range: [number, number], spec: StorySpec, step: StepSpec): string {
  const own = step.sources?.find((s) => inside(range, s.lines));
  if (own) return own.figure;
  for (const d of allDatasets().values()) if (d.story === spec.slug && inside(range, d.meta.lines)) return d.meta.figure;
  const other = spec.steps.flatMap((s) => s.sources ?? []).find((s) => inside(range, s.lines));
  return other?.figure ?? '本文';
}

export function paragraphSources(spec: StorySpec, step: StepSpec, locale: Locale): ParagraphSource[][] {
  const seed = seedLines(SEED) ?? [];
  return step.text.map((para) => {
    const byFigure = new Map<string, [number, number][]>();
    for (const r of para.src) {
      const f = figureOf(r, spec, step);
      byFigure.set(f, [...(byFigure.get(f) ?? []), r]);
    }
    return [...byFigure].map(([printed, lines]) => {
      // Main text names its part, chapter and section, so readers can find the passage.
      const figure = withSection(printed, lines[0][0]);
      const span = lines.map(([a, b]) => (a === b ? `${a}` : `${a}${locale === 'ja' ? '〜' : '–'}${b}`)).join(', ');
      const label = locale === 'ja' ? `${figureLabel(figure, locale)}（${span}行）` : `${figureLabel(figure, locale)} (line${lines.length > 1 || lines[0][0] !== lines[0][1] ? 's' : ''} ${span})`;
      const quote = lines.map(([a, b]) => seed.slice(a - 1, b).join('')).join(' … ');
      return { figure, label, lines, quote };
    });
  });
}
