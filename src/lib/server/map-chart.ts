// Build-time part of the "map" chart kind: places (with their own coordinate source) from a
// quote-only JSON in data/<story>/, projected onto the coastline of locator-map.ts; marker area
// is proportional to the dataset value of the place. The client draws the result as it is.
import type { Dataset } from '$lib/data/types';
import type { Locale } from '$lib/i18n';
import type { DataStateOptions } from '$lib/model/chart-state';
import type { MapPlace, ResolvedChart, ResolvedMap } from '$lib/model/resolved';
import { formatValue } from '$lib/format';
import { quoteFile } from './data';
import { fill } from './copy';
import { phraseHtml } from './phrases';
import { projectExtent, type Extent } from './locator-map';
import { textWidth } from '$lib/charts/geometry';

interface Bi {
  ja: string;
  en: string;
}
interface PlacesFile {
  places: { key: string; region: string; lat: number; lon: number; label?: Bi; align?: 'left' | 'right' | 'above' | 'below' }[];
  groups: Record<string, { label: Bi; sub?: Bi }>;
  pooled?: Record<string, { respondentsKey: string; label: Bi; labelAt?: { lat: number; lon: number } }>;
  coordinateSource: Bi;
  mapSource: Bi;
  attribution: Bi;
}

export const MAP_WIDTH = 400;
/** Largest marker radius (px at MAP_WIDTH): the largest value gets it. */
export const MAX_R = 17;
const LOCATOR_R = 3.5;
const INSET = { x: 6, y: 6, width: 84 };
// Japan's four main islands and their seas, for the overview inset.
const JAPAN_EXTENT: Extent = [
  [128.8, 30.9],
  [146.0, 45.6]
];

function readPlaces(story: string, name: string, ctx: string): PlacesFile {
  const f = quoteFile(story, name) as unknown as PlacesFile;
  if (!Array.isArray(f.places) || !f.places.length) throw new Error(`${ctx}.chart.map.places: data/${story}/${name}.json lists no places`);
  if (!f.coordinateSource?.ja || !f.coordinateSource?.en)
    throw new Error(`${ctx}.chart.map.places: data/${story}/${name}.json does not say where its coordinates come from (coordinateSource)`);
  for (const p of f.places) {
    if (!(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180)) throw new Error(`${ctx}.chart.map.places: place "${p.key}" has no valid lat/lon`);
    if (!f.groups?.[p.region]) throw new Error(`${ctx}.chart.map.places: place "${p.key}" is in undeclared group "${p.region}"`);
  }
  return f;
}

