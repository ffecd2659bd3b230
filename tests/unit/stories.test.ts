import { describe, expect, it } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { stories, publishedStories, findStory } from '../../src/lib/stories';
import { resolveStory } from '../../src/lib/server/resolve';
import { allDatasets } from '../../src/lib/server/data';
import type { StorySpec } from '../../src/lib/stories/types';
import type { DataStateOptions } from '../../src/lib/model/chart-state';
const dd = findStory('digital-deficit')!;

describe('story specs', () => {
  it('lists every folder of data/ that holds a story.yaml, in document order', () => {
    const folders = readdirSync('data').filter((d) => existsSync(`data/${d}/story.yaml`));
    expect(stories.map((s) => s.slug).sort()).toEqual(folders.sort());
    const orders = stories.map((s) => s.order ?? 99);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const slugs = stories.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]+$/);
    expect(publishedStories().length).toBeGreaterThan(0);
    for (const s of publishedStories()) expect(stories).toContain(s);
  });

  it('every published step resolves in both languages: datasets, series, messages, values', () => {
    for (const spec of publishedStories()) {
      for (const locale of ['ja', 'en'] as const) {
        const r = resolveStory(spec, locale);
        expect(r.steps).toHaveLength(spec.steps.length);
        for (const step of r.steps) {
          expect(step.html.length).toBeGreaterThan(0);
          expect(step.alt.length).toBeGreaterThan(10);
          if (step.chart.kind !== 'text') {
            expect(step.chart.rows.length, step.id).toBeGreaterThan(0);
            expect(step.chart.sourceLine, step.id).toMatch(locale === 'ja' ? /^出典：総務省「令和7年版 情報通信白書」(図表|付注|第Ⅱ部第1章第11節 図表)/ : /^Source: MIC, 2025 White Paper/);
          }
        }
      }
    }
  });

  it('step ids are unique and stable (used in #step- links)', () => {
    for (const spec of stories) {
      const ids = spec.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('puts numbers from data/ into the copy, formatted per locale', () => {
    const ja = resolveStory(dd, 'ja');
    const en = resolveStory(dd, 'en');
    expect(ja.steps[0].html[0]).toContain('約6.7兆円');
    expect(en.steps[0].html[0]).toContain('about ¥6.7 trillion');
    expect(ja.steps[0].html[0]).toContain('<wbr>'); // BudouX phrase breaks
    expect(en.steps[0].html[0]).not.toContain('<wbr>');
  });

  const broken = (patch: (s: StorySpec) => void): StorySpec => {
    const s = structuredClone(dd) as StorySpec;
    patch(s);
    return s;
  };

  it('fails with file, step and field for an unknown dataset', () => {
    const s = broken((x) => ((x.steps[1].chart as DataStateOptions).dataset = 'nope'));
    expect(() => resolveStory(s, 'ja')).toThrow(/data\/digital-deficit\/story\.yaml step "decade"\.chart\.dataset: unknown dataset "nope"/);
  });

  it('never renders "undefined" or an unfilled placeholder', () => {
    const s = broken((x) => (x.steps[2].text[0] = { ...x.steps[2].text[0], en: 'It grew {nope} times.' }));
    expect(() => resolveStory(s, 'en')).toThrow(/step "engines"\.text\[0\] \(en\): no value for \{nope\}/);
    const u = broken((x) => (x.steps[2].alt = { ja: 'undefined の棒', en: 'undefined bars' }));
    expect(() => resolveStory(u, 'en')).toThrow(/step "engines"\.alt \(en\): rendered text holds "undefined"/);
  });

  it('gives every paragraph its white-paper sources, parallel to its HTML', () => {
    for (const spec of publishedStories())
      for (const locale of ['ja', 'en'] as const)
        for (const step of resolveStory(spec, locale).steps) {
          expect(step.paragraphSources.length, step.id).toBe(step.html.length);
          for (const list of step.paragraphSources) {
            expect(list.length, step.id).toBeGreaterThan(0);
            for (const src of list) {
              expect(src.quote.trim(), `${spec.slug} ${step.id}`).not.toBe('');
              expect(src.label).toMatch(locale === 'ja' ? /行）$/ : /\(lines? [\d–, ]+\)$/);
            }
          }
        }
    const hook = resolveStory(dd, 'en').steps[0].paragraphSources[0];
    expect(hook.map((s) => s.label)).toEqual([
      'main text (Part I, Chapter 1, Section 3), note 14 (lines 2508–2518)',
      'main text (Part I, Chapter 1, Section 3), note 18 (lines 2605–2608)',
      'Figure II-1-1-8 (lines 4027–4028)'
    ]);
    expect(hook[0].quote).toContain('約6.7兆円の赤字');
  });

  it('fails for a value reference to a missing row', () => {
    const s = broken((x) => (x.steps[0].values!.total2024.x = 'nope'));
    expect(() => resolveStory(s, 'ja')).toThrow(/step "hook"\.values\.total2024: data\/digital-deficit\/deficit-2024\.csv has no row x "nope"/);
  });

  it('fails for an unknown series and for a domain that cuts data off', () => {
    expect(() => resolveStory(broken((x) => ((x.steps[1].chart as DataStateOptions).series = ['nope'])), 'ja')).toThrow(/series "nope" is not in data\/digital-deficit\/services-balance\.json/);
    expect(() => resolveStory(broken((x) => ((x.steps[1].chart as DataStateOptions).domain = [-3, 0])), 'ja')).toThrow(/chart\.domain: \[-3,0\] cuts off data/);
  });

  it('fails when an overlay mixes units on one axis', () => {
    const s = broken((x) => ((x.steps[2].chart as DataStateOptions).overlay = { dataset: 'growth-multiples', series: 'value' }));
    expect(() => resolveStory(s, 'ja')).toThrow(/chart\.overlay: unit mismatch/);
  });
});

describe('data/', () => {
  it('every dataset validates, and key values match the white paper', () => {
    const all = allDatasets();
    const v = (k: string, x: string, s: string) => all.get(k)!.rows.find((r) => r.x === x && r.series === s)?.value;
    expect(v('digital-deficit/services-balance', '2024', 'total')).toBe(-6.7);
    expect(v('digital-deficit/services-balance', '2014', 'total')).toBe(-2.0);
    expect(v('digital-deficit/services-balance', '2024', 'consulting')).toBe(-2.5);
    expect(v('digital-deficit/ict-goods-items', '2024', 'mobile_phones')).toBe(-27185);
    expect(v('digital-deficit/ict-goods-total', '2024', 'total')).toBe(-3.4);
    expect(v('digital-deficit/smartphone-share', 'apple', 'share')).toBe(59);
    expect(all.get('digital-deficit/services-balance')!.rows).toHaveLength(44);
  });
});
