import { describe, expect, it } from 'vitest';
import { publishedStories } from '../../src/lib/stories';
import { resolveStory } from '../../src/lib/server/resolve';
import { embedSnippet, embedTargets, oembed, embedInfo, reservedHeights } from '../../src/lib/server/embed';
import { chartSvg } from '../../src/lib/server/chart-svg';
import { wrapText } from '../../src/lib/server/wrap-text';
import { paintAttributes } from '../../src/lib/charts/paint';
import { colours } from '../../src/lib/charts/palette-values';
import { SVG_VARIANTS } from '../../src/lib/charts/sizes';
import { textWidth } from '../../src/lib/charts/geometry';

describe('embed codes', () => {
  it('cover every published story and every step of it', () => {
    const targets = embedTargets();
    for (const s of publishedStories()) {
      expect(targets).toContainEqual({ slug: s.slug });
      for (const st of s.steps) expect(targets).toContainEqual({ slug: s.slug, step: st.id });
    }
  });

  it('carry base path and origin, escape the title, and are the oEmbed html', () => {
    const t = { slug: 'digital-deficit', step: 'hook' };
    const s = embedSnippet(t, 'en', '/g/x', 'https://news.example');
    expect(s).toMatch(/^<iframe src="https:\/\/news\.example\/g\/x\/en\/embed\/digital-deficit\/hook\/" title="[^"<>]+" width="100%" height="\d+" loading="lazy"/);
    expect(s).toContain(`height="${reservedHeights(t, 'en').text}"`);
    expect(s).toContain('\n<script src="https://news.example/g/x/embed.js" async></script>\n');
    // a chart's snippet ends with its PNGs for readers that drop iframes and scripts (feeds, e-mail):
    // the narrow one in a phone column, the wide one elsewhere
    expect(s).toMatch(
      /<noscript><picture><source media="\(max-width: \d+px\)" srcset="https:\/\/news\.example\/g\/x\/en\/embed\/digital-deficit\/hook\.narrow\.png" width="\d+" height="\d+"><img src="https:\/\/news\.example\/g\/x\/en\/embed\/digital-deficit\/hook\.png" alt="[^"]+" width="\d+" height="\d+"[^>]*><\/picture><\/noscript>$/
    );
    expect(embedSnippet({ slug: 'digital-deficit' }, 'en', '', 'https://a.b')).not.toContain('noscript');
    const o = oembed(t, 'en', '/g/x', 'https://news.example');
    expect(o).toMatchObject({ version: '1.0', type: 'rich', html: s, provider_url: 'https://news.example/g/x/en/' });
    expect(embedInfo(t, 'ja', '', 'https://a.b')).toMatchObject({
      page: '/embed/digital-deficit/hook/',
      files: [
        { variant: 'wide', svg: '/embed/digital-deficit/hook.svg', png: '/embed/digital-deficit/hook.png' },
        { variant: 'narrow', svg: '/embed/digital-deficit/hook.narrow.svg', png: '/embed/digital-deficit/hook.narrow.png' }
      ],
      oembed: '/embed/digital-deficit/hook/oembed.json'
    });
  });
});

describe('standalone SVG', () => {
  it('paints a mark as the page CSS does, with the light values as attributes', () => {
    const light = colours('light');
    expect(paintAttributes('light', 'rect', 'mark s0')).toEqual({ fill: light.s0 });
    expect(paintAttributes('dark', 'rect', 'mark s0').fill).toBe(colours('dark').s0);
    // more classes win over fewer; a rule of another layer does not apply
    expect(paintAttributes('light', 'text', 'category muted')).toEqual({ fill: light['fg-soft'] });
    expect(paintAttributes('light', 'text', 'category')).toEqual({ fill: light.fg });
    expect(paintAttributes('light', 'text', 'name', 'timeline')).toMatchObject({ fill: light.fg, 'font-size': '0.95455em' });
    expect(paintAttributes('light', 'text', 'name', 'dumbbell')).not.toHaveProperty('font-size');
    expect(paintAttributes('light', 'text', 'tick year-gap')).toMatchObject({ fill: light['fg-soft'], stroke: 'none' });
    expect(paintAttributes('light', 'path', 'year-gap')).toMatchObject({ fill: 'none', stroke: light['fg-soft'] });
  });

  it('wraps text within the width: English at spaces, Japanese at phrase boundaries', () => {
    const en = wrapText('Source: MIC, 2025 White Paper on Information and Communications in Japan, Figure I-1-3-9', 200, 11, 'en');
    expect(en.length).toBeGreaterThan(1);
    expect(en.join(' ')).toBe('Source: MIC, 2025 White Paper on Information and Communications in Japan, Figure I-1-3-9');
    const ja = wrapText('出典：総務省「令和7年版 情報通信白書」図表Ⅰ-1-3-9（財務省「国際収支統計」を基に作成）', 200, 11, 'ja');
    expect(ja.join('')).toBe('出典：総務省「令和7年版 情報通信白書」図表Ⅰ-1-3-9（財務省「国際収支統計」を基に作成）');
    for (const l of ja) expect(textWidth(l, 11)).toBeLessThanOrEqual(200);
  });

  it('is one well-formed document per chart with title, data, source and credit', () => {
    const story = resolveStory(publishedStories().find((s) => s.slug === 'digital-deficit')!, 'en');
    const chart = story.steps.find((s) => s.chart.kind !== 'text')!.chart;
    for (const variant of SVG_VARIANTS) {
    const svg = chartSvg(chart, 'Graphic: test credit', variant);
    expect(svg.startsWith('<?xml')).toBe(true);
    // ids name the chart and the variant (both may be pasted into one page); no classes or styles
    // for the page around it to match
    expect(svg).toContain(`<title id="ict-${chart.id.replace(/\W/g, '-')}-${variant}-title">`);
    expect(svg).not.toMatch(/\sclass=|<style|var\(|\sstyle=/);
    expect(svg).toContain('Graphic: test credit');
    expect(svg).toContain(chart.sourceLine.slice(0, 30).replace(/&/g, '&amp;'));
    expect(svg).not.toMatch(/<!--|<script/);
    // Every drawn value label of the chart is in the file.
    expect((svg.match(/<rect [^>]*data-key=/g) ?? []).length).toBeGreaterThan(0);
    // Balanced tags (a cheap well-formedness check; the e2e test parses every file in Chromium).
    const open = (svg.match(/<(?!\/|\?|!)[a-zA-Z]+[^>]*[^/]>|<[a-zA-Z]+>/g) ?? []).length;
    const close = (svg.match(/<\/[a-zA-Z]+>/g) ?? []).length;
    expect(open).toBe(close);
    }
  });
});
