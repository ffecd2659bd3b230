// Turns a story spec into a ResolvedStory for one locale: copy from the story document (with
// numbers from data/), each paragraph's white-paper sources, chart states with their rows, descriptions, sources and CSV links. Every lookup that
// fails throws with the story file, step and field, so a broken spec fails the build.
import type { Locale } from '$lib/i18n';
import { localizePath } from '$lib/i18n';
import { formatValue, decimalsOf, axisUnit } from '$lib/format';
import { cellKey, type Dataset } from '$lib/data/types';
import type { StepSpec, StorySpec } from '$lib/stories/types';
import type { ChartState, DataStateOptions, TextState } from '$lib/model/chart-state';
import type { ChartRow, ResolvedChart, ResolvedSource, ResolvedStep, ResolvedStory } from '$lib/model/resolved';
import { valueExtent } from '$lib/model/domain';
import { getDataset } from './data';
import * as m from '$lib/paraglide/messages.js';
import { fill } from './copy';
import { paragraphSources } from './paragraph-sources';
import { phraseHtml } from './phrases';
import { kindResolvers } from './resolve-kinds';
import { chartKinds, isDataState, isDrawn } from '$lib/charts/kinds';
import { readDirections } from './directions';
import { withSection } from './paper-sections';

export { figureLabel } from '$lib/figures';
import { figureLabel } from '$lib/figures';
import { yearSkips } from '$lib/charts/geometry';

function rowsOf(d: Dataset, series: string[], xs: string[] | undefined, ctx: string, locale: Locale): ChartRow[] {
  const flags = (f: string[] | undefined) => new Set(f ?? []);
  const approx = flags(d.meta.approx);
  const uncertain = flags(d.meta.uncertain);
  const forecast = flags(d.meta.forecast);
  for (const s of series) if (!d.meta.series[s]) throw new Error(`${ctx}: series "${s}" is not in data/${d.key}.json`);
  const xKeys = xs ?? [...new Set(d.rows.map((r) => r.x))];
  const out: ChartRow[] = [];
  for (const s of series) {
    for (const x of xKeys) {
      const r = d.rows.find((row) => row.x === x && row.series === s);
      if (!r) {
        if (xs) throw new Error(`${ctx}: data/${d.key}.csv has no row x "${x}", series "${s}"`);
        continue;
      }
      const k = cellKey(x, s);
      out.push({
        x,
        series: s,
        value: r.value,
        line: r.line,
        ...(approx.has(k) && { approx: true }),
        ...(d.meta.printed?.[k] && { printed: d.meta.printed[k][locale] }),
        ...(uncertain.has(k) && { uncertain: true }),
        ...(forecast.has(k) && { forecast: true })
      });
    }
  }
  return out;
}

/** A date as the white paper prints it ("2024年12月", "2019年") in the reader's language. */
export function printedDate(printed: string, locale: Locale): string {
  const m = /^(\d{4})年(?:(\d{1,2})月)?$/.exec(printed.trim());
  if (!m) throw new Error(`unreadable date "${printed}"`);
  if (locale === 'ja') return printed.trim();
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return m[2] ? `${months[Number(m[2]) - 1]} ${m[1]}` : m[1];
}

/** Smallest and largest drawn value, widened to powers of ten (a log axis has no zero). */
export function logDomain(rows: readonly ChartRow[], ctx: string): [number, number] {
  const bad = rows.find((r) => !(r.value > 0));
  if (bad) throw new Error(`${ctx}.chart.scale: a log scale needs positive values, x "${bad.x}" is ${bad.value}`);
  const vs = rows.map((r) => r.value);
  return [10 ** Math.floor(Math.log10(Math.min(...vs))), 10 ** Math.ceil(Math.log10(Math.max(...vs)))];
}

function xLabelOf(d: Dataset, x: string, locale: Locale): string {
  return d.meta.x.kind === 'year' ? (locale === 'ja' ? `${x}年` : x) : d.meta.x.categories![x][locale];
}

export function sourceOf(d: Dataset, locale: Locale): ResolvedSource {
  return { figure: d.meta.figure, seed: d.meta.seed, lines: d.meta.lines, note: d.meta.sourceNote[locale] };
}

export function sourceLine(sources: ResolvedSource[], locale: Locale): string {
  const parts = sources.map((s) =>
    locale === 'ja' ? `${figureLabel(s.figure, locale)}（${s.note}）` : `${figureLabel(s.figure, locale)} (${s.note})`
  );
  return locale === 'ja'
    ? `出典：総務省「令和7年版 情報通信白書」${parts.join('、')}`
    : `Source: MIC, 2025 White Paper on Information and Communications in Japan, ${parts.join('; ')}`;
}

