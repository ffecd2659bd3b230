import { describe, expect, it } from 'vitest';
import { clampSlide, hashOf, slideCount, slideFromHash } from '../../src/lib/model/present';
import { presentation } from '../../src/lib/server/present';
import { publishedStories } from '../../src/lib/stories';
import { findStory } from '../../src/lib/stories';
const dd = findStory('digital-deficit')!;

const ids = ['hook', 'decade', 'engines'];

describe('present mode: slides and URLs', () => {
  it('has one slide per step plus the closing slide', () => {
    expect(slideCount(ids.length)).toBe(4);
  });

  it('reads #slide-N (1-based, clamped) and #step-<id> deep links', () => {
    expect(slideFromHash('#slide-1', ids)).toBe(0);
    expect(slideFromHash('#slide-3', ids)).toBe(2);
    expect(slideFromHash('#slide-4', ids)).toBe(3);
    expect(slideFromHash('#slide-99', ids)).toBe(3);
    expect(slideFromHash('#slide-0', ids)).toBe(0);
    expect(slideFromHash('#step-engines', ids)).toBe(2);
    expect(slideFromHash('#step-nope', ids)).toBe(0);
    expect(slideFromHash('', ids)).toBe(0);
    expect(hashOf(2)).toBe('#slide-3');
    expect(clampSlide(-1, 4)).toBe(0);
    expect(clampSlide(7, 4)).toBe(3);
  });
});

describe('present mode: server data', () => {
  it('resolves key numbers with figure IDs, questions and a QR code for every published story', async () => {
    for (const spec of publishedStories()) {
      for (const locale of ['ja', 'en'] as const) {
        const p = await presentation(spec, locale, '', 'https://example.org');
        expect(p.keyNumbers).toHaveLength(spec.steps.length);
        expect(p.storyUrl).toBe(`https://example.org${locale === 'en' ? '/en' : ''}/stories/${spec.slug}/`);
        expect(p.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
        expect(p.questions).toHaveLength(spec.questions?.length ?? 0);
      }
    }
  });

  it('gives the digital deficit two questions and numbers from its steps’ values', async () => {
    const ja = await presentation(dd, 'ja', '', 'https://example.org');
    const en = await presentation(dd, 'en', '', 'https://example.org');
    expect(ja.questions).toHaveLength(2);
    expect(en.questions[0]).toMatch(/\?/);
    expect(ja.keyNumbers[0].map((k) => k.value)).toContain('約−6.7兆円');
    const decade = en.keyNumbers[1];
    expect(decade.length).toBe(3);
    expect(decade[0].figure).toBe('Figure I-1-3-9');
  });

  it('writes key numbers exactly as the copy does: no 約90.0%, no 175.0 billion (E7)', async () => {
    for (const spec of publishedStories()) {
      for (const locale of ['ja', 'en'] as const) {
        const p = await presentation(spec, locale, '', '');
        const values = p.keyNumbers.flat().map((k) => k.value);
        for (const v of values) {
          expect(v).not.toMatch(/(約|about )\D?\d+\.0\b/);
          expect(v).not.toMatch(/\d\.0 billion|(?<![兆\d,])\d{2,},\d{3}億円/);
        }
      }
    }
    const noto = await presentation(findStory('noto')!, 'ja', '', '');
    expect(noto.keyNumbers.flat().map((k) => k.value)).toEqual(expect.arrayContaining(['約9割', '約半数', '5%程度']));
  });

  it('passes each step’s teacher notes in the reader’s language, null where a step has none', async () => {
    const steps = dd.steps.map((st, i) => (i === 1 ? { ...st, teacher: { ja: '2014年と比べる。', en: 'Compare with 2014.' } } : st));
    const p = await presentation({ ...dd, steps }, 'en', '', '');
    expect(p.teacherNotes).toHaveLength(dd.steps.length);
    expect(p.teacherNotes[1]).toBe('Compare with 2014.');
    expect(p.teacherNotes[0]).toBeNull();
  });

  it('fails the build for a question with a placeholder it cannot fill', async () => {
    const questions = [{ ja: '{nope}はいくつ？', en: 'How many {nope}?' }];
    await expect(presentation({ ...dd, questions }, 'en', '', '')).rejects.toThrow(/data\/digital-deficit\/story\.yaml questions\[0\] \(en\): no value for \{nope\}/);
  });
});
