// Present mode data for one story and locale: the resolved story plus key numbers per step (from
// the step's `values`, or its highlighted chart rows), the discussion questions, and a QR code of
// the story's URL drawn as SVG at build time (no network, nothing shipped but the SVG).
import QRCode from 'qrcode';
import type { Locale } from '$lib/i18n';
import { localizePath, locales } from '$lib/i18n';
import type { Dataset } from '$lib/data/types';
import type { StorySpec } from '$lib/stories/types';
import type { ResolvedChart } from '$lib/model/resolved';
import type { DataStateOptions } from '$lib/model/chart-state';
import { isDataState } from '$lib/charts/kinds';
import { slideParts } from '$lib/charts/slide-parts';
import { groupSources, pageSources, type KeyNumber, type Presentation } from '$lib/model/present';
import { figureLabel, formatCell } from './resolve';
import { getResolvedStory } from './resolved-stories';
import { getDataset } from './data';
import * as m from '$lib/paraglide/messages.js';
import { fill } from './copy';

function cellLabel(d: Dataset, x: string, series: string, locale: Locale): string {
  const multi = Object.keys(d.meta.series).length > 1;
  const s = d.meta.series[series]?.[locale] ?? series;
  // A one-year value: its series, or the dataset's short name when it has one series (the
  // validator requires `short` there), then the year.
  if (d.meta.x.kind === 'year') return `${multi ? s : d.meta.short![locale]}${locale === 'ja' ? `（${x}年）` : `, ${x}`}`;
  const c = d.meta.x.categories?.[x]?.[locale] ?? x;
  return multi ? `${c}${locale === 'ja' ? '・' : ', '}${s}` : c;
}

function keyNumber(d: Dataset, ref: { x: string; series: string; decimals?: number; approx?: boolean }, locale: Locale, ctx: string): KeyNumber {
  // Same text as the step's copy (the sign is kept: a key number stands without a sentence).
  const { text: value, line } = formatCell(d, { x: ref.x, series: ref.series, decimals: ref.decimals, approx: ref.approx }, locale, ctx);
  return { label: cellLabel(d, ref.x, ref.series, locale), value, figure: figureLabel(d.meta.figure, locale), line };
}

/** Highlighted rows of a chart (for steps whose copy names no number). */
function highlighted(chart: ResolvedChart): { x: string; series: string }[] {
  const h = chart.highlight;
  if (!h) return [];
  return chart.rows.filter((r) => (!h.x || h.x.includes(r.x)) && (!h.series || h.series.includes(r.series))).slice(0, 4);
}

export async function presentation(spec: StorySpec, locale: Locale, base: string, origin: string): Promise<Presentation> {
  const file = spec.file;
  const story = getResolvedStory(spec.slug, locale, base);
  const keyNumbers = spec.steps.map((step, i) => {
    const ctx = `${file} step "${step.id}"`;
    const refs = Object.entries(step.values ?? {});
    if (refs.length)
      return refs.map(([name, ref]) => keyNumber(getDataset(spec.slug, ref.dataset, `${ctx}.values.${name}`), ref, locale, `${ctx}.values.${name}`));
    const chart = story.steps[i].chart;
    const o: DataStateOptions | undefined = isDataState(step.chart) ? step.chart : undefined;
    if (!o?.dataset || o.transpose) return [];
    const d = getDataset(spec.slug, o.dataset, `${ctx}.chart.dataset`);
    return highlighted(chart).map((r) => keyNumber(d, r, locale, `${ctx}.chart.highlight`));
  });
  const teacherNotes = spec.steps.map((s) => (s.teacher ? fill(s.teacher, locale, `${file} step "${s.id}".teacher`) : null));
  const questions = (spec.questions ?? []).map((q, i) => fill(q, locale, `${file} questions[${i}]`));
  const prompts = spec.steps.map((s) => (s.prompt ? fill(s.prompt, locale, `${file} step "${s.id}".prompt`) : null));
  const stepQuestions = spec.steps.map((s) => (s.question ? fill(s.question, locale, `${file} step "${s.id}".question`) : null));
  const storyUrl = origin + localizePath(`/stories/${spec.slug}/`, locale, base);
  const qrSvg = await QRCode.toString(storyUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  const citation = m.present_citation({}, { locale });
  const stepSources = story.steps.map((s) => s.chart.sources.map((src) => ({ figure: figureLabel(src.figure, locale), note: src.note })));
  const sources = groupSources(stepSources.flat());
  // What fits on a 4:3 slide at the deck's source text size under the citation (a Japanese character
  // is twice as wide).
  const sourcePages = pageSources(sources, locale === 'ja' ? 46 : 85, 12);
  const slides = { ...story, steps: story.steps.map(({ paragraphSources: _, ...s }) => s) };
  const partTitle = (title: string) => (n: number, total: number) => title + m.slide_part({ n: String(n), total: String(total) }, { locale });
  const others = locales.filter((l) => l !== locale).map((l) => getResolvedStory(spec.slug, l, base));
  const chartSlides = story.steps.flatMap((s, step) =>
    slideParts(s.chart, partTitle(s.chart.title), others.map((o) => o.steps[step].chart)).map((chart, p, all) => ({ step, part: p + 1, parts: all.length, chart }))
  );
  return { story: slides, chartSlides, keyNumbers, teacherNotes, prompts, stepQuestions, questions, storyUrl, qrSvg, citation, sources, sourcePages, stepSources };
}
