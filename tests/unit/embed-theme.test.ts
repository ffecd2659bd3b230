import { describe, expect, it } from 'vitest';
import { embedQuery, withOptions, DEFAULT_OPTIONS } from '../../src/lib/model/embed-options';
import { ampSnippet, embedInfo, embedSnippet } from '../../src/lib/server/embed';

describe('embed options', () => {
  it('write only the chosen words into the query; defaults give none', () => {
    expect(embedQuery(DEFAULT_OPTIONS)).toBe('');
    expect(embedQuery({ content: 'chart', theme: 'dark', transparent: true })).toBe('?content=chart&theme=dark,transparent');
    expect(embedQuery({ content: 'text', theme: 'auto', transparent: false })).toBe('?theme=auto');
    expect(embedQuery({ content: 'text', theme: 'light', transparent: true })).toBe('?theme=transparent');
  });

  it('rewrite the iframe and AMP codes: the query on the embed URL and the reserved height', () => {
    const t = { slug: 'digital-deficit', step: 'hook' };
    const info = embedInfo(t, 'ja', '', 'https://a.b');
    const o = { content: 'chart', theme: 'dark', transparent: false } as const;
    for (const code of [embedSnippet(t, 'ja', '', 'https://a.b'), ampSnippet(t, 'ja', '', 'https://a.b')]) {
      const out = withOptions(code, info.src, info.heights.chart!, o);
      expect(out).toContain(`src="${info.src}?content=chart&amp;theme=dark"`);
      expect(out).toContain(` height="${info.heights.chart}"`);
      expect(out.match(/\?content=/g)).toHaveLength(1);
      expect(info.heights.chart!).toBeLessThan(info.heights.text);
    }
  });
});
