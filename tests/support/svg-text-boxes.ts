// Text boxes of a server-rendered chart drawing: every <text> (and its <tspan> lines) with its
// position after the enclosing translate()s, its font size and weight from the site's CSS rules, and
// its width from Noto Sans JP's metrics. The label-geometry test checks these boxes.
import { readFileSync } from 'node:fs';
import { cssRules } from '../../src/lib/server/chart-svg';
import { notoWidth } from './font-metrics';

export interface TextBox {
  text: string;
  classes: string[];
  /** Font size in drawing units, and whether the face is bold. */
  px: number;
  bold: boolean;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Index of the <text> element the box belongs to (a multi-line callout has several boxes). */
  el: number;
}

export interface Drawing {
  width: number;
  height: number;
  boxes: TextBox[];
}

/** A font size in px, or in em of the drawing's text size (app.css writes the chart's own sizes in em). */
type Rule = { parts: { last: string[]; above: string[][] }[]; px?: number; em?: number; bold?: boolean; specificity: number };

/** The font-size / font-weight rules of the given stylesheets (top level; @media blocks are the caller's `basePx`). */
export function fontRules(files: string[]): Rule[] {
  const css = files.map((f) => readFileSync(f, 'utf8').replace(/[\s\S]*<style[^>]*>([\s\S]*?)<\/style>[\s\S]*/, '$1')).join('\n');
  return cssRules(css.replace(/:global\(([^()]*(?:\([^()]*\))?[^()]*)\)/g, '$1'))
    .map(([sel, decl]) => {
      const px = /font-size:\s*([\d.]+)px/.exec(decl);
      const em = /font-size:\s*([\d.]+)em/.exec(decl);
      const w = /font-weight:\s*(\d+|bold|normal)/.exec(decl);
      const parts = sel
        .split(/,(?![^(]*\))/)
        .flatMap((p) => {
          const is = /:is\(([^)]*)\)/.exec(p);
          return is ? is[1].split(',').map((alt) => p.replace(is[0], alt.trim())) : [p];
        })
        .map((p) => p.trim().split(/\s+/).map((c) => [...c.matchAll(/\.([\w-]+)/g)].map((m) => m[1])))
        .filter((cs) => cs.at(-1)!.length > 0)
        .map((cs) => ({ last: cs.at(-1)!, above: cs.slice(0, -1) }));
      return { parts, px: px ? Number(px[1]) : undefined, em: em ? Number(em[1]) : undefined, bold: w ? w[1] === 'bold' || Number(w[1]) >= 600 : undefined, specificity: 0 };
    })
    .filter((r) => r.parts.length && (r.px !== undefined || r.em !== undefined || r.bold !== undefined));
}

