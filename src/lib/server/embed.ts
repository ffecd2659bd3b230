// Embed codes, URLs and oEmbed data for every published story and every step's chart, computed at
// build time. Paths carry the deploy base path (BASE_PATH); snippet and oEmbed URLs are absolute
// on the site origin (PUBLIC_ORIGIN). The Embed control, the embed pages and the oEmbed JSON all
// take their snippet from `embedSnippet`, so they can never disagree.
import { localeFromPath, localizePath, type Locale } from '$lib/i18n';
import { findStory, publishedStories } from '$lib/stories';
import type { StorySpec } from '$lib/stories/types';
import { escapeHtml } from './phrases';
import { isDataState } from '$lib/charts/kinds';
import * as m from '$lib/paraglide/messages.js';
import { getResolvedStory } from './resolved-stories';
import { chartSvg } from './chart-svg';
import { resolveChart } from './resolve';
import { embedHeights } from './embed-height';
import { PNG_SCALE } from './chart-png';
import { SVG_VARIANTS, type SvgVariant } from '$lib/charts/sizes';

/** One embeddable thing: a whole story (no step) or the chart of one step. */
export interface EmbedTarget {
  slug: string;
  step?: string;
}

/** What the Embed control of a story or step needs (all strings ready to print). */
export interface EmbedInfo {
  snippet: string;
  /** Root-relative links (base path included) for the control's preview, SVG and oEmbed links. */
  page: string;
  /** The chart's picture files, wide and narrow (none for a whole story or a chart of words). */
  files: { variant: SvgVariant; svg: string; png: string }[];
  /** The chart's CSV without a BOM, for code (the BOM file for Excel is linked under the chart). */
  csvCode?: string;
  oembed: string;
  /** The embed page URL as the snippets carry it, and the heights they reserve per content option
   *  (`chart` only for a step's embed: the chart without the step's text). */
  src: string;
  heights: { text: number; chart?: number };
  /** The `<amp-iframe>` code for AMP pages. */
  amp: string;
}

/** Width oEmbed consumers should reserve; the iframe itself is fluid (width 100 %). */
export const OEMBED_WIDTH = 640;
/** iframe height of a whole-story embed before the resize script has spoken (or when the host
 *  blocks scripts); a chart embed reserves its own estimated height (embed-height.ts). */
export const STORY_HEIGHT = 900;
/** Query parameters an embed page reads (on the client only, static/embed-frame.js): theme (light,
 *  dark, auto, transparent), content (chart) and pym's childId. */
export const EMBED_PARAMS = ['theme', 'content', 'childId'] as const;

/** Published stories and their steps, or undefined for anything unknown (→ 404). */
export function embedSpec(slug: string, step?: string): StorySpec | undefined {
  const spec = findStory(slug);
  if (!spec || spec.status !== 'published') return undefined;
  if (step !== undefined && !spec.steps.some((s) => s.id === step)) return undefined;
  return spec;
}

/** Every embeddable target: each published story and each of its steps. */
export function embedTargets(): EmbedTarget[] {
  return publishedStories().flatMap((s) => [{ slug: s.slug }, ...s.steps.map((st) => ({ slug: s.slug, step: st.id }))]);
}

/** A step's chart can be drawn as SVG (text cards are prose, not charts). */
export function hasSvg(slug: string, step: string): boolean {
  const st = findStory(slug)?.steps.find((s) => s.id === step);
  return !!st && isDataState(st.chart);
}

