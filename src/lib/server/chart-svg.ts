// A chart state as one self-contained SVG file: title, legend, the chart drawn by the same Chart
// component as the site, note, source line and credit, with the styles it uses copied in (light
// palette, scoped under one class so the file can also be pasted inline into a page).
import { render } from 'svelte/server';
import { loadDefaultJapaneseParser } from 'budoux';
import Chart from '$lib/charts/Chart.svelte';
import { drawSize, SVG_SIZE } from '$lib/charts/sizes';
import { textWidth } from '$lib/charts/geometry';
import { legendOf } from '$lib/charts/legend';
import type { ResolvedChart } from '$lib/model/resolved';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from './phrases';

const ROOT = 'ict-chart-svg';
const PAD = 16;
const parser = loadDefaultJapaneseParser();
// Chart styles: app.css, any stylesheet next to the charts, and <style> blocks of chart components
// (Svelte-scoped in the page; copied here unscoped). All of them, so new layers need no change here.
const layerSources = import.meta.glob<string>('../charts/**/*.svelte', { query: '?raw', import: 'default', eager: true });
// Stylesheets are read from the source tree (the build runs in the project folder): Vite's `?raw`
// of a .css file is emptied by vitest, and the tests must see the real styles.
const sheets = () =>
  ['src/app.css', ...readdirSync('src/lib/charts', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css')).map((f) => join('src/lib/charts', f))].map(
    (f) => readFileSync(f, 'utf8')
  );

/** Top-level CSS rules as [selector, declarations]; @-blocks (dark scheme, breakpoints, motion) are skipped. */
export function cssRules(css: string): [string, string][] {
  const src = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: [string, string][] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{', i);
    if (open < 0) break;
    const selector = src.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    while (j < src.length && depth) depth += src[j] === '{' ? 1 : src[j] === '}' ? -1 : 0, j++;
    if (!selector.startsWith('@')) out.push([selector, src.slice(open + 1, j - 1).trim()]);
    i = j;
  }
  return out;
}

/** Split a selector list at top-level commas (not inside :is(…)). */
function selectorParts(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
    if (ch === ',' && !depth) (parts.push(cur.trim()), (cur = ''));
    else cur += ch, (depth += ch === '(' ? 1 : ch === ')' ? -1 : 0);
  }
  return [...parts, cur.trim()].filter(Boolean);
}

/** The CSS the markup needs: every rule whose classes all occur in it, with the light palette's
 *  values written in place of var(--…) (renderers outside browsers, resvg among them, ignore custom
 *  properties and would draw everything black). `attrs` are the rules of one compound selector
 *  (e.g. `.mark.neg`), which chartSvg also writes as presentation attributes. */
export function svgCss(markup: string, wrappers: string[] = []): { css: string; attrs: [string[], string, number][]; palette: Record<string, string> } {
  const used = new Set([...markup.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));
  const layerCss = Object.values(layerSources)
    .flatMap((s) => [...s.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]))
    .join('\n')
    .replace(/:global\(([^)]*)\)/g, '$1');
  const rules = cssRules([...sheets(), layerCss].join('\n'));
  // The first :root block is the light palette (the dark one sits in a media query, skipped).
  // Custom properties of every top-level rule: the :root palette and local ones (the map's --sea).
  const palette = Object.assign({}, ...rules.map(([, d]) => paletteOf(d)), paletteOf(rules.find(([sel]) => sel === ':root')?.[1] ?? ''));
  const kept: string[] = [];
  const attrs: [string[], string, number][] = [];
  for (const [sel, raw] of rules) {
    const decls = resolveVars(raw.replace(/(^|;)\s*--[\w-]+\s*:[^;]*/g, '$1'), palette).replace(/^[;\s]+/, '');
    const parts = selectorParts(sel).filter((p) => {
      const classes = [...p.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
      return classes.length > 0 && classes.every((c) => used.has(c)) && !/(^|\s)(html|body|svg|a|p|table)\b/.test(p);
    });
    if (parts.length) kept.push(`${parts.map((p) => `.${ROOT} ${p}`).join(',')}{${decls}}`);
    for (const p of parts) {
      // `.mark.neg`, or `.locator-map .sea` where the ancestors are the drawing's wrapper (on every mark).
      const compounds = p.split(/\s+/);
      const last = compounds.pop()!;
      if (/^(\.[\w-]+)+$/.test(last) && compounds.every((c) => /^\.[\w-]+$/.test(c) && wrappers.includes(c.slice(1))))
        attrs.push([last.slice(1).split('.'), decls, last.split('.').length - 1 + compounds.length]);
    }
  }
  return { css: `.${ROOT}{font-family:${palette['--font']};font-size:11px}` + kept.join(''), attrs, palette };
}