interface ChartContext {
  story: string;
  stepId: string;
  locale: Locale;
  base: string;
  ctx: string;
  /** Sources of prose claims named by the step. */
  extraSources?: ResolvedSource[];
}

/** Kind "text": statements (and direction arrows) instead of a chart. */
function resolveText(state: TextState, c: ChartContext, { id, locale, ctx }: { id: string; locale: Locale; ctx: string }): ResolvedChart {
  const statements = (state.statements ?? []).map((t, i) => phraseHtml(fill(t, locale, `${ctx}.chart.statements[${i}]`), locale));
  const title = fill(state.title, locale, `${ctx}.chart.title`);
  const sources: ResolvedSource[] = c.extraSources ?? [];
  return {
    id, kind: 'text', locale, title, unit: 'cases', unitLabel: '', unitFactor: 1, xLabel: '', xKind: 'category', xs: [], series: [],
    rows: [], stacked: false, domain: [0, 1], decimals: 0, labels: 'none', annotations: [], statements,
    note: state.note ? fill(state.note, locale, `${ctx}.chart.note`) : undefined,
    sourceLine: sources.length ? sourceLine(sources, locale) : '', sources, description: statements.join(' ').replace(/<wbr>/g, ''), csvHref: '', csvName: '',
    // Grade-D findings that have a direction but no values: arrows and words (see directions.ts).
    ...(state.directions && readDirections(c.story, state.directions, locale, ctx))
  };
}

