// Label geometry of every chart state, on every surface that draws it, without a browser: the chart
// is rendered on the server at the surface's drawing size, every text gets a box (Noto Sans JP
// metrics, tests/support/svg-text-boxes.ts) and every mark a box or segments (svg-marks.ts), and six
// rules are checked:
//   clip     a text runs past the drawing's edge (the SVG is shown with overflow visible, but the
//            figure, the embed frame or the SVG file ends there);
//   minus    the same at the left edge of a negative number: the reader sees a positive one;
//   overlap  two texts cover each other;
//   mark     a text is drawn over a mark that is not its own (a bar, a dot, a line's segment, the
//            zero line) by more than MARK_TOL;
//   spill    a value label set inside its own bar (light text) does not fit in it;
//   small    displayed text under 12 px on a phone (story page at 320 and 390), or under 2.5 % of
//            the slide height on a projector.
// Displayed size = font size × the scale the drawing is shown at: its CSS box (measured once per
// viewport, tests/fixtures/chart-boxes.json, see scripts/measure-chart-boxes.js) over its size.
// Known failures are listed in tests/fixtures/label-geometry-allow.json, which may only shrink:
// a new failure fails, and so does a listed one that is fixed (re-record with LABELS_RECORD=1).
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { render } from 'svelte/server';
import Chart from '../../src/lib/charts/Chart.svelte';
import { isDrawn, kindOf } from '../../src/lib/charts/kinds';
import { slideParts } from '../../src/lib/charts/slide-parts';
import { drawSize, EMBED_SIZES, PHONE_COLUMN, SVG_SIZES, slideSize, type DrawSize } from '../../src/lib/charts/sizes';
import type { ResolvedChart } from '../../src/lib/model/resolved';
import { publishedStories } from '../../src/lib/stories';
import { resolveStory } from '../../src/lib/server/resolve';
import { fontRules, textBoxes, type TextBox } from '../support/svg-text-boxes';
import { covers, inside, type MarkShape } from '../support/svg-marks';

const boxes: Record<string, Record<string, [number, number]>> = JSON.parse(readFileSync('tests/fixtures/chart-boxes.json', 'utf8'));
const ALLOW = 'tests/fixtures/label-geometry-allow.json';
const allowed = new Set<string>(JSON.parse(readFileSync(ALLOW, 'utf8')));
// A too-small entry carries its size ("… 9.6 px"): it is allowed while the text is no smaller.
const allows = (f: string) => {
  if (allowed.has(f)) return true;
  const [key, px] = f.split(/\|(?=[\d.]+ px)/);
  return [...allowed].some((a) => a.startsWith(key + '|') && Number(a.slice(key.length + 1).split(' ')[0]) <= Number(px.split(' ')[0]));
};
const keyOf = (f: string) => f.replace(/\|[\d.]+ px.*$/, '');

const pageCss = ['src/app.css', 'src/lib/charts/charts.css'];
const rules = { page: fontRules(pageCss), slide: fontRules([...pageCss, 'src/lib/components/present/Deck.svelte']) };

interface Surface {
  name: string;
  size: (c: ResolvedChart) => DrawSize | undefined;
  /** The svg's font size where the page's CSS overrides the drawing's own (8.5 px in the wide sticky chart). */
  basePx?: number;
  context: string[];
  rules: keyof typeof rules;
  /** Least displayed text size in CSS px for a displayed drawing `box` wide/high, if the surface has one. */
  least?: number;
  /** The scale the drawing is shown at, when it is fixed by the surface (a file shown at a known width). */
  shownAt?: (drawingWidth: number) => number;
  /** The drawings the surface makes of one chart (a slide deck may split its rows over two slides). */
  drawings?: (c: ResolvedChart) => ResolvedChart[];
}
// The story page draws at Chart.svelte's default size (400 wide) and CSS scales it into the sticky box.
const story = (w: number, least?: number): Surface => ({ name: `story-${w}`, size: () => undefined, basePx: w >= 900 ? 8.5 : undefined, context: ['sticky-chart'], rules: 'page', least });
const slide = (w: number, h: number): Surface => ({
  name: `slide-${w}`,
  size: slideSize,
  context: ['fit'],
  rules: 'slide',
  least: 0.025 * h,
  drawings: (c) => slideParts(c, (p, n) => `${c.title} (${p}/${n})`, charts.filter((o) => o.id === c.id && o !== c))
});
const surfaces: Surface[] = [
  story(320, 12),
  story(390, 12),
  story(1280),
  { name: 'embed-narrow', size: (c) => drawSize(c, EMBED_SIZES.narrow), context: [], rules: 'page' },
  { name: 'embed-wide', size: (c) => drawSize(c, EMBED_SIZES.wide), context: [], rules: 'page' },
  { name: 'svg', size: (c) => drawSize(c, SVG_SIZES.wide), context: [], rules: 'page' },
  // The narrow file as an <img> in a phone's column: its chart text at 12 px and more there.
  { name: 'svg-narrow', size: (c) => drawSize(c, SVG_SIZES.narrow), context: [], rules: 'page', least: 12, shownAt: (w) => PHONE_COLUMN / (w + 2 * SVG_SIZES.narrow.pad) },
  slide(1024, 768),
  slide(1280, 720),
  slide(1920, 1080)
];

