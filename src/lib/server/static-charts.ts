// Server-rendered chart figures for readers without JavaScript. They are written into
// <noscript data-static-chart="story/step"> placeholders by the server hook, after Svelte has
// rendered the page, so they cost no hydration and are not duplicated in the page data.
import { render } from 'svelte/server';
import ChartFigure from '$lib/components/ChartFigure.svelte';
import type { Locale } from '$lib/i18n';
import type { ResolvedChart } from '$lib/engine/resolved';
import { findStory } from '$lib/stories';
import { resolveStory } from './resolve';

const cache = new Map<string, Map<string, ResolvedChart>>();

export function chartById(id: string, locale: Locale, base: string): ResolvedChart | undefined {
  const [slug] = id.split('/');
  const key = `${slug}|${locale}|${base}`;
  if (!cache.has(key)) {
    const spec = findStory(slug);
    const story = spec && resolveStory(spec, locale, base);
    cache.set(key, new Map(story?.steps.map((s) => [s.chart.id, s.chart]) ?? []));
  }
  return cache.get(key)!.get(id);
}

export function fillStaticCharts(html: string, locale: Locale, base: string): string {
  return html.replace(/<noscript data-static-chart="([^"]+)"><\/noscript>/g, (tag, id: string) => {
    const chart = chartById(id, locale, base);
    if (!chart) throw new Error(`static chart "${id}" not found`);
    // Decorative: the step already carries the text alternative and the data table.
    const body = render(ChartFigure, { props: { chart, decorative: true } }).body;
    return `<noscript data-static-chart="${id}"><div class="step-chart">${body}</div></noscript>`;
  });
}
