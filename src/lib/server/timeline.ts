// Build-time part of the "timeline" chart kind: the dataset's printed dates become spans of
// decimal years, dated categories are ordered by date and the undated ones keep their data order
// for the separate strip. Nothing here guesses a date: a category without a printed date has none.
import type { Dataset } from '$lib/data/types';
import type { DataStateOptions } from '$lib/model/chart-state';
import type { ChartRow, ResolvedChart } from '$lib/model/resolved';
import * as m from '$lib/paraglide/messages.js';
import { fill } from './copy';

/** "2024年12月" → [2024 + 11/12, 2025]; "2019年" → [2019, 2020]: the whole period the print allows. */
export function printedSpan(printed: string): [number, number] {
  const m = /^(\d{4})年(?:(\d{1,2})月)?$/.exec(printed.trim());
  if (!m) throw new Error(`unreadable date "${printed}"`);
  const y = Number(m[1]);
  if (!m[2]) return [y, y + 1];
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) throw new Error(`unreadable date "${printed}"`);
  return [y + (mo - 1) / 12, y + mo / 12];
}

/** Adds times, strip heading and named labels; orders dated categories by date, undated after. */
export function applyTimeline(chart: ResolvedChart, state: DataStateOptions, d: Dataset, plainLabel: (k: string) => string, ctx: string): void {
  const dates = (d.meta as { dates?: Record<string, string> }).dates;
  if (!dates) throw new Error(`${ctx}.chart.kind: a timeline needs "dates" in data/${d.key}.json`);
  const times: Record<string, [number, number]> = {};
  for (const x of chart.xs) if (dates[x.key]) times[x.key] = printedSpan(dates[x.key]);
  if (!Object.keys(times).length) throw new Error(`${ctx}.chart: no drawn category of data/${d.key} has a date`);
  const dated = chart.xs.filter((x) => times[x.key]).sort((a, b) => times[a.key][0] - times[b.key][0] || times[a.key][1] - times[b.key][1]);
  const undated = chart.xs.filter((x) => !times[x.key]);
  chart.xs = [...dated, ...undated];
  chart.rows = chart.xs.flatMap((x) => chart.rows.filter((r) => r.x === x.key));
  chart.times = times;
  if (undated.length) {
    if (!state.strip) throw new Error(`${ctx}.chart.strip: undated categories need a strip heading`);
    chart.strip = fill(state.strip, chart.locale, `${ctx}.chart.strip`);
  }
  chart.named = (state.named ?? []).map((k) => {
    if (!chart.xs.some((x) => x.key === k)) throw new Error(`${ctx}.chart.named: "${k}" is not a drawn category`);
    return { key: k, label: plainLabel(k) };
  });
}

/** Description: the dated values in date order, then the undated ones. */
export function describeTimeline(chart: ResolvedChart, fmt: (r: ChartRow) => string, ctx: string): string {
  const { locale } = chart;
  const sep = locale === 'ja' ? '、' : '; ';
  const item = (r: ChartRow) =>
    m.desc_item({ label: chart.xs.find((x) => x.key === r.x)?.label ?? r.x, value: fmt(r) }, { locale });
  const dated = chart.rows.filter((r) => chart.times?.[r.x]).map(item);
  const undated = chart.rows.filter((r) => !chart.times?.[r.x]).map(item);
  const parts = [m.desc_intro_cat({ title: chart.title, unit: chart.unitLabel }, { locale })];
  parts.push(m.desc_timeline_dated({ items: dated.join(sep) }, { locale }));
  if (undated.length) parts.push(m.desc_timeline_undated({ items: undated.join(sep) }, { locale }));
  return parts.join(' ');
}
