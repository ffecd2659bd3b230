// Share cards (og:image / twitter:image, 1200×630): one per story page, slide deck and chart embed,
// in the page's language. Text on the left, large enough to read in a feed; on the right the
// chart as its standalone SVG (the same file as /embed/<story>/<step>.svg, or the story's lead
// chart), nested as it is. Rasterised at build by the chart PNG renderer (resvg, bundled font).
import type { Locale } from '$lib/i18n';
import * as m from '$lib/paraglide/messages.js';
import { CARD, cardPath, embedSpec, embedTargets, hasSvg, leadSvg, standaloneSvg, type CardTarget } from './embed';
import { getResolvedStory } from './resolved-stories';
import { escapeHtml } from './phrases';
import { fitCardText } from './card-text';
import { chartPng } from './chart-png';
import { colours } from '$lib/charts/palette-values';

export type { CardTarget };

/** Prerender entries: every published story's page and deck, and every step's embed, per locale.
 *  The locale is a path segment (not the /en/ prefix) so the entries can name English cards. */
export function cardEntries(): { locale: Locale; target: CardTarget }[] {
  return (['ja', 'en'] as const).flatMap((locale) =>
    embedTargets().flatMap((t): CardTarget[] => (t.step ? [{ page: 'embed', slug: t.slug, step: t.step }] : [{ page: 'stories', slug: t.slug }, { page: 'present', slug: t.slug }])).map((target) => ({ locale, target }))
  );
}

/** What Meta.svelte writes as og:image / twitter:image. */
export interface ShareImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** The texts of one card, in the page's language. */
function cardText(t: CardTarget, locale: Locale) {
  const o = { locale };
  const story = getResolvedStory(t.slug, locale);
  const site = m.site_title({}, o);
  if (t.page === 'embed') {
    const step = story.steps.find((s) => s.id === t.step)!;
    const chart = step.chart.title;
    return { site, label: `${m.card_chart({}, o)} · ${story.title}`, title: chart, body: step.chart.sourceLine, small: true, alt: m.card_alt_chart({ chart, source: step.chart.sourceLine }, o), fallback: step.alt };
  }
  const slides = t.page === 'present';
  const alt = (slides ? m.card_alt_slides : m.card_alt_story)({ title: story.title, dek: story.dek, site }, o);
  return { site, label: slides ? m.card_slides({}, o) : undefined, title: story.title, body: story.dek, small: false, alt, fallback: story.dek };
}

export function shareImage(t: CardTarget, locale: Locale, base: string, origin: string): ShareImage {
  return { url: origin + cardPath(t, locale, base), alt: cardText(t, locale).alt, ...CARD };
}

const light = colours('light');
// The light palette, on a paper of the card's own (a tint that sets the white chart panel apart).
const INK = { fg: light.fg, soft: light['fg-soft'], accent: light.s0, rule: light['card-border'], paper: '#eef2f6', panel: light.card };
const LEFT = { x: 56, width: 520 };
const PANEL = { x: 616, y: 36, width: 548, height: 558, pad: 14 };

/** The card as an SVG document, or undefined for a page that has no card. */
export function cardSvg(t: CardTarget, locale: Locale, base: string, origin: string): string | undefined {
  if (!embedSpec(t.slug, t.page === 'embed' ? t.step : undefined)) return undefined;
  const c = cardText(t, locale);
  const out: string[] = [];
  const text = (lines: string[], px: number, y: number, fill: string, weight = 400, lineH = 1.3) => {
    lines.forEach((l, i) => out.push(`<text x="${LEFT.x}" y="${Math.round(y + i * px * lineH)}" font-size="${px}" font-weight="${weight}" fill="${fill}">${escapeHtml(l)}</text>`));
    return y + (lines.length - 1) * px * lineH;
  };
  let y = text([c.site], 24, 84, INK.accent, 700);
  if (c.label) y = text(fitCardText(c.label, { width: LEFT.width, maxLines: 1, sizes: [22], locale, bold: true }).lines, 22, y + 40, INK.soft, 700);
  const title = fitCardText(c.title, { width: LEFT.width, maxLines: c.small ? 4 : 3, sizes: [60, 54, 48, 42, 36], locale, bold: true });
  y = text(title.lines, title.px, y + 24 + title.px, INK.fg, 700, 1.22);
  // The body (dek or source line) takes the room left above the credit.
  const sizes = c.small ? [24, 22, 20] : [30, 28, 26, 24, 22];
  const room = (px: number) => Math.max(1, Math.floor((540 - (y + 32 + px)) / (px * 1.45)) + 1);
  const body = sizes.map((px) => fitCardText(c.body, { width: LEFT.width, maxLines: room(px), sizes: [px], locale })).find((b, i, all) => !b.lines.at(-1)!.endsWith('…') || i === all.length - 1)!;
  text(body.lines, body.px, y + 32 + body.px, INK.soft, 400, 1.45);
  const credit = fitCardText(m.site_credit({}, { locale }), { width: LEFT.width, maxLines: 1, sizes: [18, 16], locale });
  text(credit.lines, credit.px, 590, INK.soft);

  const picture = t.page === 'embed' ? (hasSvg(t.slug, t.step) ? standaloneSvg(t.slug, t.step, locale, base, origin) : undefined) : leadSvg(t.slug, locale, base, origin);
  const inner = { x: PANEL.x + PANEL.pad, y: PANEL.y + PANEL.pad, width: PANEL.width - 2 * PANEL.pad, height: PANEL.height - 2 * PANEL.pad };
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" xml:lang="${locale}">` +
    `<rect width="100%" height="100%" fill="${INK.paper}"/><rect width="100%" height="10" fill="${INK.accent}"/>` +
    `<rect x="${PANEL.x}" y="${PANEL.y}" width="${PANEL.width}" height="${PANEL.height}" rx="12" fill="${INK.panel}" stroke="${INK.rule}" stroke-width="2"/>` +
    (picture ? nested(picture, inner) : wordsPanel(c.fallback, inner, locale)) +
    `<g font-family="Noto Sans JP">${out.join('')}</g></svg>\n`
  );
}

/** The card as a PNG at its final size, or undefined for a page that has no card. */
export function cardPng(t: CardTarget, locale: Locale, base: string, origin: string): Buffer | undefined {
  const svg = cardSvg(t, locale, base, origin);
  return svg ? chartPng(svg, 1).png : undefined;
}

type Box = { x: number; y: number; width: number; height: number };

/** A standalone SVG placed in a box, scaled to fit (its own viewBox keeps the proportions). */
function nested(svg: string, box: Box): string {
  return svg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, `<svg$1 x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" preserveAspectRatio="xMidYMid meet"`)
    .trim();
}

/** A chart made of words (no SVG file): its text alternative, set in the panel. */
function wordsPanel(words: string, box: Box, locale: Locale): string {
  const fit = fitCardText(words, { width: box.width - 40, maxLines: 11, sizes: [30, 26, 22], locale });
  const lines = fit.lines.map((l, i) => `<text x="${box.x + 20}" y="${Math.round(box.y + 40 + fit.px + i * fit.px * 1.5)}">${escapeHtml(l)}</text>`);
  return `<g font-family="Noto Sans JP" font-size="${fit.px}" fill="${INK.fg}">${lines.join('')}</g>`;
}

/** The whole-story embed shares its story's card. */
export const embedCard = (slug: string, step?: string): CardTarget => (step ? { page: 'embed', slug, step } : { page: 'stories', slug });