/** Custom properties of a declaration block, e.g. { '--fg': '#1a1d21' }. */
function paletteOf(decls: string): Record<string, string> {
  return Object.fromEntries([...decls.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)].map((m) => [m[1], m[2].trim()]));
}

/** Replace every var(--x) (with or without a fallback) by the palette's value. */
export function resolveVars(css: string, palette: Record<string, string>): string {
  return css.replace(/var\((--[\w-]+)(?:\s*,\s*([^)]*))?\)/g, (all, name, fallback) => {
    const v = palette[name] ?? fallback?.trim();
    if (v === undefined) throw new Error(`chart-svg: no value for ${all} in the light palette`);
    return v;
  });
}

// SVG properties that also exist as presentation attributes (what non-browser renderers read).
const PRESENTATION = new Set(['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'fill-opacity', 'stroke-opacity', 'font-size', 'font-weight', 'font-family', 'text-anchor', 'dominant-baseline', 'paint-order']);

/** Write the declarations of single-compound rules onto the elements they match, as presentation
 *  attributes (in cascade order: fewer classes first, then source order; an attribute the element
 *  already has wins, as inline markup would). Descendant rules stay in the <style> only. */
export function withPresentationAttributes(markup: string, attrs: [string[], string, number][]): string {
  const ordered = attrs.map((a, i) => [a, i] as const).sort(([a, i], [b, j]) => a[2] - b[2] || i - j).map(([a]) => a);
  return markup.replace(/<([a-z]+)((?:\s[^>]*?)?)\sclass="([^"]*)"([^>]*?)(\/?)>/g, (tag, name, before, cls, after, close) => {
    const classes = new Set(cls.split(/\s+/));
    const props = new Map<string, string>();
    for (const [need, decls] of ordered)
      if (need.every((c) => classes.has(c)))
        for (const [, k, v] of decls.matchAll(/([\w-]+)\s*:\s*([^;]+)/g)) if (PRESENTATION.has(k)) props.set(k, v.trim());
    const own = before + after;
    const extra = [...props].filter(([k]) => !new RegExp(`\\s${k}=`).test(own)).map(([k, v]) => ` ${k}="${v.replace(/"/g, "'")}"`);
    return `<${name}${before} class="${cls}"${after}${extra.join('')}${close}>`;
  });
}

/** Estimated text width: CJK full width, Latin about half an em (the chart font's average). */
function width(s: string, px: number): number {
  return textWidth(s, px) * (/[\u2e80-\uffff]/.test(s) ? 1 : 0.88);
}

