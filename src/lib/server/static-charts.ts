// Server-rendered chart figures for readers without JavaScript. They are written into
// <noscript data-static-chart="story/step"> placeholders by the server hook, after Svelte has
// rendered the page, so they cost no hydration and are not duplicated in the page data.
import { render } from 'svelte/server';
import ChartFigure from '$lib/components/ChartFigure.svelte';
import DataTable from '$lib/charts/DataTable.svelte';
import type { Locale } from '$lib/i18n';
import type { ResolvedChart, ResolvedStep } from '$lib/engine/resolved';
import { findStory } from '$lib/stories';
import { resolveStory } from './resolve';
import { ui } from '$lib/ui';
import { escapeHtml, phraseHtml } from './phrases';
import EmbedControl from '$lib/components/embed/EmbedControl.svelte';
import { embedInfo, embedLabels, embedSpec } from './embed';
import { origin } from './site';

const cache = new Map<string, Map<string, ResolvedStep>>();

/** A step by its chart's id ("story/step"). */
function stepById(id: string, locale: Locale, base: string): ResolvedStep | undefined {
  const [slug] = id.split('/');
  const key = `${slug}|${locale}|${base}`;
  if (!cache.has(key)) {
    const spec = findStory(slug);
    const story = spec && resolveStory(spec, locale, base);
    cache.set(key, new Map(story?.steps.map((s) => [s.chart.id, s]) ?? []));
  }
  return cache.get(key)!.get(id);
}

export function chartById(id: string, locale: Locale, base: string): ResolvedChart | undefined {
  return stepById(id, locale, base)?.chart;
}

function figure(id: string, locale: Locale, base: string): string {
  const chart = stepOrThrow(id, locale, base, 'static chart').chart;
  // Decorative: the step already carries the text alternative and the data table.
  return compact(render(ChartFigure, { props: { chart, decorative: true } }).body);
}

/** These figures are never hydrated: drop Svelte's hydration markers, and round drawing
 *  coordinates to 0.1 px (invisible) so that every page carries fewer bytes. */
export function compact(markup: string): string {
  return markup
    .replace(/<!--[^>]*?-->/g, '')
    .replace(/<(?:svg|g|rect|line|path|circle|text|tspan|polygon|polyline)\b[^>]*>/g, (tag) =>
      tag.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
    );
}

/** Every empty element carrying `attr="value"`, filled with fill(value) ('' leaves it empty). */
function fillSlots(html: string, attr: string, fill: (value: string) => string): string {
  const slot = new RegExp(`(<(div|noscript)\\b[^>]*\\b${attr}="([^"]+)"[^>]*>)(</\\2>)`, 'g');
  return html.replace(slot, (_, open: string, _tag: string, value: string, close: string) => open + fill(value) + close);
}

/** A slot naming an unknown step fails the build with the slot's name, rather than staying empty. */
function stepOrThrow(id: string, locale: Locale, base: string, what: string): ResolvedStep {
  const step = stepById(id, locale, base);
  if (!step) throw new Error(`${what} "${id}" not found`);
  return step;
}

export function fillStaticCharts(html: string, locale: Locale, base: string): string {
  // Each step's text, its no-JS chart, the sticky box's first figure, data tables, chart notes and Embed
  // controls: static markup (no hydration), written here after Svelte has rendered the page.
  html = fillSlots(html, 'data-static-step', (id) => {
    const step = stepOrThrow(id, locale, base, 'static step text');
    return step.html.map((p) => `<p lang="${locale}">${p}</p>`).join('') + `<p class="sr-only">${escapeHtml(step.alt)}</p>`;
  });
  html = fillSlots(html, 'data-static-chart', (id) => `<div class="step-chart">${figure(id, locale, base)}</div>`);
  html = fillSlots(html, 'data-live-chart', (id) => figure(id, locale, base));
  html = fillSlots(html, 'data-static-table', (id) => compact(render(DataTable, { props: { chart: stepOrThrow(id, locale, base, 'static table').chart } }).body));
  html = fillSlots(html, 'data-static-note', (id) => {
    const note = stepOrThrow(id, locale, base, 'static note').chart.note;
    return note ? `<p><strong>${escapeHtml(ui(locale).chartNote)}</strong>${locale === 'ja' ? '' : ' '}${phraseHtml(note, locale)}</p>` : '';
  });
  // The copy buttons share one listener (engine/copy-buttons.ts).
  html = fillSlots(html, 'data-static-embed', (target) => {
    const [slug, step] = target.split('/');
    if (!embedSpec(slug, step)) throw new Error(`embed control "${target}" not found`);
    const labels = embedLabels(locale);
    const embed = embedInfo({ slug, step }, locale, base, origin);
    return compact(render(EmbedControl, { props: { embed, labels, summary: step ? labels.chart : labels.story, id: `embed-${slug}${step ? `-${step}` : ''}` } }).body);
  });
  return html;
}