const fmt = (b: TextBox) => `"${b.text}"`;
const overlaps = (a: TextBox, b: TextBox) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;
const MINUS = /^[\u2212-]/;
/** Drawing px a text may touch a mark by (an antialiased edge, a label's ink estimate). */
const MARK_TOL = 1;
/** The mark a value label set inside it belongs to (data-key `label|K` labels the mark `K`); any
 *  other text, a label beside its own dot included, must stay off every mark. */
const owns = (b: TextBox, m: MarkShape) => b.classes.includes('inside') && !!m.key && (b.key === `label|${m.key}` || m.key === `forecast|${b.key?.slice(6)}`);
const markName = (m: MarkShape) => [m.name, ...m.classes.filter((c) => !/^(s\d|muted|approx|forecast)$/.test(c))].join('.');

/** Every rule broken by one chart state on one surface, as `rule|surface|lang/story/step|detail`. */
function failures(chart: ResolvedChart, s: Surface): string[] {
  const size = s.size(chart);
  const html = render(Chart, { props: { chart, size } }).body;
  const d = textBoxes(html, rules[s.rules], s.basePx, s.context);
  const at = `${s.name}|${chart.locale}/${chart.id}`;
  const out: string[] = [];
  for (const b of d.boxes) {
    const cut = b.x0 < -0.5 || b.x1 > d.width + 0.5 || b.y0 < -0.5 || b.y1 > d.height + 0.5;
    if (cut) out.push(`${MINUS.test(b.text) && b.x0 < -0.5 ? 'minus' : 'clip'}|${at}|${fmt(b)}`);
  }
  for (let i = 0; i < d.boxes.length; i++)
    for (let j = i + 1; j < d.boxes.length; j++) {
      const [a, b] = [d.boxes[i], d.boxes[j]];
      if (a.el !== b.el && overlaps(a, b)) out.push(`overlap|${at}|${fmt(a)} ${fmt(b)}`);
    }
  for (const b of d.boxes) {
    const own = d.marks.find((m) => m.box && owns(b, m) && !m.key!.startsWith('forecast|'));
    if (own && !inside(b, own.box!, 0.5)) out.push(`spill|${at}|${fmt(b)}`);
    for (const m of d.marks) if (!owns(b, m) && covers(m, b, MARK_TOL)) out.push(`mark|${at}|${fmt(b)} over ${markName(m)}`);
  }
  if (s.least !== undefined) {
    const box = boxes[s.name]?.[`${chart.locale}/${chart.id}`];
    if (!box && !s.shownAt) throw new Error(`no measured box for ${at}: re-measure (scripts/measure-chart-boxes.js)`);
    const scale = s.shownAt ? s.shownAt(size!.width) * (size!.width / d.width) : Math.min(box![0] / d.width, box![1] / d.height);
    const smallest = Math.min(...d.boxes.map((b) => b.px));
    if (d.boxes.length && smallest * scale < s.least - 0.05)
      out.push(`small|${at}|${(smallest * scale).toFixed(1)} px < ${s.least.toFixed(1)} px`);
  }
  return [...new Set(out)];
}

const charts = publishedStories().flatMap((spec) =>
  (['ja', 'en'] as const).flatMap((locale) => resolveStory(spec, locale, '').steps.map((st) => st.chart).filter((c) => isDrawn(c)))
);
const found: string[] = [];

describe('label geometry', () => {
  for (const s of surfaces)
    it(`${s.name}: no clipped, cut, overlapping, mark-covering, spilling or too-small chart text`, () => {
      const mine = charts.flatMap((c) => s.drawings?.(c) ?? [c]).flatMap((c) => failures(c, s));
      found.push(...mine);
      if (process.env.LABELS_RECORD) return;
      expect(mine.filter((f) => !allows(f)), 'new label failures').toEqual([]);
      const now = new Set(mine.map(keyOf));
      const fixed = [...allowed].filter((f) => f.split('|')[1] === s.name && !now.has(keyOf(f)));
      expect(fixed, `fixed: remove from ${ALLOW} (LABELS_RECORD=1)`).toEqual([]);
    });

  it('prints the counts per rule and surface (and records the allow-list with LABELS_RECORD=1)', () => {
    const counts: Record<string, Record<string, number>> = {};
    for (const f of found) {
      const [rule, surface] = f.split('|');
      (counts[surface] ??= {})[rule] = (counts[surface][rule] ?? 0) + 1;
    }
    console.log('label failures per surface and rule:', JSON.stringify(counts));
    if (process.env.LABELS_RECORD) writeFileSync(ALLOW, JSON.stringify([...new Set(found)].sort(), null, 1) + '\n');
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.some((c) => kindOf(c).horizontal)).toBe(true);
  });
});