const dir = (t: EmbedTarget) => `/embed/${t.slug}/${t.step ? `${t.step}/` : ''}`;
export const embedPath = (t: EmbedTarget, locale: Locale, base: string) => localizePath(dir(t), locale, base);
export const oembedPath = (t: EmbedTarget, locale: Locale, base: string) => localizePath(`${dir(t)}oembed.json`, locale, base);
/** A chart file's name: `<step>.svg` is the wide picture, `<step>.narrow.svg` the narrow one. */
const fileName = (step: string, variant: SvgVariant, ext: string) => `${step}${variant === 'wide' ? '' : `.${variant}`}.${ext}`;
export const svgPath = (slug: string, step: string, locale: Locale, base: string, variant: SvgVariant = 'wide') => localizePath(`/embed/${slug}/${fileName(step, variant, 'svg')}`, locale, base);
export const pngPath = (slug: string, step: string, locale: Locale, base: string, variant: SvgVariant = 'wide') => localizePath(`/embed/${slug}/${fileName(step, variant, 'png')}`, locale, base);
/** The step and variant a chart file's route parameter names (`hook` or `hook.narrow`). */
export function chartFile(param: string): { step: string; variant: SvgVariant } {
  const variant = SVG_VARIANTS.find((v) => v !== 'wide' && param.endsWith(`.${v}`));
  return variant ? { step: param.slice(0, -variant.length - 1), variant } : { step: param, variant: 'wide' };
}
/** The story on this site, at the step when there is one. */
export const storyPath = (t: EmbedTarget, locale: Locale, base: string) =>
  localizePath(`/stories/${t.slug}/${t.step ? `#step-${t.step}` : ''}`, locale, base);
/** The host-side resize script (static/embed.js). */
export const hostScriptPath = (base: string) => `${base}/embed.js`;

/** Title of the iframe (and of the oEmbed): the story title, or the step's chart title. */
export function embedTitle(t: EmbedTarget, locale: Locale): string {
  const spec = embedSpec(t.slug, t.step);
  if (!spec) throw new Error(`embed: unknown story or step ${t.slug}/${t.step ?? ''}`);
  const story = getResolvedStory(spec.slug, locale);
  const title = t.step ? story.steps.find((s) => s.id === t.step)!.chart.title : story.title;
  return m.embed_frame_title({ title, site: m.site_title({}, { locale }) }, { locale });
}

/** Heights a snippet reserves: the chart with the step's text (the default) and the chart only. */
export function reservedHeights(t: EmbedTarget, locale: Locale): { text: number; chart?: number } {
  if (!t.step) return { text: STORY_HEIGHT };
  return embedHeights(getResolvedStory(t.slug, locale).steps.find((s) => s.id === t.step)!, locale);
}

/** The ready-to-paste embed code: a fluid, lazy iframe plus the resize script; for a chart, a
 *  `<noscript>` PNG of it for feeds, newsletters and apps that drop iframes and scripts (the narrow
 *  picture in a phone-wide column, the wide one elsewhere). */
export function embedSnippet(t: EmbedTarget, locale: Locale, base: string, origin: string): string {
  const src = origin + embedPath(t, locale, base);
  const height = reservedHeights(t, locale).text;
  const title = escapeHtml(embedTitle(t, locale));
  const png = t.step ? chartPngInfo(t.slug, t.step, locale, base, origin) : undefined;
  const narrow = t.step ? chartPngInfo(t.slug, t.step, locale, base, origin, 'narrow') : undefined;
  const size = (p: { width: number; height: number }) => `width="${p.width / PNG_SCALE}" height="${p.height / PNG_SCALE}"`;
  return (
    `<iframe src="${escapeHtml(src)}" title="${title}" width="100%" height="${height}" loading="lazy" frameborder="0" style="width:100%;border:0"></iframe>\n` +
    `<script src="${escapeHtml(origin + hostScriptPath(base))}" async></script>` +
    (png
      ? `\n<noscript><picture>${narrow ? `<source media="(max-width: ${NARROW_MAX}px)" srcset="${escapeHtml(narrow.url)}" ${size(narrow)}>` : ''}` +
        `<img src="${escapeHtml(png.url)}" alt="${escapeHtml(png.alt)}" ${size(png)} style="max-width:100%;height:auto"></picture></noscript>`
      : '')
  );
}

/** Widest column (px) that gets the narrow picture in the `<noscript>` fallback. */
export const NARROW_MAX = 480;
const pngInfo = new Map<string, { url: string; alt: string; width: number; height: number } | undefined>();
/** A chart state's PNG: absolute URL, the chart's text alternative and the size in pixels (2×, read
 *  from the SVG it is drawn from); undefined for a chart made of words. */
export function chartPngInfo(slug: string, step: string, locale: Locale, base: string, origin: string, variant: SvgVariant = 'wide') {
  const key = [slug, step, locale, base, origin, variant].join('|');
  if (!pngInfo.has(key)) {
    const svg = standaloneSvg(slug, step, locale, base, origin, variant);
    const size = svg && /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
    const alt = getResolvedStory(slug, locale, base).steps.find((s) => s.id === step)?.alt ?? '';
    pngInfo.set(key, size ? { url: origin + pngPath(slug, step, locale, base, variant), alt, width: Number(size[1]) * PNG_SCALE, height: Number(size[2]) * PNG_SCALE } : undefined);
  }
  return pngInfo.get(key);
}

export function embedInfo(t: EmbedTarget, locale: Locale, base: string, origin: string): EmbedInfo {
  return {
    snippet: embedSnippet(t, locale, base, origin),
    page: embedPath(t, locale, base),
    files: t.step && hasSvg(t.slug, t.step) ? SVG_VARIANTS.map((variant) => ({ variant, svg: svgPath(t.slug, t.step!, locale, base, variant), png: pngPath(t.slug, t.step!, locale, base, variant) })) : [],
    csvCode: t.step && hasSvg(t.slug, t.step) ? localizePath(`/data/${t.slug}/${t.step}.utf8.csv`, locale, base) : undefined,
    oembed: oembedPath(t, locale, base),
    src: origin + embedPath(t, locale, base),
    heights: reservedHeights(t, locale),
    amp: ampSnippet(t, locale, base, origin)
  };
}

/** The AMP code: an `<amp-iframe>` resized by the `embed-size` message embed-frame.js already sends
 *  (`resizable` needs an `overflow` child), with the chart's PNG (else the page's share card) as
 *  the placeholder shown until the frame has loaded. */
export function ampSnippet(t: EmbedTarget, locale: Locale, base: string, origin: string): string {
  const src = escapeHtml(origin + embedPath(t, locale, base));
  const height = reservedHeights(t, locale).text;
  const png = t.step ? chartPngInfo(t.slug, t.step, locale, base, origin) : undefined;
  const placeholder = png?.url ?? origin + cardPath(t.step ? { page: 'embed', slug: t.slug, step: t.step } : { page: 'stories', slug: t.slug }, locale, base);
  const more = escapeHtml(m.embed_amp_more({}, { locale }));
  return (
    `<amp-iframe src="${src}" title="${escapeHtml(embedTitle(t, locale))}" width="${OEMBED_WIDTH}" height="${height}" layout="responsive" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" resizable frameborder="0">\n` +
    `  <div overflow tabindex="0" role="button" aria-label="${more}">${more}</div>\n` +
    `  <amp-img placeholder layout="fill" src="${escapeHtml(placeholder)}" alt=""></amp-img>\n` +
    `</amp-iframe>`
  );
}

/** Labels of the Embed control, resolved on the server so the client carries no messages. */
export function embedLabels(locale: Locale) {
  const o = { locale };
  return {
    story: m.embed_story_summary({}, o),
    chart: m.embed_chart_summary({}, o),
    code: m.embed_code_label({}, o),
    help: m.embed_help({}, o),
    copy: m.embed_copy({}, o),
    copied: m.embed_copied({}, o),
    failed: m.embed_copy_failed({}, o),
    open: m.embed_open({}, o),
    svg: m.embed_svg({}, o),
    png: m.embed_png({}, o),
    wide: m.embed_file_wide({}, o),
    narrow: m.embed_file_narrow({}, o),
    csvCode: m.embed_csv_code({}, o),
    amp: m.embed_amp({}, o),
    ampHelp: m.embed_amp_help({}, o),
    options: m.embed_options({}, o),
    content: m.embed_content({}, o),
    withText: m.embed_with_text({}, o),
    chartOnly: m.embed_chart_only({}, o),
    theme: m.embed_theme({}, o),
    light: m.embed_theme_light({}, o),
    dark: m.embed_theme_dark({}, o),
    auto: m.embed_theme_auto({}, o),
    transparent: m.embed_transparent({}, o),
    oembed: m.embed_oembed({}, o)
  };
}
export type EmbedLabels = ReturnType<typeof embedLabels>;

/** oEmbed 1.0 "rich" response for one embeddable page (https://oembed.com/#section2.3). */
export function oembed(t: EmbedTarget, locale: Locale, base: string, origin: string) {
  const site = m.site_title({}, { locale });
  return {
    version: '1.0',
    type: 'rich',
    title: embedTitle(t, locale),
    html: embedSnippet(t, locale, base, origin),
    width: OEMBED_WIDTH,
    height: reservedHeights(t, locale).text,
    provider_name: site,
    provider_url: origin + localizePath('/', locale, base),
    author_name: m.site_credit({}, { locale }),
    author_url: origin + storyPath(t, locale, base),
    ...thumbnail(t, locale, base, origin),
    cache_age: 86400
  };
}

/** oEmbed thumbnail: the chart's PNG with its real size; for a story or a chart made of words, the
 *  page's share card. */
function thumbnail(t: EmbedTarget, locale: Locale, base: string, origin: string) {
  const png = t.step ? chartPngInfo(t.slug, t.step, locale, base, origin) : undefined;
  if (png) return { thumbnail_url: png.url, thumbnail_width: png.width, thumbnail_height: png.height };
  const card = t.step ? cardPath({ page: 'embed', slug: t.slug, step: t.step }, locale, base) : cardPath({ page: 'stories', slug: t.slug }, locale, base);
  return { thumbnail_url: origin + card, thumbnail_width: CARD.width, thumbnail_height: CARD.height };
}

/** The share card (og:image) of a story page, slide deck or step embed; a whole-story embed shares its story's. */
export type CardTarget = { page: 'stories' | 'present'; slug: string } | { page: 'embed'; slug: string; step: string };
export const CARD = { width: 1200, height: 630 } as const;
export const cardPath = (t: CardTarget, locale: Locale, base: string) =>
  `${base}/cards/${locale}/${t.page}/${t.slug}${t.page === 'embed' ? `/${t.step}` : ''}.png`;

/** The frame around an embed page: credit, the way back to the story, discovery and resize script. */
export function embedFrame(t: EmbedTarget, locale: Locale, base: string, origin: string) {
  const o = { locale };
  return {
    title: embedTitle(t, locale),
    path: dir(t),
    storyHref: storyPath(t, locale, base),
    fullStory: m.embed_full_story({}, o),
    credit: m.embed_credit({ site: m.site_title({}, o) }, o),
    dataCredit: m.site_credit({}, o),
    oembed: origin + oembedPath(t, locale, base),
    script: `${base}/embed-frame.js`
  };
}
export type EmbedFrame = ReturnType<typeof embedFrame>;

/** Last line of a standalone SVG: who made it and where the story lives. */
export function svgCredit(t: EmbedTarget, locale: Locale, base: string, origin: string): string {
  const site = m.site_title({}, { locale });
  return `${m.embed_credit({ site }, { locale })} · ${origin}${storyPath({ slug: t.slug }, locale, base)}`;
}

/** Prerender entries of the chart files (SVG, PNG): every step that draws a chart, wide and narrow
 *  (`step` is the file name's stem: `hook`, `hook.narrow`). */
export const chartFileEntries = () =>
  embedTargets().flatMap((t) => (t.step && hasSvg(t.slug, t.step) ? SVG_VARIANTS.map((v) => ({ slug: t.slug, step: fileName(t.step!, v, 'x').slice(0, -2) })) : []));

/** The standalone SVG of one step's chart state, or undefined for an unknown or text-only step. */
export function standaloneSvg(slug: string, stepId: string, locale: Locale, base: string, origin: string, variant: SvgVariant = 'wide'): string | undefined {
  const spec = embedSpec(slug, stepId);
  if (!spec || !hasSvg(slug, stepId)) return undefined;
  const step = getResolvedStory(spec.slug, locale, base).steps.find((s) => s.id === stepId)!;
  return chartSvg(step.chart, svgCredit({ slug: spec.slug }, locale, base, origin), variant);
}

/** The SVG of the chart file a route names (`/embed/<slug>/<param>.svg|png`, param `hook` or
 *  `hook.narrow`), or undefined for anything else (→ 404). */
export function chartFileSvg(slug: string, param: string, pathname: string, base: string, origin: string): string | undefined {
  const f = chartFile(param);
  return standaloneSvg(slug, f.step, localeFromPath(pathname, base), base, origin, f.variant);
}

/** The story's lead chart as a standalone SVG (for its share card): its `preview` chart state, else
 *  the first step that draws a chart. */
export function leadSvg(slug: string, locale: Locale, base: string, origin: string): string | undefined {
  const spec = embedSpec(slug);
  if (!spec) return undefined;
  if (spec.preview) {
    const chart = resolveChart(spec.preview, { story: slug, stepId: 'preview', locale, base, ctx: `${spec.file} preview` });
    return chartSvg(chart, svgCredit({ slug }, locale, base, origin));
  }
  const step = spec.steps.find((s) => hasSvg(slug, s.id));
  return step && standaloneSvg(slug, step.id, locale, base, origin);
}
