import { describe, expect, it } from 'vitest';
import { cardEntries, cardSvg, shareImage, type CardTarget } from '../../src/lib/server/share-card';
import { fitCardText, NO_END, NO_START, wrapCardText } from '../../src/lib/server/card-text';
import { textAdvance } from '../../src/lib/server/font-metrics';
import { getResolvedStory } from '../../src/lib/server/resolved-stories';
import { publishedStories } from '../../src/lib/stories';

const targets = (): [CardTarget, 'ja' | 'en'][] => cardEntries().map((e) => [e.target, e.locale]);

describe('share-card text', () => {
  it('never starts a Japanese line with 、。」 nor ends one with 「（, at any width', () => {
    for (const s of publishedStories()) {
      const story = getResolvedStory(s.slug, 'ja');
      for (const text of [story.title, story.dek, ...story.steps.flatMap((st) => [st.chart.title, st.chart.sourceLine, st.alt])])
        for (const w of [200, 320, 520])
          for (const line of wrapCardText(text, w, 26, 'ja')) {
            expect(NO_START.includes(line[0]), `${line} (${w})`).toBe(false);
            expect(NO_END.includes(line.at(-1)!), `${line} (${w})`).toBe(false);
          }
    }
  });

  it('breaks English at word boundaries only, within the width', () => {
    const story = getResolvedStory(publishedStories()[0].slug, 'en');
    const lines = wrapCardText(story.dek, 320, 24, 'en');
    expect(lines.join(' ')).toBe(story.dek.replace(/\s+/g, ' ').trim());
    for (const l of lines) expect(textAdvance(l, 24)).toBeLessThanOrEqual(320);
    expect(lines.length).toBeGreaterThan(1);
  });
});

describe('share cards', () => {
  it('exist for every story page, deck and step embed, in both languages, with alt text in their language', () => {
    const all = targets();
    expect(all.length).toBe(2 * publishedStories().reduce((n, s) => n + 2 + s.steps.length, 0));
    for (const [t, locale] of all) {
      const svg = cardSvg(t, locale, '', 'https://x.example')!;
      expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/);
      const img = shareImage(t, locale, '/b', 'https://x.example');
      expect(img.url).toMatch(/^https:\/\/x\.example\/b\/cards\/(ja|en)\/(stories|present|embed)\//);
      // alt text in the page's language, naming what the page is about
      const story = getResolvedStory(t.slug, locale);
      expect(img.alt).toContain(t.page === 'embed' ? story.steps.find((s) => s.id === t.step)!.chart.title : story.title);
      expect(img.alt.startsWith(locale === 'ja' ? '共有用画像' : 'Share card')).toBe(true);
    }
  });
});

describe('font metrics', () => {
  it('reads the bundled font: full-width kana, narrower Latin, wider bold', () => {
    expect(textAdvance('あ', 10)).toBeCloseTo(10, 1);
    expect(textAdvance('i', 10)).toBeLessThan(textAdvance('m', 10));
    expect(textAdvance('Global AI', 60, true)).toBeGreaterThan(textAdvance('Global AI', 60));
    expect(textAdvance('Global AI', 60, true)).toBeGreaterThan(200);
  });
});

describe('share-card fitting', () => {
  it('sets a smaller size rather than break a Japanese phrase between characters', () => {
    const fit = fitCardText('国内スマートフォン市場のシェア（2024年）', { width: 520, maxLines: 4, sizes: [60, 54, 48, 42], locale: 'ja', bold: true });
    expect(fit.lines[0]).toBe('国内スマートフォン市場の');
    expect(fit.px).toBeLessThan(60);
  });
});