export function resolveChart(state: ChartState, c: ChartContext): ResolvedChart {
  const { locale, ctx } = c;
  const id = `${c.story}/${c.stepId}`;
  const csvName = `${c.story}-${c.stepId}${locale === 'en' ? '-en' : ''}.csv`;
  const csvHref = localizePath(`/data/${c.story}/${c.stepId}.csv`, locale, c.base);
  if (!isDataState(state)) return resolveText(state, c, { id, locale, ctx });
  // Kind options are read from one shape: the schema has refused an option on a kind it is not for.
  const o: DataStateOptions = state;
  if (!state.dataset) throw new Error(`${ctx}.chart.dataset: missing`);
  const d = getDataset(c.story, state.dataset, `${ctx}.chart.dataset`);
  const seriesKeys = state.series ?? Object.keys(d.meta.series);
  // Groups (dumbbell) give the category order when no explicit x list does.
  const xList = state.x ?? o.groups?.flatMap((g) => g.x);
  let rows = rowsOf(d, seriesKeys, xList, `${ctx}.chart`, locale);
  let xKeys = xList ?? [...new Set(rows.map((r) => r.x))];
  let series = seriesKeys.map((k) => ({ key: k, label: d.meta.series[k][locale] }));
  let xLabelFor = (k: string) => xLabelOf(d, k, locale);
  if (state.dates) {
    const dates = (d.meta.dates ?? {}) as Record<string, string>;
    const plain = xLabelFor;
    xLabelFor = (k: string) =>
      dates[k] ? (locale === 'ja' ? `${plain(k)}（${printedDate(dates[k], locale)}）` : `${plain(k)} (${printedDate(dates[k], locale)})`) : plain(k);
  }
  if (o.transpose) {
    // One year's items as categories: the series become the category axis.
    series = xKeys.map((k) => ({ key: k, label: xLabelOf(d, k, locale) }));
    rows = rows.map((r) => ({ ...r, x: r.series, series: r.x }));
    xKeys = seriesKeys;
    xLabelFor = (k: string) => d.meta.series[k][locale];
  }
  if (o.sort) {
    const total = (x: string) => rows.filter((r) => r.x === x).reduce((a, r) => a + r.value, 0);
    xKeys = [...xKeys].sort((a, b) => (o.sort === 'asc' ? total(a) - total(b) : total(b) - total(a)));
    rows = xKeys.flatMap((x) => rows.filter((r) => r.x === x));
  }
  const sources = [sourceOf(d, locale)];
  let overlay: ResolvedChart['overlay'];
  if (o.overlay) {
    const od = o.overlay.dataset ? getDataset(c.story, o.overlay.dataset, `${ctx}.chart.overlay.dataset`) : d;
    if (od.meta.unit !== d.meta.unit)
      throw new Error(`${ctx}.chart.overlay: unit mismatch, ${od.key} is in ${od.meta.unit} but ${d.key} is in ${d.meta.unit}`);
    overlay = {
      series: { key: o.overlay.series, label: od.meta.series[o.overlay.series]?.[locale] ?? '' },
      rows: rowsOf(od, [o.overlay.series], xKeys, `${ctx}.chart.overlay`, locale)
    };
    if (od !== d) sources.push(sourceOf(od, locale));
  }
  const stacked = !!o.stacked;
  const log = o.scale === 'log';
  const logFit = log ? logDomain(rows, ctx) : undefined;
  const extent: [number, number] = log
    ? [Math.min(...rows.map((r) => r.value)), Math.max(...rows.map((r) => r.value))]
    : valueExtent(rows, stacked, overlay?.rows);
  const domain = state.domain ?? logFit ?? extent;
  if (log && domain[0] <= 0) throw new Error(`${ctx}.chart.domain: a log scale cannot start at ${domain[0]}`);
  if (domain[0] > extent[0] || domain[1] < extent[1])
    throw new Error(`${ctx}.chart.domain: [${domain}] cuts off data in [${extent}]`);
  const decimals = decimalsOf(d.rows.map((r) => r.value));
  const axisMax = Math.max(Math.abs(domain[0]), Math.abs(domain[1]));
  const axis = axisUnit(d.meta.unit, locale, axisMax, !chartKinds[state.kind].horizontal); // horizontal bars draw no tick numbers (ValueAxis)
  const forecastWord = () => m.ui_forecast({}, { locale });
  const fmt = (r: ChartRow) =>
    formatValue(r.value, d.meta.unit, locale, { decimals: log ? undefined : decimals, approx: r.approx, printed: r.printed, axisMax }) +
    (r.forecast ? (locale === 'ja' ? `（${forecastWord()}）` : ` (${forecastWord()})`) : '');
  const xs = xKeys.map((k) => ({ key: k, label: xLabelFor(k) }));
  const annotations = (state.annotations ?? []).map((a, i) => {
    const ad = a.dataset ? getDataset(c.story, a.dataset, `${ctx}.chart.annotations[${i}].dataset`) : d;
    const r = ad.rows.find((row) => row.x === a.x && row.series === a.series);
    if (!r) throw new Error(`${ctx}.chart.annotations[${i}]: data/${ad.key}.csv has no row x "${a.x}", series "${a.series}"`);
    const k = cellKey(a.x, a.series);
    const value = formatValue(r.value, ad.meta.unit, locale, { decimals, approx: ad.meta.approx?.includes(k), printed: ad.meta.printed?.[k]?.[locale], axisMax });
    return { ...a, value: r.value, text: fill(a.text, locale, `${ctx}.chart.annotations[${i}].text`, { value }) };
  });
  const title = state.title ? fill(state.title, locale, `${ctx}.chart.title`) : d.meta.title[locale];
  const chart: ResolvedChart = {
    id, kind: state.kind, locale, title, unit: d.meta.unit, unitLabel: axis.label, unitFactor: axis.factor,
    // transposed: the categories are the dataset's items (the years become the series)
    xLabel: o.transpose ? m.chart_item_column({}, { locale }) : d.meta.x.label[locale], xKind: o.transpose ? 'category' : d.meta.x.kind, xs, series, rows, stacked, overlay,
    highlight: state.highlight, domain, decimals, labels: state.labels ?? 'none', annotations, statements: [],
    note: state.note ? fill(state.note, locale, `${ctx}.chart.note`, { uncertain: uncertainLabels(rows, xs, locale) }) : undefined,
    sourceLine: sourceLine(sources, locale), sources, description: '', csvHref, csvName
  };
  if (log) chart.scale = 'log';
  if (o.groups) {
    chart.groups = o.groups.map((g, i) => ({ key: `group:${i}`, label: fill(g.label, locale, `${ctx}.chart.groups[${i}].label`), x: g.x }));
  }
  const own = kindResolvers[state.kind];
  own?.apply?.(chart, o, d, { story: c.story, locale, ctx, plainLabel: (k) => xLabelOf(d, k, locale) });
  chart.description = (own?.describe ?? describe)(chart, fmt, ctx);
  return chart;
}

/** Labels of the drawn categories with an uncertain value, for a note's {uncertain}. */
function uncertainLabels(rows: readonly ChartRow[], xs: { key: string; label: string }[], locale: Locale): string {
  const keys = [...new Set(rows.filter((r) => r.uncertain).map((r) => r.x))];
  return keys.map((k) => xs.find((x) => x.key === k)?.label ?? k).join(locale === 'ja' ? '・' : ', ');
}

