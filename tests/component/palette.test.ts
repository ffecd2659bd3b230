// One palette meaning (issue 16 §3): over every chart state of every story, in both languages, the
// drawn columns and bars of Japan (its category in a one-series chart, or a series named Japan) carry
// Japan's colour class and no other mark does; with several series the colour tells the series apart
// (Japan's row is then named by its label). Legends follow the same rule.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { JSDOM } from 'jsdom';
import Chart from '../../src/lib/charts/Chart.svelte';
import { publishedStories } from '../../src/lib/stories';
import { getResolvedStory } from '../../src/lib/server/resolved-stories';
import { isJapan } from '../../src/lib/charts/palette';
import { legendOf } from '../../src/lib/charts/legend';

describe('palette', () => {
  it('names Japan, not things Japanese', () => {
    expect(['日本', 'Japan', ' Japan '].map(isJapan)).toEqual([true, true, true]);
    expect(['Japan AI-systems market, spending', '日本企業', 'Germany', undefined].map(isJapan)).toEqual([false, false, false, false]);
  });

  it("draws Japan's columns and bars in Japan's colour in every chart state of every story, and only Japan's", () => {
    let japanMarks = 0;
    let marks = 0;
    for (const s of publishedStories())
      for (const locale of ['ja', 'en'] as const)
        for (const step of getResolvedStory(s.slug, locale).steps) {
          const chart = step.chart;
          const doc = new JSDOM(render(Chart, { props: { chart, size: { width: 390, height: 420, font: 11 } } }).body).window.document;
          const multi = chart.series.length > 1 || !!chart.overlay;
          for (const rect of doc.querySelectorAll('rect.mark')) {
            const [x, series] = rect.getAttribute('data-key')!.split('|');
            const japan = isJapan(chart.series.find((c) => c.key === series)?.label) || (!multi && isJapan(chart.xs.find((c) => c.key === x)?.label));
            marks++;
            if (japan) japanMarks++;
            expect(rect.classList.contains('japan'), `${s.slug} ${locale} ${step.id} ${x}|${series}`).toBe(japan);
          }
          for (const l of legendOf(chart)) if (l.cls !== 'overlay') expect(l.cls === 'japan', `${s.slug} ${step.id} legend ${l.key}`).toBe(isJapan(l.label));
        }
    // The stories do draw Japan (AI funding and business use, the ICT market share).
    expect(marks).toBeGreaterThan(0);
    expect(japanMarks).toBeGreaterThan(0);
  });
});
