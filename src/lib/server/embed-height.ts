// The height an embed snippet reserves before the frame's script has measured its content, so the
// host article does not shift when the frame grows (and scripts-off frames are not cut off):
// the chart embed page laid out at the oEmbed width (640 px), from the chart's drawn size and its
// texts' line counts at the page's type sizes. Calibrated against Chromium at 640 px (within
// ±10 %, tests/e2e/embed-options.test.js checks every chart, with and without the step's text).
import { drawSize, EMBED_SIZES } from '$lib/charts/sizes';
import { kindOf } from '$lib/charts/kinds';
import type { Locale } from '$lib/i18n';
import type { ResolvedStep } from '$lib/model/resolved';
import { wrapCardText } from './card-text';
import { textAdvance } from './font-metrics';

const FRAME = 640;
const COLUMN = FRAME - 24; // .embed padding 0.75rem each side
/** Frame padding, figure margins, data-table toggle and footer: what every chart embed has. */
const BASE = 130;
/** A words-only chart's directions box (noto's comparison with Kumamoto). */
const WORDS_BOX = 130;
/** Its statements: 1.05rem bold, a 1.6rem indent, 0.6rem between; `pad` is the box's padding less
 *  what BASE counts for a drawn chart's figure and a words chart lacks (calibrated in Chromium). */
const STATEMENT = { px: 16.8, line: { ja: 31.1, en: 26.9 }, pad: -6, indent: 46, gap: 9.6 };
const TITLE = { px: 17.6, line: 24.6 }; // h1 1.1rem, line-height 1.4
const SMALL = { px: 12, line: 17.4 }; // note and source line: 0.75rem, 1.45
const LEGEND = { px: 12.5, row: 20 }; // 0.78rem
const TEXT = { px: 15.2, gap: 8, line: { ja: 28.1, en: 24.3 } }; // 0.95rem; 1.85 / 1.6; p margin 0.5rem

const lines = (text: string | undefined, px: number, locale: Locale, bold = false, width = COLUMN) => (text ? wrapCardText(text, width, px, locale, bold).length : 0);

function wordsHeight(step: ResolvedStep, locale: Locale): number {
  const s = step.chart.statements.map((h) => h.replace(/<[^>]+>/g, '').replace(/&[#\w]+;/g, '&'));
  if (!s.length) return WORDS_BOX;
  const text = s.reduce((h, p) => h + lines(p, STATEMENT.px, locale, true, COLUMN - STATEMENT.indent) * STATEMENT.line[locale], 0);
  return STATEMENT.pad + text + (s.length - 1) * STATEMENT.gap + (step.chart.directions ? WORDS_BOX : 0);
}

function legendRows(step: ResolvedStep): number {
  const c = step.chart;
  if (kindOf(c).drawing === 'words' || (c.series.length < 2 && !c.overlay)) return 0;
  const items = [...c.series, ...(c.overlay ? [c.overlay.series] : [])].map((s) => 12.8 + 4 + textAdvance(s.label, LEGEND.px) + 14.4);
  let rows = 1;
  let x = 0;
  for (const w of items) (x + w > COLUMN && x > 0 ? (rows++, (x = w)) : (x += w));
  return rows;
}

/** Reserved heights in px (rounded up to 10): the chart with the step's text, and the chart only. */
export function embedHeights(step: ResolvedStep, locale: Locale): { text: number; chart: number } {
  const c = step.chart;
  const picture = kindOf(c).drawing === 'words' ? wordsHeight(step, locale) : ((d) => (COLUMN * d.height) / d.width)(drawSize(c, EMBED_SIZES.wide));
  const chart =
    BASE + lines(c.title, TITLE.px, locale, true) * TITLE.line + legendRows(step) * LEGEND.row + picture + (lines(c.note, SMALL.px, locale) + lines(c.sourceLine, SMALL.px, locale)) * SMALL.line;
  const paragraphs = step.html.map((h) => h.replace(/<[^>]+>/g, '').replace(/&[#\w]+;/g, '&'));
  const text = paragraphs.reduce((n, p) => n + lines(p, TEXT.px, locale) * TEXT.line[locale] + TEXT.gap, 0);
  const up = (h: number) => Math.ceil(h / 10) * 10;
  return { text: up(chart + text), chart: up(chart) };
}
