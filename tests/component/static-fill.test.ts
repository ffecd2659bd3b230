// The server hook's fill of a story page (server/static-charts.ts): the no-JS chart in each step's
// <noscript>, the sticky box's first figure, each step's data table, and each chart's note in its
// step card (where phones read it; the sticky chart keeps only the source line there).
import { describe, expect, it } from 'vitest';
import { fillStaticCharts, chartById } from '../../src/lib/server/static-charts';
import { publishedStories } from '../../src/lib/stories';
import { embedSnippet } from '../../src/lib/server/embed';
import { origin } from '../../src/lib/server/site';

const page = (ids: string[]) =>
  ids.map((id) => `<div class="step-note js-only" data-static-note="${id}"></div><div class="step-table" data-static-table="${id}"></div><noscript data-static-chart="${id}"></noscript>`).join('');

describe('fillStaticCharts', () => {
  it('puts each chart note, labelled, in its step card; Japanese breaks at phrases', () => {
    const ja = fillStaticCharts(page(['ai-race/public']), 'ja', '');
    const note = chartById('ai-race/public', 'ja', '')!.note!;
    const filled = /<div class="step-note js-only" data-static-note="ai-race\/public"><p><strong>図の注：<\/strong>(.*?)<\/p><\/div>/.exec(ja);
    expect(filled).not.toBeNull();
    expect(filled![1].replace(/<wbr>/g, '')).toBe(note);
    expect(filled![1]).toContain('<wbr>');
    const en = fillStaticCharts(page(['ai-race/public']), 'en', '');
    expect(en).toContain(`<p><strong>Chart note:</strong> ${chartById('ai-race/public', 'en', '')!.note!.replace(/&/g, '&amp;')}</p>`);
  });

  it('leaves the note slot empty when a chart has none, and escapes what it writes', () => {
    const ids = publishedStories().flatMap((s) => s.steps.map((st) => `${s.slug}/${st.id}`));
    const without = ids.filter((id) => !chartById(id, 'en', '')!.note);
    expect(without.length).toBeGreaterThan(0);
    for (const id of without) expect(fillStaticCharts(page([id]), 'en', '')).toContain(`data-static-note="${id}"></div>`);
    // every note written is plain text: no tag inside the paragraph but the label and phrase breaks
    for (const locale of ['ja', 'en'] as const)
      for (const id of ids.filter((i) => chartById(i, locale, '')!.note)) {
        const p = /data-static-note="[^"]+"><p>(.*?)<\/p><\/div>/.exec(fillStaticCharts(page([id]), locale, ''))![1];
        expect(p.replace(/<\/?strong>|<wbr>/g, '')).not.toMatch(/[<>]/);
      }
  });

  it("writes each step's paragraphs (phrase-broken in Japanese) and its chart's text alternative; an unknown step fails", () => {
    const slot = (id: string) => `<div class="step-text" data-static-step="${id}"></div>`;
    const ja = fillStaticCharts(slot('noto/new-year'), 'ja', '');
    const paras = [...ja.matchAll(/<p lang="ja">(.*?)<\/p>/g)].map((m) => m[1]);
    expect(paras).toHaveLength(2);
    expect(paras[0].replace(/<wbr>/g, '')).toBe('2024年1月1日、元日の午後4時頃、石川県能登地方で大きな地震が起きました。被災地には、帰省や旅行で訪れていた人もいました。');
    expect(paras[0]).toContain('<wbr>');
    expect(ja).toMatch(/<p class="sr-only">能登半島と石川県の位置図。.*輪島市 128人、.*<\/p><\/div>$/);
    const en = fillStaticCharts(slot('noto/tv-elsewhere'), 'en', '');
    expect(en).toMatch(/^<div class="step-text" data-static-step="noto\/tv-elsewhere"><p lang="en">[^<]*399 people[^<]*<\/p>/);
    expect(en).not.toContain('<wbr>');
    expect(() => fillStaticCharts(slot('noto/nope'), 'en', '')).toThrow(/static step text "noto\/nope"/);
  });

  it('fills the table and the no-JS figure, and names an unknown chart instead of dropping it', () => {
    const html = fillStaticCharts(page(['noto/tv-region-a']), 'en', '');
    expect(html).toMatch(/<noscript data-static-chart="noto\/tv-region-a"><div class="step-chart"><figure class="chart-figure"[^>]*data-kind="bars"/);
    expect(html).toMatch(/<details class="data-table">/);
    expect(() => fillStaticCharts(page(['noto/no-such-step']), 'en', '')).toThrow(/noto\/no-such-step/);
  });

  it('writes each Embed control with its snippet and the copy button\'s spoken labels; an unknown target fails', () => {
    for (const [target, t] of [['noto', { slug: 'noto' }], ['noto/rumour', { slug: 'noto', step: 'rumour' }]] as const) {
      const html = fillStaticCharts(`<div class="story-embed embed-slot svelte-abc" data-static-embed="${target}"></div>`, 'en', '');
      expect(html).toMatch(/^<div class="story-embed embed-slot svelte-abc" data-static-embed="[^"]+"><details class="embed-control">/);
      const code = /<div class="embed-code" role="textbox" aria-readonly="true" aria-multiline="true" aria-labelledby="([^"]+)" tabindex="0">([^<]*)<\/div>/.exec(html)![2];
      // the text box is named by its visible label
      expect(html).toMatch(/<p class="embed-code-label" id="embed-noto(-rumour)?-label">Embed code \(HTML\)<\/p>/);
      const unescape = (x: string) => x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      expect(unescape(code)).toBe(embedSnippet(t, 'en', '', origin));
      expect(html).toContain('data-embed-copy');
      expect(html).toContain('data-copied="Copied to the clipboard"');
    }
    expect(() => fillStaticCharts('<div class="embed-slot" data-static-embed="noto/nope"></div>', 'en', '')).toThrow(/noto\/nope/);
  });
});
