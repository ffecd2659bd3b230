// Server-rendered chart figures for readers without JavaScript. They are written into
// <noscript data-static-chart="story/step"> placeholders by the server hook, after Svelte has
// rendered the page, so they cost no hydration and are not duplicated in the page data.
import { render } from 'svelte/server';
import ChartFigure from '$lib/components/ChartFigure.svelte';
import DataTable from '$lib/charts/DataTable.svelte';
import type { Locale } from '$lib/i18n';
import type { ResolvedChart } from '$lib/engine/resolved';
import { findStory } from '$lib/stories';
import { resolveStory } from './resolve';
import { ui } from '$lib/ui';
import { escapeHtml, phraseHtml } from './phrases';

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

function figure(id: string, locale: Locale, base: string): string {
  const chart = chartById(id, locale, base);
  if (!chart) throw new Error(`static chart "${id}" not found`);
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

export function fillStaticCharts(html: string, locale: Locale, base: string): string {
  return html
    // Data tables are static too (a native <details>): filled here, they cost no hydration.
    .replace(/(<div class="step-table" data-static-table="([^"]+)">)(<\/div>)/g, (_, open: string, id: string, close: string) => {
      const chart = chartById(id, locale, base);
      if (!chart) throw new Error(`static table "${id}" not found`);
      return open + compact(render(DataTable, { props: { chart } }).body) + close;
    })
    .replace(/(<div class="step-note js-only" data-static-note="([^"]+)">)(<\/div>)/g, (_, open: string, id: string, close: string) => {
      const chart = chartById(id, locale, base);
      if (!chart) throw new Error(`static note "${id}" not found`);
      return chart.note ? `${open}<p><strong>${escapeHtml(ui(locale).chartNote)}</strong>${locale === 'ja' ? '' : ' '}${phraseHtml(chart.note, locale)}</p>${close}` : open + close;
    })
    .replace(/(<div class="live-figure" data-live-chart="([^"]+)">)(<\/div>)/g, (_, open: string, id: string, close: string) => open + figure(id, locale, base) + close)
    .replace(/<noscript data-static-chart="([^"]+)"><\/noscript>/g, (tag, id: string) => {
    return `<noscript data-static-chart="${id}"><div class="step-chart">${figure(id, locale, base)}</div></noscript>`;
  });
}