function fontOf(rules: Rule[], classes: string[], ancestors: Set<string>, basePx: number) {
  let px = basePx;
  let bold = false;
  let pxSpec = -1;
  let boldSpec = -1;
  for (const r of rules)
    for (const p of r.parts) {
      if (!p.last.every((c) => classes.includes(c)) || !p.above.every((cs) => cs.every((c) => ancestors.has(c)))) continue;
      const spec = p.last.length + p.above.flat().length;
      // (em to 0.01 px: 0.90909em of 11 is the 10 px it stands for)
      const size = r.px ?? (r.em === undefined ? undefined : Math.round(r.em * basePx * 100) / 100);
      if (size !== undefined && spec >= pxSpec) (px = size), (pxSpec = spec);
      if (r.bold !== undefined && spec >= boldSpec) (bold = r.bold), (boldSpec = spec);
    }
  return { px, bold };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const num = (tag: string, name: string, fallback = 0) => {
  const v = attr(tag, name);
  return v === undefined ? fallback : Number(v);
};
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Text boxes of the first <svg> in `markup` (server-rendered Chart). `context`: classes of the page
 *  around the drawing (e.g. sticky-chart, fit), for descendant CSS rules; `basePx`: the svg's text
 *  size where the page's CSS overrides the drawing's own (its font-size attribute). */
export function textBoxes(markup: string, rules: Rule[], basePx: number | undefined, context: string[] = []): Drawing {
  const svg = /<svg([^>]*)viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"([^>]*)>([\s\S]*)<\/svg>/.exec(markup.replace(/<!--[\s\S]*?-->/g, ''));
  if (!svg) throw new Error('no <svg viewBox> in the chart markup');
  const [, before, width, height, after, body] = svg;
  basePx ??= num(before + after, 'font-size', NaN);
  if (Number.isNaN(basePx)) throw new Error('the chart <svg> has no font-size');
  const ancestorsOf = markup.slice(0, markup.indexOf('<svg'));
  const stack: { dx: number; dy: number; classes: string[]; hidden: boolean }[] = [
    { dx: 0, dy: 0, classes: [...context, ...[...ancestorsOf.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/))], hidden: false }
  ];
  const boxes: TextBox[] = [];
  let el = 0;
  const tags = /<(\/?)(g|text|svg)\b([^>]*?)(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = tags.exec(body))) {
    const [, close, name, rest, self] = m;
    if (close) {
      if (name === 'g' || name === 'svg') stack.pop();
      continue;
    }
    const top = stack[stack.length - 1];
    const tr = /translate\(\s*([\d.-]+)[ ,]+([\d.-]+)\s*\)/.exec(attr(rest, 'transform') ?? '');
    const classes = (attr(rest, 'class') ?? '').split(/\s+/).filter(Boolean);
    const hidden = top.hidden || Number(attr(rest, 'opacity') ?? 1) < 0.01;
    if (name !== 'text') {
      if (!self) stack.push({ dx: top.dx + Number(tr?.[1] ?? 0), dy: top.dy + Number(tr?.[2] ?? 0), classes: [...top.classes, ...classes], hidden });
      continue;
    }
    const end = body.indexOf('</text>', tags.lastIndex);
    const inner = body.slice(tags.lastIndex, end);
    tags.lastIndex = end + 7;
    el++;
    if (hidden) continue;
    const ancestors = new Set(top.classes);
    const own = fontOf(rules, classes, ancestors, basePx);
    const x = num(rest, 'x');
    const dyAttr = attr(rest, 'dy');
    const y = num(rest, 'y') + (dyAttr?.endsWith('em') ? Number(dyAttr.slice(0, -2)) * own.px : Number(dyAttr ?? 0));
    const anchor = attr(rest, 'text-anchor') ?? 'start';
    // Lines: tspans with their own x are lines of their own; other tspans run on in one line.
    const spans = [...inner.matchAll(/<tspan([^>]*)>([\s\S]*?)<\/tspan>/g)];
    const lines: { x: number; y: number; parts: { text: string; classes: string[]; gap: number }[] }[] = [];
    if (!spans.length) lines.push({ x, y, parts: [{ text: decode(inner.replace(/<[^>]+>/g, '')), classes, gap: 0 }] });
    else {
      let ly = y;
      for (const [, a, t] of spans) {
        const c = [...classes, ...(attr(a, 'class') ?? '').split(/\s+/).filter(Boolean)];
        const part = { text: decode(t.replace(/<[^>]+>/g, '')), classes: c, gap: num(a, 'dx') };
        if (attr(a, 'x') !== undefined || !lines.length) (ly += num(a, 'dy')), lines.push({ x: attr(a, 'x') !== undefined ? num(a, 'x') : x, y: ly, parts: [part] });
        else lines[lines.length - 1].parts.push(part);
      }
    }
    for (const line of lines) {
      let w = 0;
      let px = 0;
      let bold = false;
      for (const p of line.parts) {
        // (a part carries its text's classes too; em sizes are of the drawing's text size, not nested)
        const f = fontOf(rules, p.classes, ancestors, basePx);
        w += p.gap + notoWidth(p.text, f.px, f.bold);
        px = Math.max(px, f.px);
        bold ||= f.bold;
      }
      const text = line.parts.map((p) => p.text).join('');
      if (!text.trim()) continue;
      const left = line.x + top.dx - (anchor === 'middle' ? w / 2 : anchor === 'end' ? w : 0);
      const base = line.y + top.dy;
      // Noto Sans JP: CJK ink from about 0.88 em above the baseline to 0.12 em below.
      boxes.push({ text, classes, px, bold, x0: left, x1: left + w, y0: base - 0.88 * px, y1: base + 0.12 * px, el });
    }
  }
  return { width: Number(width), height: Number(height), boxes };
}
