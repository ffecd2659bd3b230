// The story page as the server renders it (csr = false: this HTML is the whole page). Each step
// carries its paragraphs, its chart's text alternative, its chart note, its own no-JS figure, its
// data table and its Embed control, rendered by Svelte components rather than filled in afterwards.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { JSDOM } from 'jsdom';
import Page from '../../src/routes/stories/[slug]/+page.svelte';
import { load } from '../../src/routes/stories/[slug]/+page.server';
import { embedSnippet } from '../../src/lib/server/embed';
import { origin } from '../../src/lib/server/site';
import { publishedStories } from '../../src/lib/stories';

type Data = ReturnType<typeof load>;
const loadStory = (slug: string, lang: 'ja' | 'en') =>
  load({ params: { slug }, url: new URL(`${origin}${lang === 'en' ? '/en' : ''}/stories/${slug}/`) } as never) as Data;

function storyPage(slug: string, lang: 'ja' | 'en') {
  const data = loadStory(slug, lang);
  const { head, body } = render(Page, { props: { data: { ...data, origin, locale: lang } } as never });
  return { data, doc: new JSDOM(body).window.document, head: new JSDOM(head).window.document };
}
const step = (doc: Document, id: string) => doc.querySelector<HTMLElement>(`section.step#step-${id}`)!;

