// The AI race spec resolves in both languages, and its honesty rules hold in the resolved output:
// dated models only carry the dates data/ prints, the log axis spans the data, uncertain rows are
// named in the note, forecasts are marked, and every number in the copy comes from data/.
import { describe, expect, it } from 'vitest';
import { resolveStory, printedDate, logDomain } from '../../src/lib/server/resolve';
import { printedSpan } from '../../src/lib/server/timeline';
import { allDatasets, quoteFile } from '../../src/lib/server/data';
import { parseDataset } from '../../src/lib/data/validate';
import { findStory } from '../../src/lib/stories';
import type { DataStateOptions } from '../../src/lib/model/chart-state';
import { scaleBand } from 'd3';
import { tickLabel, ticksCarryUnit, yearGaps } from '../../src/lib/charts/geometry';
import { figureOf } from '../../src/lib/server/paragraph-sources';
import { guideContent } from '../../src/lib/server/guide';
const story = findStory('ai-race')!;

const ja = resolveStory(story, 'ja');
const en = resolveStory(story, 'en');
const step = (r: typeof ja, id: string) => r.steps.find((s) => s.id === id)!;

describe('ai-race spec', () => {
  it('is published with at most 9 steps that resolve in both languages, the verdict on a card of its own', () => {
    expect(story.status).toBe('published');
    expect(story.steps.length).toBeGreaterThanOrEqual(6);
    expect(story.steps.length).toBeLessThanOrEqual(9);
    expect(story.steps.at(-1)!.chart.kind).toBe('text');
    for (const r of [ja, en]) {
      expect(r.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
      for (const s of r.steps) {
        expect(s.html.join(' '), s.id).not.toMatch(/\{\w+\}/);
        expect(s.chart.sourceLine, s.id).toMatch(r.locale === 'ja' ? /^出典：総務省「令和7年版 情報通信白書」(図表|本文)/ : /^Source: MIC, 2025 White Paper/);
        if (s.chart.kind !== 'text') expect(s.chart.rows.length, s.id).toBeGreaterThan(0);
      }
    }
  });

  it('uses only grade A–C datasets', () => {
    for (const s of story.steps.filter((x) => (x.chart as DataStateOptions).dataset)) {
      const d = allDatasets().get(`ai-race/${(s.chart as DataStateOptions).dataset}`)!;
      expect(['A', 'B', 'C'], s.id).toContain(d.meta.grade);
    }
  });

  it('puts the values from data/ into the copy, formatted per locale', () => {
    expect(step(ja, 'public').html[0]).toContain('9.1%');
    expect(step(ja, 'public').html[0]).toContain('26.7%');
    expect(step(en, 'funding').html[0]).toContain('1,073');
    expect(step(en, 'market').html[0]).toContain('$184 billion');
    expect(step(en, 'market').html[0]).toContain('$826.7 billion');
    expect(step(ja, 'market').html[0]).toContain('8,267億ドル');
    // Japan's IDC figures as the paper writes them (L.6927-6928): 1兆3,412億円 = ¥1.34 trillion.
    expect(step(ja, 'outlook').html[0].replace(/<wbr>/g, '')).toMatch(/1兆3,412億円.*56\.5%.*4兆1,873億円/);
    expect(step(en, 'outlook').html[0]).toContain('¥1.34 trillion');
    expect(step(en, 'outlook').html[0]).toContain('¥4.19 trillion');
    expect(step(en, 'scale').html[0]).toContain('175 billion parameters');
  });

  it('dates only the models data/ dates, in the reader’s language, and keeps the others undated', () => {
    const c = step(en, 'scale').chart;
    expect(c.kind).toBe('timeline');
    expect(c.scale).toBe('log');
    // Dated models, in date order, then the seven the paper gives no date, in data order.
    expect(c.xs.map((x) => x.key)).toEqual([
      'gpt2', 'gpt3', 'palm', 'cyberagentlm3', 'plamo100b_instruct', 'phi4', 'llmjp3_172b', 'deepseek_r1',
      'megatron_lm', 'turing_nlg', 'switch_transformer', 'wudao2', 'plamo2', 'karakuri_lm', 'mistral_large2'
    ]);
    const dates = allDatasets().get('ai-race/model-parameters')!.meta.dates as Record<string, string>;
    expect(Object.keys(c.times!).sort()).toEqual(Object.keys(dates).sort());
    for (const [k, printed] of Object.entries(dates)) expect(c.times![k], k).toEqual(printedSpan(printed));
    expect(c.times!.gpt2).toEqual([2019, 2020]);
    expect(c.times!.phi4[0]).toBeCloseTo(2024 + 11 / 12, 6);
    expect(c.times!.phi4[1]).toBe(2025);
    expect(c.times!.wudao2).toBeUndefined();
    expect(c.strip).toBe('No date');
    expect(step(ja, 'scale').chart.strip).toBe('日付なし');
    expect(c.named?.find((n) => n.key === 'phi4')?.label).toBe('Phi-4');
    expect(() => printedSpan('2024年13月')).toThrow(/unreadable date/);
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
    (broken.steps[0].chart as DataStateOptions).scale = 'log';
    (broken.steps[0].chart as DataStateOptions).domain = [0, 100];
    expect(() => resolveStory(broken, 'ja')).toThrow(/step "public"\.chart\.domain: a log scale cannot start at 0/);
  });

  it('names the rows the paper leaves uncertain in the chart note', () => {
    // Only Japan's policy row is confirmed by the text (23.7 + 26.0 = 49.7, L.1658-1660).
    expect(step(ja, 'policy').chart.note).toContain('米国・ドイツ・中国');
    expect(step(en, 'policy').chart.note).toContain('United States, Germany, China');
    expect(step(en, 'business-use').chart.note).toContain('United States, Germany, China');
    const flagged = new Set(step(en, 'policy').chart.rows.filter((r) => r.uncertain).map((r) => r.x));
    expect([...flagged].sort()).toEqual(['cn', 'de', 'us']);
  });

  it('marks the forecast year in rows, description and the 100 % stacks add up to the whole', () => {
    // Statista: the paper gives both years as a forecast (L.6926 「…拡大すると予測されている」).
    const c = step(en, 'market').chart;
    expect(c.rows.map((r) => [r.x, !!r.forecast])).toEqual([['2024', true], ['2030', true]]);
    expect(step(en, 'market').alt).toContain('$826.7bn (forecast)'.replace('bn', ' billion'));
    expect(step(ja, 'market').alt).toContain('8,267億ドル（予測）');
    // Japan (IDC, spending) has its own chart, naming IDC, never Statista's series on its axis.
    const jp = step(ja, 'outlook').chart;
    expect(jp.rows.map((r) => [r.x, r.series, r.value, !!r.forecast])).toEqual([['2024', 'spending', 13412, false], ['2029', 'spending', 41873, true]]);
    expect(step(ja, 'outlook').alt).toContain('4兆1,873億円（予測）');
    expect(jp.sourceLine).toContain('IDC');
    expect(jp.sourceLine).not.toContain('Statista');
    expect(jp.note).toContain('IDC');
    for (const id of ['policy']) {
      const s = step(ja, id).chart;
      expect(s.stacked).toBe(true);
      expect(s.series).toHaveLength(5);
      for (const x of s.xs) {
        const sum = s.rows.filter((r) => r.x === x.key).reduce((a, r) => a + r.value, 0);
        expect(sum, `${id} ${x.key}`).toBeCloseTo(100, 0);
      }
    }
  });

  it('rescales the funding axis once the US is left out, Japan highlighted, and says so', () => {
    const zoom = step(ja, 'funding').chart;
    expect(step(ja, 'funding').html[0]).toContain('1,073社');
    expect(step(ja, 'funding').html[0]).toContain('9位');
    expect(zoom.note).toContain('1,073社');
    expect(zoom.xs.map((x) => x.key)).not.toContain('us');
    expect(zoom.xs).toHaveLength(14);
    expect(zoom.domain[1]).toBe(116);
    expect(zoom.highlight?.x).toEqual(['jp']);
  });

  it('quotes the white paper’s conclusion word for word and cites its lines', () => {
    const c = quoteFile('ai-race', 'conclusion') as { quote: string; lines: [number, number] };
    const quoted = /「([^」]+)」/.exec(step(ja, 'verdict').html[0].replace(/<wbr>/g, ''))![1];
    expect(c.quote).toContain(quoted);
    expect(step(ja, 'verdict').chart.sources.some((s) => s.lines[0] <= c.lines[0] && s.lines[1] >= c.lines[1])).toBe(true);
  });

  it('stores Japan’s AI-systems market as the text prints it, a number split over two lines read as one', () => {
    const d = allDatasets().get('ai-race/japan-ai-systems-market')!;
    expect(d.meta.figure).toBe('図表Ⅱ-1-9-2');
    expect(d.meta.unit).toBe('hundred_million_yen');
    expect(d.meta.sourceNote.ja).toContain('IDC');
    expect(d.meta.forecast).toEqual(['2029|spending']);
    expect(d.rows.map((r) => [r.x, r.value, r.line])).toEqual([['2024', 13412, 6927], ['2029', 41873, 6928]]);
    // 1兆 ends line 6927, 3,412億円 starts line 6928; 4兆1,873億円 sits on 6928.
    expect(d.meta.quotes['6927']).toMatch(/2024年に1兆$/);
    expect(d.meta.quotes['6928']).toMatch(/^3,412億円（前年比56\.5％増）.*2029年には4兆1,873億円/);
    const growth = allDatasets().get('ai-race/japan-ai-systems-growth')!;
    expect(growth.rows.map((r) => r.value)).toEqual([56.5]);
    // The validator reads the split number only with the next line's quote, and only the printed value.
    const csv = (v: number) => `x,series,value,line\n2024,spending,${v},6927\n`;
    const json = (q: Record<string, string>) => JSON.stringify({ ...d.meta, forecast: [], quotes: q });
    expect(() => parseDataset('t', 'm', csv(13412), json(d.meta.quotes))).not.toThrow();
    expect(() => parseDataset('t', 'm', csv(13413), json(d.meta.quotes))).toThrow(/13413 does not appear in the quoted source line 6927/);
    expect(() => parseDataset('t', 'm', csv(13412), json({ '6927': d.meta.quotes['6927'] }))).toThrow(/does not appear/);
  });
  // Two forecast years drawn as neighbouring columns read as consecutive years (review M13): the
  // axis marks the skip between them, and only where years are missing.
  it('marks the years the market charts skip, between the two columns, and nowhere else', () => {
    for (const id of ['market', 'outlook']) {
      const c = step(ja, id).chart;
      const keys = c.xs.map((d) => d.key);
      const x = scaleBand<string>().domain(keys).range([40, 376]).paddingInner(0.28).paddingOuter(0.12);
      const gaps = yearGaps(c, x);
      expect(gaps.map((g) => g.key), id).toEqual([`${keys[0]}-${keys[1]}`]);
      expect(gaps[0].x).toBeGreaterThan(x(keys[0])! + x.bandwidth());
      expect(gaps[0].x).toBeLessThan(x(keys[1])!);
      expect(yearGaps({ ...c, xs: [{ key: '2023', label: '2023' }, { key: '2024', label: '2024' }] }, x)).toEqual([]);
    }
    expect(yearGaps(step(ja, 'funding').chart, scaleBand<string>())).toEqual([]);
    // nor does the text description give a range of years (「2024〜2030年」) the chart does not draw
    for (const r of [ja, en]) for (const id of ['market', 'outlook']) expect(step(r, id).chart.description, id).not.toMatch(/20\d\d\s*[〜–-]\s*20\d\d/);
    expect(step(ja, 'outlook').chart.description).toContain('2024年の1兆3,412億円から2029年の4兆1,873億円');
  });

  // Labels read 1兆3,412億円 as the paper writes it (L.6927-6928); the ticks use the same notation.
  it('writes the Japanese 兆円 ticks of the IDC chart the way its value labels are written', () => {
    const o = step(ja, 'outlook').chart;
    expect(ticksCarryUnit(o)).toBe(true);
    expect([0, 10000, 40000].map((v) => tickLabel(o, v))).toEqual(['0', '1兆円', '4兆円']);
    const e = step(en, 'outlook').chart;
    expect(ticksCarryUnit(e)).toBe(false);
    expect(e.unitLabel).toBe('¥ trillion');
    expect(tickLabel(e, 10000)).toBe('1');
    expect(ticksCarryUnit(step(ja, 'market').chart)).toBe(false);
  });

  // ＊1 (L.6953) defines the IDC figure's 「AIシステム」 but is printed after the next figure's text
  // (L.6942-6951, 図表Ⅱ-1-9-3): the dataset that quotes it gets the credit. Main text a dataset
  // quotes outside its figure (L.1244, the non-use question) stays 本文.
  it('credits a footnote to the figure whose dataset quotes it, and main text to 本文', () => {
    const market = story.steps.find((s) => s.id === 'market')!;
    expect(market.sources?.some((s) => s.lines[0] <= 6953 && s.lines[1] >= 6953 && s.figure === '図表Ⅱ-1-9-3')).toBe(true);
    expect(figureOf([6953, 6953], story)).toBe('図表Ⅱ-1-9-2');
    expect(figureOf([6953, 6953], story, market)).toBe('図表Ⅱ-1-9-2');
    expect(figureOf([1244, 1246], story)).toBe('本文');
    const vocab = (locale: 'ja' | 'en') => guideContent(story, locale)!.vocabulary.find((v) => /AI(システム| systems)/.test(v.term))!.sources;
    expect(vocab('ja')).toEqual(['図表Ⅱ-1-9-2']);
    expect(vocab('en')).toEqual(['Figure II-1-9-2']);
  });
});