/** Greedy line breaking by estimated width: words in English, BudouX phrases in Japanese. */
export function wrapText(text: string, maxWidth: number, px: number, locale: string): string[] {
  const tokens = locale === 'ja' ? parser.parse(text) : text.split(/(?<=\s)/);
  const lines: string[] = [];
  let line = '';
  for (let tok of tokens) {
    while (width(tok, px) > maxWidth) {
      // A token wider than the line (a long phrase or URL): hard break by characters.
      if (line) (lines.push(line.trimEnd()), (line = ''));
      const chars = [...tok];
      let n = chars.length;
      while (n > 1 && width(chars.slice(0, n).join(''), px) > maxWidth) n--;
      lines.push(chars.slice(0, n).join(''));
      tok = chars.slice(n).join('');
    }
    if (line && width(line + tok.trimEnd(), px) > maxWidth) (lines.push(line.trimEnd()), (line = tok.trimStart()));
    else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

const swatchFill: Record<string, string> = { s0: '--s0', s1: '--s1', s2: '--s2', s3: '--s3', s4: '--fg-soft', overlay: '--overlay' };

/** Standalone SVG document for a chart state. `credit` is printed last (who made it, where it lives). */
export function chartSvg(chart: ResolvedChart, credit: string): string {
  const size = drawSize(chart, SVG_SIZE);
  const W = size.width + 2 * PAD;
  const inner = W - 2 * PAD;
  const id = `ict-${chart.id.replace(/\W/g, '-')}`;
  const t = (s: string) => escapeHtml(s);
  const body: string[] = [];
  let y = PAD;

  const block = (text: string, px: number, cls: string, lineH: number) => {
    for (const l of wrapText(text, inner, px, chart.locale)) {
      y += lineH;
      body.push(`<text class="${cls}" x="${PAD}" y="${y - lineH * 0.28}">${t(l)}</text>`);
    }
  };

  block(chart.title, 17, 'svg-title', 24);
  // Legend (as on the page: only with two or more series or an overlay line).
  const legend = legendOf(chart);
  if (legend.length) {
    let x = PAD;
    y += 8;
    for (const l of legend) {
      const w = 16 + textWidth(l.label, 12) + 14;
      if (x + w > W - PAD && x > PAD) (x = PAD), (y += 18);
      const line = l.line;
      body.push(`<rect x="${x}" y="${line ? y + 5 : y}" width="11" height="${line ? 3 : 11}" rx="2" fill="var(${swatchFill[l.cls] ?? '--fg-soft'})"/>`);
      body.push(`<text class="svg-legend" x="${x + 16}" y="${y + 10}">${t(l.label)}</text>`);
      x += w;
    }
    y += 18;
  }
  y += 8;
  const drawn = render(Chart, { props: { chart, size } }).body.replace(/<!--[\s\S]*?-->/g, '');
  const m = /^([\s\S]*?)<svg([^>]*)>([\s\S]*)<\/svg>/.exec(drawn);
  if (!m) throw new Error(`chart-svg: no <svg> in the rendered chart ${chart.id}`);
  // The wrappers' classes (chart-canvas, locator-map…) go on a group, so descendant rules still match;
  // the drawing is scaled from its own viewBox (a map draws at its own size) to the file's width.
  const wrappers = [...m[1].matchAll(/class="([^"]*)"/g)].map((c) => c[1]).join(' ');
  const vb = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(m[2]);
  const k = vb ? size.width / Number(vb[1]) : 1;
  // the drawing's text size (Chart.svelte writes it on its <svg>) goes on the group that holds it
  const font = /\sfont-size="([\d.]+)"/.exec(m[2])?.[1];
  const h = vb ? Number(vb[2]) * k : size.height;
  // Svelte's output is otherwise XML-clean (quoted, escaped, every element closed).
  body.push(`<g class="${wrappers}" transform="translate(${PAD} ${y}) scale(${+k.toFixed(4)})"${font ? ` font-size="${font}"` : ''}>${m[3]}</g>`);
  y += h + 14;
  if (chart.note) block(chart.note, 11, 'svg-small', 15);
  block(chart.sourceLine, 11, 'svg-small', 15);
  y += 4;
  block(credit, 11, 'svg-small', 15);
  y += PAD - 4;

  const own = `.svg-title{font-size:17px;font-weight:700;fill:var(--fg)}.svg-legend{font-size:12px;fill:var(--fg)}.svg-small{font-size:11px;fill:var(--fg-soft)}`;
  const { css: chartCss, attrs, palette } = svgCss(body.join(''), wrappers.split(/\s+/));
  const ownRules = cssRules(resolveVars(own, palette));
  const css = chartCss + ownRules.map(([sel, d]) => `.${ROOT} ${sel}{${d}}`).join('');
  // The file's own texts and swatches too: no var() left anywhere, colours and fonts as attributes.
  const markup = withPresentationAttributes(resolveVars(body.join(''), palette), [...attrs, ...ownRules.map(([sel, d]) => [sel.slice(1).split('.'), d, 1] as [string[], string, number])]);
  const lang = chart.locale;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" class="${ROOT}" width="${W}" height="${Math.ceil(y)}" viewBox="0 0 ${W} ${Math.ceil(y)}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" xml:lang="${lang}" lang="${lang}">` +
    `<title id="${id}-title">${t(chart.title)}</title><desc id="${id}-desc">${t(chart.description)} ${t(chart.sourceLine)}</desc>` +
    `<style>${css}</style><rect width="100%" height="100%" fill="${palette['--bg'] ?? '#ffffff'}"/><g font-family="${palette['--font'].replace(/"/g, "'")}" font-size="11">${markup}</g></svg>\n`
  );
}
