import { describe, expect, it } from 'vitest';
import { publishedStories } from '../../src/lib/stories';
import { resolveStory } from '../../src/lib/server/resolve';
import { embedSnippet, embedTargets, oembed, embedInfo, reservedHeights } from '../../src/lib/server/embed';
import { chartSvg, cssRules, svgCss, wrapText } from '../../src/lib/server/chart-svg';
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
    // a chart's snippet ends with its PNG for readers that drop iframes and scripts (feeds, e-mail)
    expect(s).toMatch(/<noscript><img src="https:\/\/news\.example\/g\/x\/en\/embed\/digital-deficit\/hook\.png" alt="[^"]+" width="\d+" height="\d+"[^>]*><\/noscript>$/);
    expect(embedSnippet({ slug: 'digital-deficit' }, 'en', '', 'https://a.b')).not.toContain('noscript');
    const o = oembed(t, 'en', '/g/x', 'https://news.example');
    expect(o).toMatchObject({ version: '1.0', type: 'rich', html: s, provider_url: 'https://news.example/g/x/en/' });
    expect(embedInfo(t, 'ja', '', 'https://a.b')).toMatchObject({ page: '/embed/digital-deficit/hook/', svg: '/embed/digital-deficit/hook.svg', oembed: '/embed/digital-deficit/hook/oembed.json' });
  });
});

describe('standalone SVG', () => {
  it('keeps only rules whose classes the drawing uses, scoped, without dark-mode blocks', () => {
    const { css, palette } = svgCss('<rect class="mark s0"></rect><text class="tick"></text>');
    expect(css).toContain('.ict-chart-svg .mark.s0{');
    expect(css).toContain(`fill: ${palette['--s0']}`); // resolved: no custom properties outside browsers
    expect(css).not.toMatch(/var\(|--[\w-]+\s*:/);
    expect(css).toContain('.ict-chart-svg .tick');
    expect(css).not.toContain('.step');
    expect(css).not.toContain('#111418'); // the dark palette
    expect(cssRules('a{b:c}@media (x){d{e:f}}.g, .h :is(i, j){k:l}')).toEqual([['a', 'b:c'], ['.g, .h :is(i, j)', 'k:l']]);
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
    const svg = chartSvg(chart, 'Graphic: test credit');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain(`<title id="ict-${chart.id.replace(/\W/g, '-')}-title">`);
    expect(svg).toContain('Graphic: test credit');
    expect(svg).toContain(chart.sourceLine.slice(0, 30).replace(/&/g, '&amp;'));
    expect(svg).not.toMatch(/<!--|<script/);
    // Every drawn value label of the chart is in the file.
    expect((svg.match(/<rect class="mark/g) ?? []).length).toBeGreaterThan(0);
    // Balanced tags (a cheap well-formedness check; the e2e test parses every file in Chromium).
    const open = (svg.match(/<(?!\/|\?|!)[a-zA-Z]+[^>]*[^/]>|<[a-zA-Z]+>/g) ?? []).length;
    const close = (svg.match(/<\/[a-zA-Z]+>/g) ?? []).length;
    expect(open).toBe(close);
  });
});
