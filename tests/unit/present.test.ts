import { describe, expect, it } from 'vitest';
import { clampSlide, groupSources, hashOf, pageSources, slideCount, slideFromHash, slideKind } from '../../src/lib/model/present';
import { presentation } from '../../src/lib/server/present';
import { getDataset } from '../../src/lib/server/data';
import { publishedStories } from '../../src/lib/stories';
import { findStory } from '../../src/lib/stories';
import { kindOf } from '../../src/lib/charts/kinds';
import { SLIDE_MAX_HEIGHT, SLIDE_SIZE, slideSize } from '../../src/lib/charts/sizes';
const dd = findStory('digital-deficit')!;

const ids = ['hook', 'decade', 'engines'];

describe('present mode: slides and URLs', () => {
  it('has a title slide, the chart slides, the source pages and a closing slide', () => {
    expect(slideCount(ids.length, 2)).toBe(7);
    expect([0, 1, 3, 4, 5, 6].map((i) => slideKind(i, ids.length, 2))).toEqual([
      { kind: 'title' },
      { kind: 'chart', chart: 0 },
      { kind: 'chart', chart: 2 },
      { kind: 'sources', page: 0 },
      { kind: 'sources', page: 1 },
      { kind: 'closing' }
    ]);
  });

  it('reads #slide-N (1-based, clamped) and #step-<id> deep links', () => {
    const total = slideCount(ids.length);
    expect(slideFromHash('#slide-1', ids, total)).toBe(0);
    expect(slideFromHash('#slide-3', ids, total)).toBe(2);
    expect(slideFromHash('#slide-5', ids, total)).toBe(4);
    expect(slideFromHash('#slide-99', ids, total)).toBe(5);
    expect(slideFromHash('#slide-0', ids, total)).toBe(0);
    expect(slideFromHash('#step-engines', ids, total)).toBe(3);
    expect(slideFromHash('#step-nope', ids, total)).toBe(0);
    // A step shown on two slides (its chart split): the deep link opens the first.
    expect(slideFromHash('#step-decade', ['hook', 'decade', 'decade', 'engines'], slideCount(4))).toBe(2);
    expect(slideFromHash('', ids, total)).toBe(0);
    expect(hashOf(2)).toBe('#slide-3');
    expect(clampSlide(-1, 4)).toBe(0);
    expect(clampSlide(7, 4)).toBe(3);
  });
});

describe('present mode: sources', () => {
  it('lists each source note once with every figure drawn from it, in first-use order', () => {
    const g = groupSources([
      { figure: 'F1', note: 'survey' },
      { figure: 'F2', note: 'other' },
      { figure: 'F3', note: 'survey' },
      { figure: 'F1', note: 'survey' }
    ]);
    expect(g).toEqual([
      { figures: ['F1', 'F3'], note: 'survey' },
      { figures: ['F2'], note: 'other' }
    ]);
  });

  it('splits sources into pages of at most so many lines, never leaving a page empty', () => {
    const e = (len: number) => ({ figures: ['F'], note: 'x'.repeat(len) });
    // 37 + 1 + 2 characters: 2 lines of 20 each
    expect(pageSources([e(37), e(37), e(37)], 20, 5).map((p) => p.length)).toEqual([2, 1]);
    expect(pageSources([e(500), e(10)], 20, 5).map((p) => p.length)).toEqual([1, 1]);
    expect(pageSources([], 20, 5)).toEqual([[]]);
  });
});

