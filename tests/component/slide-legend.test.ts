// Slides key every colour (issue 18 §3): the paragraph that says what a colour means is not on the
// slide. Over every chart state of every story, in both languages, each colour a slide's drawing
// uses (series, Japan, sign, the grey of what a highlight leaves out) has a legend entry, in the
// slide's language; only a lone series in one plain colour goes without one.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { JSDOM } from 'jsdom';
import Chart from '../../src/lib/charts/Chart.svelte';
import { publishedStories } from '../../src/lib/stories';
import { getResolvedStory } from '../../src/lib/server/resolved-stories';
import { colourKey, type KeyWords } from '../../src/lib/charts/legend';
import { slideSize } from '../../src/lib/charts/sizes';
import * as m from '../../src/lib/paraglide/messages.js';

const words = (locale: 'ja' | 'en'): KeyWords => {
  const o = { locale };
  return {
    japan: m.slide_key_japan({}, o),
    notJapan: m.slide_key_not_japan({}, o),
    focus: m.slide_key_focus({}, o),
    others: m.slide_key_others({}, o),
    positive: m.slide_key_positive({}, o),
    negative: m.slide_key_negative({}, o)
  };
};
const TONE = /^(s\d|japan|pos|neg)$/;

/** Colours of the drawn data marks (a muted mark shows grey whatever its tone). */
function coloursDrawn(html: string): Set<string> {
  const doc = new JSDOM(html).window.document;
  const out = new Set<string>();
  for (const el of doc.querySelectorAll('.mark, .line:not(.overlay), .dot:not(.overlay)')) {
    const cls = [...el.classList];
    out.add(cls.includes('muted') ? 'muted' : (cls.find((c) => TONE.test(c)) ?? 'none'));
  }
  out.delete('none');
  return out;
}

describe('slide legends', () => {
  it('key every colour a slide chart uses, in the slide language', () => {
    let keyed = 0;
    for (const s of publishedStories())
      for (const locale of ['ja', 'en'] as const) {
        const other = Object.values(words(locale === 'ja' ? 'en' : 'ja'));
        for (const step of getResolvedStory(s.slug, locale).steps) {
          const chart = step.chart;
          const used = coloursDrawn(render(Chart, { props: { chart, size: slideSize(chart) } }).body);
          const key = colourKey(chart, words(locale));
          const at = `${locale}/${s.slug}/${step.id}`;
          const plain = used.size === 1 && (used.has('pos') || used.has('s0'));
          if (!used.size || plain) continue;
          keyed++;
          expect(new Set(key.map((e) => e.cls)), `${at}: every colour keyed`).toEqual(new Set([...used, ...key.filter((e) => e.cls === 'overlay').map((e) => e.cls)]));
          for (const e of key) {
            expect(e.label.trim(), `${at}: ${e.cls} has words`).not.toBe('');
            expect(other, `${at}: "${e.label}" in the slide's language`).not.toContain(e.label);
          }
        }
      }
    // The stories use colour to mean something: Japan, highlights, signs, series.
    expect(keyed).toBeGreaterThan(10);
  });
});
