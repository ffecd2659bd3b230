// The AI race spec resolves in both languages, and its honesty rules hold in the resolved output:
// dated models only carry the dates data/ prints, the log axis spans the data, uncertain rows are
// named in the note, forecasts are marked, and every number in the copy comes from data/.
import { describe, expect, it } from 'vitest';
import { resolveStory, printedDate, logDomain } from '../../src/lib/server/resolve';
import { allDatasets, quoteFile } from '../../src/lib/server/data';
import { story } from '../../src/lib/stories/ai-race';

const ja = resolveStory(story, 'ja');
const en = resolveStory(story, 'en');
const step = (r: typeof ja, id: string) => r.steps.find((s) => s.id === id)!;

describe('ai-race spec', () => {
  it('is published with 8–10 steps that resolve in both languages', () => {
    expect(story.status).toBe('published');
    expect(story.steps.length).toBeGreaterThanOrEqual(8);
    expect(story.steps.length).toBeLessThanOrEqual(10);
    for (const r of [ja, en]) {
      expect(r.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
      for (const s of r.steps) {
        expect(s.html.join(' '), s.id).not.toMatch(/\{\w+\}/);
        expect(s.chart.sourceLine, s.id).toMatch(r.locale === 'ja' ? /^出典：総務省「令和7年版 情報通信白書」図表/ : /^Source: MIC, 2025 White Paper/);
        expect(s.chart.rows.length, s.id).toBeGreaterThan(0);
      }
    }
  });

  it('uses only grade A–C datasets', () => {
    for (const s of story.steps) {
      const d = allDatasets().get(`ai-race/${s.chart.dataset}`)!;
      expect(['A', 'B', 'C'], s.id).toContain(d.meta.grade);
    }
  });

  it('puts the values from data/ into the copy, formatted per locale', () => {
    expect(step(ja, 'public').html[0]).toContain('9.1%');
    expect(step(ja, 'public').html[0]).toContain('26.7%');
    expect(step(en, 'funding').html[0]).toContain('1,073');
    expect(step(en, 'outlook').html[0]).toContain('$184.0 billion');
    expect(step(en, 'outlook').html[0]).toContain('$826.7 billion');
    expect(step(ja, 'outlook').html[0]).toContain('8,267億ドル');
    expect(step(en, 'scale').html[0]).toContain('175 billion parameters');
  });

  it('dates only the models data/ dates, in the reader’s language, and keeps the others undated', () => {
    const c = step(en, 'scale').chart;
    expect(c.scale).toBe('log');
    expect(c.groups?.map((g) => g.x.length)).toEqual([8, 7]);
    expect(c.xs.find((x) => x.key === 'phi4')!.label).toBe('Phi-4 (Dec 2024)');
    expect(c.xs.find((x) => x.key === 'gpt2')!.label).toBe('GPT-2 (2019)');
    expect(c.xs.find((x) => x.key === 'wudao2')!.label).toBe('Wu Dao 2.0');
    expect(step(ja, 'scale').chart.xs.find((x) => x.key === 'deepseek_r1')!.label).toBe('DeepSeek-R1（2025年1月）');
    expect(c.domain).toEqual([1, 10000]);
    expect(printedDate('2024年8月', 'en')).toBe('Aug 2024');
    expect(() => printedDate('2024-08', 'en')).toThrow(/unreadable date/);
  });

  it('refuses a log scale over non-positive values', () => {
    expect(() => logDomain([{ x: 'a', series: 's', value: 0, line: 1 }], 'ctx')).toThrow(/log scale needs positive values/);
    const broken = structuredClone(story);
    broken.steps[1].chart.scale = 'log';
    broken.steps[1].chart.domain = [0, 100];
    expect(() => resolveStory(broken, 'ja')).toThrow(/step "public"\.chart\.domain: a log scale cannot start at 0/);
  });

  it('names the rows the paper leaves uncertain in the chart note', () => {
    expect(step(ja, 'policy').chart.note).toContain('米国・ドイツ');
    expect(step(en, 'policy').chart.note).toContain('United States, Germany');
    expect(step(en, 'policy').chart.note).not.toContain('China');
    expect(step(en, 'business-use').chart.note).toContain('United States, Germany, China');
    expect(step(en, 'policy').chart.rows.filter((r) => r.uncertain).map((r) => r.x)).toEqual(
      expect.arrayContaining(['us', 'de'])
    );
  });

  it('marks the forecast year in rows, description and the 100 % stacks add up to the whole', () => {
    const c = step(en, 'outlook').chart;
    expect(c.rows.map((r) => [r.x, !!r.forecast])).toEqual([['2024', false], ['2030', true]]);
    expect(step(en, 'outlook').alt).toContain('$826.7bn (forecast)'.replace('bn', ' billion'));
    expect(step(ja, 'outlook').alt).toContain('8,267億ドル（予測）');
    for (const id of ['policy', 'policy-size']) {
      const s = step(ja, id).chart;
      expect(s.stacked).toBe(true);
      expect(s.series).toHaveLength(5);
      for (const x of s.xs) {
        const sum = s.rows.filter((r) => r.x === x.key).reduce((a, r) => a + r.value, 0);
        expect(sum, `${id} ${x.key}`).toBeCloseTo(100, 0);
      }
    }
  });

  it('rescales the funding axis once the US is left out, Japan highlighted', () => {
    const all = step(ja, 'funding').chart;
    const zoom = step(ja, 'funding-zoom').chart;
    expect(all.domain[1]).toBe(1073);
    expect(zoom.xs.map((x) => x.key)).not.toContain('us');
    expect(zoom.xs).toHaveLength(14);
    expect(zoom.domain[1]).toBe(116);
    expect(zoom.highlight?.x).toEqual(['jp']);
  });

  it('quotes the white paper’s conclusion word for word and cites its lines', () => {
    const c = quoteFile('ai-race', 'conclusion') as { quote: string; lines: [number, number] };
    const quoted = /「([^」]+)」/.exec(step(ja, 'outlook').html[1].replace(/<wbr>/g, ''))![1];
    expect(c.quote).toContain(quoted);
    expect(step(ja, 'outlook').chart.sources.some((s) => s.lines[0] === c.lines[0] && s.lines[1] === c.lines[1])).toBe(true);
  });
});