describe('story page (server-rendered)', () => {
  it('follows every paragraph with its source: figure ID or main-text section, lines and the quoted passage, marked Japanese', () => {
    for (const lang of ['ja', 'en'] as const) {
      const { data, doc } = storyPage('digital-deficit', lang);
      for (const s of data.story.steps) {
        const text = step(doc, s.id).querySelector('.step-text')!;
        const paras = [...text.querySelectorAll(':scope > p:not(.sr-only)')];
        const details = [...text.querySelectorAll(':scope > details.para-source')];
        expect(details, s.id).toHaveLength(paras.length);
        // each disclosure sits right after its paragraph, closed until the reader opens it
        for (const [i, p] of paras.entries()) expect(p.nextElementSibling, `${s.id} ${i}`).toBe(details[i]);
        for (const [i, d] of details.entries()) {
          expect(d.hasAttribute('open')).toBe(false);
          expect(d.querySelector('summary')!.textContent).toBe(lang === 'ja' ? '出典' : 'Source');
          const labels = [...d.querySelectorAll('.para-source-label')].map((x) => x.textContent!);
          expect(labels, `${s.id} ${i}`).toEqual(s.paragraphSources[i].map((x) => x.label));
          for (const q of d.querySelectorAll('blockquote')) {
            expect(q.getAttribute('lang')).toBe('ja');
            expect(q.textContent!.trim().length).toBeGreaterThan(0);
          }
          if (lang === 'en') for (const l of labels) expect(l).not.toMatch(/[図表本文]/);
        }
      }
    }
    const hook = storyPage('digital-deficit', 'en').doc.querySelector('#step-hook details.para-source')!;
    expect(hook.querySelector('.para-source-label')!.textContent).toMatch(/^main text \(Part I, Chapter 1, Section 3\), note 14 \(lines 2508–2518\)$/);
    expect(hook.querySelector('blockquote')!.textContent).toContain('約6.7兆円の赤字');
  });

  it("renders each step's paragraphs with their language (phrase-broken in Japanese) and the chart's text alternative", () => {
    const ja = storyPage('noto', 'ja');
    // (without Svelte's markers around {@html})
    const paras = [...step(ja.doc, 'new-year').querySelectorAll('.step-text > p[lang="ja"]')].map((p) => p.innerHTML.replace(/<!--.*?-->/g, ''));
    expect(paras).toHaveLength(1);
    expect(paras[0].replace(/<wbr>/g, '')).toBe(
      '2024年1月1日の午後4時頃、石川県能登地方で大きな地震が起きました。被災地には帰省や旅行で訪れていた人もいました。総務省は住民と一時滞在者1,092人へのアンケートと、自治体などへの57件のインタビューで、何で情報を得たかを調べました。'
    );
    expect(paras[0]).toContain('<wbr>');
    expect(step(ja.doc, 'new-year').querySelector('.step-text p.sr-only')!.textContent).toMatch(/^能登半島と石川県の位置図。.*輪島市 128人、/);
    const en = storyPage('noto', 'en');
    const first = step(en.doc, 'tv-elsewhere').querySelector('.step-text p')!;
    expect(first.getAttribute('lang')).toBe('en');
    expect(first.textContent).toContain('399 people');
    expect(first.innerHTML).not.toContain('<wbr>');
  });

  it('puts each chart note, labelled, in its step card, and none where the chart has no note', () => {
    const { data, doc } = storyPage('ai-race', 'ja');
    const i = data.story.steps.findIndex((s) => s.id === 'public');
    const note = step(doc, 'public').querySelector('.step-note p')!;
    expect(note.querySelector('strong')!.textContent).toBe('図の注：');
    expect(note.innerHTML).toContain('<wbr>');
    expect(note.textContent!.replace('図の注：', '')).toBe(data.story.steps[i].chart.note);
    for (const s of data.story.steps.filter((s) => !s.chart.note)) expect(step(doc, s.id).querySelector('.step-note')).toBeNull();
    const en = storyPage('ai-race', 'en');
    expect(step(en.doc, 'public').querySelector('.step-note p')!.textContent).toBe(`Chart note: ${en.data.story.steps[i].chart.note}`);
  });

  it('gives every step of every story its own no-JS figure with SVG marks, and each chart its data table', () => {
    for (const { slug } of publishedStories()) {
      const { data, doc } = storyPage(slug, 'en');
      const sections = [...doc.querySelectorAll('section.step')];
      expect(sections.map((s) => s.id)).toEqual(data.story.steps.map((s) => `step-${s.id}`));
      data.story.steps.forEach((s, i) => {
        const fig = sections[i].querySelector('.step-chart figure.chart-figure')!;
        expect(fig.getAttribute('data-chart')).toBe(s.chart.id);
        if (s.chart.kind !== 'text') expect(fig.querySelectorAll('svg [data-key]').length).toBeGreaterThan(0);
        expect(sections[i].querySelector('details.data-table')).toSatisfy((t) => (t !== null) === (s.chart.kind !== 'text'));
      });
      // the sticky box holds the first step's figure (decorative); the script adds the others
      const sticky = [...doc.querySelectorAll('.sticky-chart .live-figure > figure')];
      expect(sticky.map((f) => f.getAttribute('data-chart'))).toEqual([data.story.steps[0].chart.id]);
      expect(sticky[0].querySelector('.chart-body')!.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it("renders each Embed control with its snippet and the copy button's spoken labels", () => {
    const { doc } = storyPage('noto', 'en');
    const controls = [
      [step(doc, 'rumour').querySelector('.embed-control')!, { slug: 'noto', step: 'rumour' }],
      [doc.querySelector('.story-embed .embed-control')!, { slug: 'noto' }]
    ] as const;
    for (const [control, target] of controls) {
      const code = control.querySelector('.embed-code')!;
      expect(doc.getElementById(code.getAttribute('aria-labelledby')!)!.textContent).toBe('Embed code (HTML)');
      expect(code.textContent).toBe(embedSnippet(target, 'en', '', origin));
      expect(control.querySelector('button[data-embed-copy]')!.getAttribute('data-copied')).toBe('Copied to the clipboard');
    }
  });

  it("shows every story's byline with its publication and update dates in the page's language, and in the meta tags", () => {
    const spelled = { ja: /^2\d{3}年\d{1,2}月\d{1,2}日$/, en: /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 2\d{3}$/ };
    for (const s of publishedStories())
      for (const lang of ['ja', 'en'] as const) {
        const { doc, head } = storyPage(s.slug, lang);
        expect(head.querySelector('meta[property="article:published_time"]')!.getAttribute('content')).toBe(s.published);
        expect(head.querySelector('meta[property="article:modified_time"]')!.getAttribute('content')).toBe(s.updated);
        const byline = doc.querySelector('.story-header h1 ~ .byline')!;
        expect(byline.getAttribute('lang')).toBe(lang);
        const published = byline.querySelector('time.published')!;
        const updated = byline.querySelector('time.updated')!;
        expect(published.getAttribute('datetime')).toBe(s.published);
        expect(updated.getAttribute('datetime')).toBe(s.updated);
        for (const t of [published, updated]) expect(t.textContent, `${s.slug} ${lang}`).toMatch(spelled[lang]);
        const [y, m, d] = s.published.split('-').map(Number);
        const dates = byline.querySelector('.dates')!.textContent!.replace(/\s+/g, ' ');
        if (lang === 'ja') expect(dates).toMatch(new RegExp(`^公開 ${y}年${m}月${d}日・更新 `));
        else expect(dates).toMatch(new RegExp(`^Published ${d} \\w+ ${y} · Updated `));
        expect(byline.querySelector('.desk')!.textContent).toContain(lang === 'ja' ? '数字で読む' : 'in numbers');
      }
  });

  it('is a 404 for an unknown story', () => {
    expect(() => loadStory('no-such-story', 'en')).toThrow(expect.objectContaining({ status: 404 }));
  });
});
