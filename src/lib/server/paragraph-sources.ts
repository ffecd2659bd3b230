// The white-paper lines each paragraph rests on, as readers will see them: grouped by figure (the
// dataset or step source whose line range holds them; otherwise the main text), with a label in
// the reader's language and the quoted lines.
import type { Locale } from '$lib/i18n';
import type { StepSpec, StorySpec } from '$lib/stories/types';
import type { ParagraphSource } from '$lib/model/resolved';
import { isDataState } from '$lib/charts/kinds';
import { allDatasets } from './data';
import { seedLines } from './story-files';
import { figureLabel } from './resolve';
import { withSection } from './paper-sections';

const SEED = '000_42e09b4d009f57e2.txt';
const inside = ([a, b]: [number, number], [lo, hi]: [number, number]) => a >= lo && b <= hi;

/** The figure whose lines hold `range` (the step's own datasets first), or whose dataset quotes the
 * footnote `range` is, or 本文. */
export function figureOf(range: [number, number], spec: StorySpec, step?: StepSpec): string {
  // A dataset names the lines it quotes (its values were read there); otherwise the narrowest
  // source a step declares around them; otherwise the main text.
  const [lo, hi] = range;
  const quotes = (d: { meta: { quotes: Record<string, string> } }) => Object.keys(d.meta.quotes).some((n) => Number(n) >= lo && Number(n) <= hi);
  // A footnote (＊1 …) printed away from the figure it defines belongs to the dataset that quotes
  // every line of it (IDC's 「AIシステム」, L.6953). Main text a dataset quotes outside its block stays 本文.
  const footnote = /^\s*＊\d/.test(seedLines(SEED)?.[lo - 1] ?? '');
  const quotesAll = (d: { meta: { quotes: Record<string, string> } }) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).every((n) => String(n) in d.meta.quotes);
  const span = (l: [number, number]) => l[1] - l[0];
  // Several datasets can cover one line (a sample size printed for two figures, a number that ends
  // one figure's block and starts the next): the step's own datasets first, then the narrowest.
  const used = new Set(step ? [isDataState(step.chart) ? step.chart.dataset : undefined, ...Object.values(step.values ?? {}).map((v) => v.dataset)] : []);
  const own = [...allDatasets().values()]
    .filter((d) => d.story === spec.slug && ((inside(range, d.meta.lines) && quotes(d)) || (footnote && quotesAll(d))))
    .sort((a, b) => Number(!used.has(a.id)) - Number(!used.has(b.id)) || span(a.meta.lines) - span(b.meta.lines))[0];
  if (own) return own.meta.figure;
  const declared = [...(step?.sources ?? []), ...spec.steps.flatMap((s) => s.sources ?? [])].filter((s) => inside(range, s.lines));
  declared.sort((x, y) => span(x.lines) - span(y.lines));
  return declared[0]?.figure ?? '本文';
}

export function paragraphSources(spec: StorySpec, step: StepSpec, locale: Locale): ParagraphSource[][] {
  const seed = seedLines(SEED) ?? [];
  return step.text.map((para) => {
    const byFigure = new Map<string, [number, number][]>();
    for (const r of para.src) {
      // Main text names its part, chapter and section, so readers can find the passage.
      const f = withSection(figureOf(r, spec, step), r[0]);
      byFigure.set(f, [...(byFigure.get(f) ?? []), r]);
    }
    return [...byFigure].map(([figure, lines]) => {
      const span = lines.map(([a, b]) => (a === b ? `${a}` : `${a}${locale === 'ja' ? '〜' : '–'}${b}`)).join(', ');
      const label = locale === 'ja' ? `${figureLabel(figure, locale)}（${span}行）` : `${figureLabel(figure, locale)} (line${lines.length > 1 || lines[0][0] !== lines[0][1] ? 's' : ''} ${span})`;
      const quote = lines.map(([a, b]) => seed.slice(a - 1, b).join('')).join(' … ');
      return { figure, label, lines, quote };
    });
  });
}