/** Fills chart.map: coastline, inset, markers sized by `state.map.size`, labels and legend. */
export function applyMap(chart: ResolvedChart, state: DataStateOptions, d: Dataset, story: string, locale: Locale, ctx: string): void {
  const spec = state.map;
  if (!spec) throw new Error(`${ctx}.chart.map: a map needs "map" (places, extent, size)`);
  const file = readPlaces(story, spec.places, ctx);
  const geo = projectExtent(spec.extent, MAP_WIDTH);
  const groupKeys = Object.keys(file.groups);
  const value = (k: string) => d.rows.find((r) => r.x === k && r.series === spec.size)?.value;
  const values = file.places.map((p) => value(p.key)).filter((v): v is number => v !== undefined);
  if (!values.length) throw new Error(`${ctx}.chart.map: no place has a row in data/${d.key}.csv, series "${spec.size}"`);
  const k = MAX_R / Math.sqrt(Math.max(...values));
  const highlight = state.highlight?.x;
  const fmt = (v: number) => formatValue(v, d.meta.unit, locale, { decimals: 0, short: true });
  const places: MapPlace[] = file.places.map((p) => {
    const [x, y] = geo.project(p.lon, p.lat);
    if (x < 0 || y < 0 || x > geo.width || y > geo.height) throw new Error(`${ctx}.chart.map: place "${p.key}" lies outside the extent`);
    const v = value(p.key);
    const r = v === undefined ? LOCATOR_R : Math.max(2.5, Math.round(k * Math.sqrt(v) * 10) / 10);
    const place: MapPlace = {
      key: p.key, x, y, r, group: p.region, groupIndex: groupKeys.indexOf(p.region), sized: v !== undefined,
      muted: !!highlight && !highlight.includes(p.key)
    };
    if (p.label) {
      const text = v === undefined ? p.label[locale] : `${p.label[locale]} ${fmt(v)}`;
      const gap = r + 3;
      const a = p.align ?? 'right';
      place.label = {
        text,
        x: a === 'left' ? x - gap : a === 'right' ? x + gap : x,
        y: a === 'above' ? y - gap - 2 : a === 'below' ? y + gap + 9 : y + 4,
        anchor: a === 'left' ? 'end' : a === 'right' ? 'start' : 'middle'
      };
    }
    return place;
  });
  // Pooled groups (values printed only for the group): one label beside the group's markers.
  const labels: ResolvedMap['labels'] = [];
  for (const [g, pool] of Object.entries(file.pooled ?? {})) {
    const v = value(pool.respondentsKey);
    const members = places.filter((p) => p.group === g);
    if (v === undefined || !members.length) continue;
    const muted = !!highlight && !highlight.includes(pool.respondentsKey);
    // Written where the file says (a layout point), else left of the group's leftmost marker.
    const left = members.reduce((a, b) => (b.x < a.x ? b : a));
    const midY = members.reduce((a, b) => a + b.y, 0) / members.length;
    const [x, y] = pool.labelAt ? geo.project(pool.labelAt.lon, pool.labelAt.lat) : [left.x - 8, midY];
    const anchor = pool.labelAt ? 'start' : 'end';
    labels.push({ key: `${g}:pooled`, text: pool.label[locale], x, y: y - 6, anchor, group: g, muted });
    labels.push({ key: `${g}:pooled-value`, text: fmt(v), x, y: y + 8, anchor, group: g, muted });
  }
  const map: ResolvedMap = {
    width: geo.width,
    height: geo.height,
    land: geo.land,
    places,
    groups: groupKeys.map((g) => ({ key: g, label: file.groups[g].label[locale], ...(file.groups[g].sub && { sub: file.groups[g].sub![locale] }) })),
    labels,
    attribution: file.attribution[locale]
  };
  if (spec.inset) {
    const o = projectExtent(JAPAN_EXTENT, INSET.width, '50m', 1.2);
    const [[w, s], [e, n]] = spec.extent;
    const [x0, y0] = o.project(w, n);
    const [x1, y1] = o.project(e, s);
    map.inset = { ...INSET, height: o.height, land: o.land, box: [x0, y0, Math.max(2, x1 - x0), Math.max(2, y1 - y0)] };
  }
  // Words on the map (e.g. what stopped working there), wrapped at build time into the open sea
  // under the legend: bilingual statements, like a text chart's.
  const statements = (state.statements ?? []).map((t, i) => phraseHtml(fill(t, locale, `${ctx}.chart.statements[${i}]`), locale));
  const top = (map.inset ? map.inset.y + map.inset.height : 0) + 20;
  const legendHeight = map.groups.reduce((a, g) => a + (g.sub ? 30 : 17), 0);
  // Legend under the inset; with words to show, the words take that place and the legend moves
  // to the bottom-left corner (open sea there too, below the pooled labels).
  map.legendY = statements.length ? map.height - legendHeight - 4 : top;
  if (statements.length) {
    let y = top;
    map.callouts = statements.map((html, i) => {
      const lines = wrapLines(html, locale, CALLOUT_WIDTH);
      const c = { key: `callout:${i}`, x: 8, y, lines };
      y += lines.length * CALLOUT_LINE + 7;
      return c;
    });
  }
  chart.map = map;
}

/** Callout text: 10 px, lines 12.5 px apart, at most this wide (the open sea left of the coast). */
export const CALLOUT_WIDTH = 150;
export const CALLOUT_LINE = 12.5;

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Greedy line breaking at BudouX phrase boundaries (ja) or spaces (en), by estimated width. */
export function wrapLines(html: string, locale: Locale, maxPx: number, px = 10): string[] {
  const tokens = locale === 'ja' ? unescape(html).split('<wbr>') : unescape(html).split(/(?<= )/);
  const lines: string[] = [];
  let cur = '';
  for (const t of tokens) {
    if (cur && textWidth((cur + t).trim(), px) > maxPx) {
      lines.push(cur.trim());
      cur = t;
    } else cur += t;
  }
  if (cur.trim()) lines.push(cur.trim());
  return lines;
}