describe('present mode: charts split over two slides', () => {
  it('shows every step in order, a chart too tall for one slide in parts with all its rows, one scale and part titles', async () => {
    let split = 0;
    for (const spec of publishedStories())
      for (const locale of ['ja', 'en'] as const) {
        const p = await presentation(spec, locale, '', '');
        expect([...new Set(p.chartSlides.map((c) => c.step))]).toEqual(p.story.steps.map((_, i) => i));
        for (const [i, step] of p.story.steps.entries()) {
          const parts = p.chartSlides.filter((c) => c.step === i);
          const chart = step.chart;
          // Split when the chart is too tall in either language (both decks have the same slides).
          const both = await Promise.all((['ja', 'en'] as const).map(async (l) => (await presentation(spec, l, '', '')).story.steps[i].chart));
          const tall = both.some((c) => (kindOf(c).slideMinHeight?.(c, SLIDE_SIZE) ?? 0) > SLIDE_MAX_HEIGHT);
          expect(parts.length, `${chart.id}: ${tall ? 'two slides' : 'one slide'}`).toBe(tall ? 2 : 1);
          expect(parts.map((c) => c.part)).toEqual(parts.map((_, j) => j + 1));
          if (!tall) {
            expect(parts[0].chart).toBe(chart);
            continue;
          }
          split++;
          // Rows in the source's order, first half then second, nothing dropped or merged.
          expect(parts.flatMap((c) => c.chart.xs)).toEqual(chart.xs);
          expect(parts.flatMap((c) => c.chart.rows)).toEqual(chart.xs.flatMap((x) => chart.rows.filter((r) => r.x === x.key)));
          expect(parts[0].chart.xs.length - parts[1].chart.xs.length).toBeGreaterThanOrEqual(0);
          expect(parts[0].chart.xs.length - parts[1].chart.xs.length).toBeLessThanOrEqual(1);
          for (const c of parts) {
            expect(c.chart.domain, 'the same value scale on both').toEqual(chart.domain);
            expect(c.chart.sourceLine).toBe(chart.sourceLine);
            expect(c.chart.title).toBe(`${chart.title}${locale === 'ja' ? '（' : ' ('}${c.part}/2${locale === 'ja' ? '）' : ')'}`);
            expect(slideSize(c.chart).height, `${c.chart.id} fits one slide`).toBeLessThanOrEqual(SLIDE_MAX_HEIGHT);
          }
        }
      }
    expect(split, 'some published chart is split (else this test checks nothing)').toBeGreaterThan(0);
  });

  it('gives both languages the same slides (the language switch keeps #slide-N)', async () => {
    for (const spec of publishedStories()) {
      const [ja, en] = await Promise.all((['ja', 'en'] as const).map((l) => presentation(spec, l, '', '')));
      expect(en.chartSlides.map((c) => [c.step, c.part, c.chart.id])).toEqual(ja.chartSlides.map((c) => [c.step, c.part, c.chart.id]));
    }
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

  it('labels a one-year key number with the figure title and that year, never the figure\'s span as well', async () => {
    for (const spec of publishedStories()) {
      for (const locale of ['ja', 'en'] as const) {
        const labels = (await presentation(spec, locale, '', '')).keyNumbers.flat().map((k) => k.label);
        for (const l of labels) expect(l).not.toMatch(/\d{4}[–-]\d{4}, \d{4}$|の推移（\d{4}年）$/);
      }
    }
  });

  it("names a one-year key number of a one-series dataset by the dataset's short name and the year", async () => {
    let checked = 0;
    for (const spec of publishedStories()) {
      for (const locale of ['ja', 'en'] as const) {
        const p = await presentation(spec, locale, '', '');
        spec.steps.forEach((step, i) =>
          Object.values(step.values ?? {}).forEach((ref, j) => {
            const d = getDataset(spec.slug, ref.dataset, spec.slug);
            if (d.meta.x.kind !== 'year' || Object.keys(d.meta.series).length > 1) return;
            const label = p.keyNumbers[i][j].label;
            expect(label.startsWith(d.meta.short![locale]), label).toBe(true);
            expect(label.slice(d.meta.short![locale].length)).toMatch(new RegExp(`^(（${ref.x}年）|, ${ref.x})$`));
            checked++;
          })
        );
      }
    }
    expect(checked).toBeGreaterThan(0);
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
    const steps = dd.steps.map((st, i) => (i === 1 ? { ...st, teacher: { ja: '2014年と比べる。', en: 'Compare with 2014.' } } : { ...st, teacher: i === 0 ? undefined : st.teacher }));
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