/** A plain-language description generated from the drawn rows (screen readers, no-JS, print). */
function describe(chart: ResolvedChart, fmt: (r: ChartRow) => string, ctx: string): string {
  const { locale } = chart;
  const label = (k: string) => chart.xs.find((x) => x.key === k)?.label ?? k;
  const parts: string[] = [];
  if (chart.xKind === 'year' && chart.xs.length > 1) {
    // "2024–2030" would say the years between are drawn; where the drawn years skip, no range is given.
    const intro = yearSkips(chart).length
      ? m.desc_intro_cat({ title: chart.title, unit: chart.unitLabel }, { locale })
      : m.desc_intro_time({ title: chart.title, from: chart.xs[0].key, to: chart.xs[chart.xs.length - 1].key, unit: chart.unitLabel }, { locale });
    parts.push(intro);
    const lines = [...chart.series.map((s) => ({ s, rows: chart.rows.filter((r) => r.series === s.key) }))];
    if (chart.overlay) lines.push({ s: chart.overlay.series, rows: chart.overlay.rows });
    for (const { s, rows } of lines) {
      if (!rows.length) continue;
      const a = rows[0];
      const b = rows[rows.length - 1];
      parts.push(m.desc_series_change({ series: s.label, x0: a.x, v0: fmt(a), x1: b.x, v1: fmt(b) }, { locale }));
    }
  } else {
    parts.push(m.desc_intro_cat({ title: chart.title, unit: chart.unitLabel }, { locale }));
    const items = chart.rows.map((r) => {
      const s = chart.series.length > 1 ? ` ${chart.series.find((x) => x.key === r.series)?.label}` : '';
      return m.desc_item({ label: label(r.x) + s, value: fmt(r) }, { locale });
    });
    parts.push(items.join(locale === 'ja' ? '、' : '; ') + (locale === 'ja' ? '。' : '.'));
  }
  return parts.join(' ');
}

/** One cell of a dataset as prose, slides and notes write it (約9割 as printed, 約45% not 約45.0%). */
export function formatCell(
  d: Dataset,
  ref: { x: string; series: string; magnitude?: boolean; approx?: boolean; decimals?: number },
  locale: Locale,
  ctx: string
): { text: string; line: number } {
  const r = d.rows.find((row) => row.x === ref.x && row.series === ref.series);
  if (!r) throw new Error(`${ctx}: data/${d.key}.csv has no row x "${ref.x}", series "${ref.series}"`);
  const k = cellKey(ref.x, ref.series);
  const approx = ref.approx ?? d.meta.approx?.includes(k) ?? false;
  const text = formatValue(r.value, d.meta.unit, locale, {
    magnitude: ref.magnitude,
    approx,
    printed: d.meta.printed?.[k]?.[locale],
    decimals: ref.decimals ?? decimalsOf(d.rows.map((x) => x.value))
  });
  return { text, line: r.line };
}

export function resolveValues(step: StepSpec, story: string, locale: Locale, ctx: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, ref] of Object.entries(step.values ?? {})) {
    const d = getDataset(story, ref.dataset, `${ctx}.values.${name}.dataset`);
    out[name] = formatCell(d, ref, locale, `${ctx}.values.${name}`).text;
  }
  return out;
}

export function resolveStory(spec: StorySpec, locale: Locale, base = ''): ResolvedStory {
  const file = spec.file;
  const steps: ResolvedStep[] = spec.steps.map((step, index) => {
    const ctx = `${file} step "${step.id}"`;
    const values = resolveValues(step, spec.slug, locale, ctx);
    const html = step.text.map((t, i) => phraseHtml(fill(t, locale, `${ctx}.text[${i}]`, values), locale));
    const extraSources = (step.sources ?? []).map((s, i) => ({
      ...s,
      // 本文 (main text) names where it is: 本文（第Ⅱ部第1章第11節）.
      figure: withSection(s.figure, s.lines[0]),
      note: fill(s.note, locale, `${ctx}.sources[${i}].note`)
    }));
    const chart = resolveChart(step.chart, { story: spec.slug, stepId: step.id, locale, base, ctx, extraSources });
    if (isDrawn(chart)) {
      chart.sources.push(...extraSources);
      // Other figures the step's prose rests on go on the chart's visible source line too, with the
      // credit the paper gives them (GEM Partners, 公正取引委員会…); main-text passages are the white
      // paper's own words, already credited, and stay in the table and the paragraph sources.
      const figures = extraSources.filter((x) => !x.figure.startsWith('本文'));
      if (figures.length) chart.sourceLine = sourceLine([...chart.sources.filter((x) => !extraSources.includes(x)), ...figures], locale);
    }
    // The written alternative says what to see; the generated description adds the numbers.
    const alt = `${fill(step.alt, locale, `${ctx}.alt`, values)} ${isDrawn(chart) ? chart.description : ''}`.trim();
    return { id: step.id, index, html, paragraphSources: paragraphSources(spec, step, locale), alt, chart };
  });
  const title = fill(spec.title, locale, `${file} title`);
  const dek = fill(spec.dek, locale, `${file} dek`);
  const figures = [...new Set(steps.flatMap((s) => s.chart.sources.map((x) => figureLabel(x.figure, locale))))];
  return {
    slug: spec.slug, locale, title, titleHtml: phraseHtml(title, locale), dek, dekHtml: phraseHtml(dek, locale), published: spec.published, updated: spec.updated, steps,
    methodHtml: spec.method ? phraseHtml(fill(spec.method, locale, `${file} method`), locale) : undefined, figures
  };
}
