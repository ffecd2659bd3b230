// The memoised resolved story every route reads (server/resolved-stories.ts).
import { describe, expect, it } from 'vitest';
import { getResolvedStory } from '../../src/lib/server/resolved-stories';
import { resolveStory } from '../../src/lib/server/resolve';
import { findStory, publishedStories } from '../../src/lib/stories';

describe('getResolvedStory', () => {
  it('resolves a story once per locale and base path, to what resolveStory gives', () => {
    const ja = getResolvedStory('noto', 'ja');
    expect(getResolvedStory('noto', 'ja')).toBe(ja);
    expect(getResolvedStory('noto', 'en')).not.toBe(ja);
    expect(getResolvedStory('noto', 'ja', '/graphics')).not.toBe(ja);
    expect(getResolvedStory('noto', 'ja', '/graphics').steps[0].chart.csvHref).toMatch(/^\/graphics\//);
    expect(ja).toEqual(resolveStory(findStory('noto')!, 'ja'));
  });

  it('names an unknown story', () => {
    expect(() => getResolvedStory('no-such-story', 'en')).toThrow(/unknown story "no-such-story"/);
  });
});

describe('table and CSV headers', () => {
  it("head the category column of a transposed chart (one year's items) with 項目 / Item, not the dataset's year label", () => {
    const transposed = publishedStories().flatMap((s) =>
      s.steps.filter((st) => (st.chart as { transpose?: boolean }).transpose).map((st) => ({ slug: s.slug, id: st.id }))
    );
    expect(transposed.length).toBeGreaterThan(0);
    for (const { slug, id } of transposed) {
      expect(getResolvedStory(slug, 'ja').steps.find((s) => s.id === id)!.chart.xLabel).toBe('項目');
      expect(getResolvedStory(slug, 'en').steps.find((s) => s.id === id)!.chart.xLabel).toBe('Item');
    }
  });
});
