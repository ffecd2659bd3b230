// The Noto story: its spec resolves in both languages, every value in data/noto/ is checked against
// the quoted white-paper line stored beside it (seed.test.ts checks those lines against the source),
// and the story keeps the data notes' honesty rules: no outage counts, direction-only Kumamoto
// comparison, approximate values printed and drawn as approximate, 9.2 % a share of all users.
import { describe, expect, it } from 'vitest';
import { resolveStory } from '../../src/lib/server/resolve';
import { allDatasets, quoteFile } from '../../src/lib/server/data';
import { numberTokens, valueInQuote } from '../../src/lib/data/validate';
import { findStory } from '../../src/lib/stories';
const story = findStory('noto')!;
import { textWidth } from '../../src/lib/charts/geometry';
import { CALLOUT_WIDTH } from '../../src/lib/server/map-chart';
import { presentation } from '../../src/lib/server/present';

const ja = resolveStory(story, 'ja');
const en = resolveStory(story, 'en');
const step = (r: typeof ja, id: string) => r.steps.find((s) => s.id === id)!;
const text = (r: typeof ja, id: string) => step(r, id).html.join(' ').replace(/<wbr>/g, '');
const noto = () => [...allDatasets().values()].filter((d) => d.story === 'noto');
const value = (id: string, x: string, s: string) => allDatasets().get(`noto/${id}`)!.rows.find((r) => r.x === x && r.series === s)?.value;

describe('noto spec', () => {
  it('is published with 8–9 steps that resolve in both languages, each with a source line', () => {
    expect(story.status).toBe('published');
    expect(story.steps.length).toBeGreaterThanOrEqual(8);
    expect(story.steps.length).toBeLessThanOrEqual(9);
    expect(story.questions?.length).toBeGreaterThan(0);
    for (const r of [ja, en]) {
      expect(r.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
      for (const s of r.steps) {
        expect(s.html.join(' '), s.id).not.toMatch(/\{\w+\}/);
        expect(s.chart.sourceLine, s.id).toMatch(r.locale === 'ja' ? /^出典：総務省「令和7年版 情報通信白書」/ : /^Source: MIC, 2025 White Paper/);
        if (s.chart.kind !== 'text') expect(s.chart.rows.length, s.id).toBeGreaterThan(0);
      }
    }
  });

  it('uses the new map kind and the direction-only text chart', () => {
    expect(story.steps.map((s) => s.chart.kind)).toEqual(['map', 'text', 'bars', 'bars', 'text', 'dumbbell', 'text', 'dumbbell', 'text']);
    expect(step(ja, 'kumamoto').chart.rows).toEqual([]);
    expect(step(ja, 'kumamoto').chart.directions?.length).toBe(7);
  });

  it('puts the values from data/ into the copy, formatted per locale', () => {
    expect(text(ja, 'new-year')).toContain('1,092人');
    // 57 is a count of interviews (L.9699 「（57件）」), not of organisations (E8).
    expect(text(ja, 'new-year')).toContain('57件のインタビュー');
    expect(text(en, 'new-year')).toContain('57 interviews');
    expect(text(ja, 'tv-elsewhere')).toContain('地域Bで399人のうち46.1%');
    // n=244 are region-A residents who gathered information at the time (L.9727, 9735), not all asked.
    expect(text(en, 'tv-region-a')).toContain('22.5% of the 244 people who sought information');
    // The prose pools B and C as 約45%: printed as approximately as the source gives it.
    expect(text(ja, 'tv-region-a')).toContain('約45%');
    expect(text(en, 'tv-region-a')).toContain('regions B and C (about 45%)');
    expect(text(ja, 'rumour')).toContain('SNSを使う773人のうち');
    expect(text(en, 'rumour')).toContain('42.7%');
    expect(text(ja, 'tv-elsewhere')).toContain('289人のうち同時配信の7人だけ');
    expect(text(ja, 'visitors')).toContain('受けたのは一時滞在者の32.6%（住民は5%程度）');
    expect(text(ja, 'visitors')).toContain('見かけた人が約9割（住民は約半数）');
    expect(text(en, 'visitors')).toContain('(residents about 5%)');
  });

  it('copies no number that data/ does not hold (dates and the seed’s own words aside)', () => {
    const allowed = new Set<number>();
    for (const d of noto()) for (const r of d.rows) allowed.add(r.value);
    for (const r of [ja, en]) {
      for (const s of r.steps) {
        const plain = s.html.join(' ').replace(/<wbr>/g, '').replace(/<[^>]+>/g, '');
        // Years, months, clock times and 約9割 (printed in the seed at line 9847) are not figures.
        const figures = plain
          .replace(/\d{4}年(\d{1,2}月)?(\d{1,2}日)?|(\d{1,2} )?(January|November|March) \d{4}|\d{4}/g, '')
          .replace(/午前1時半頃|午後4時頃|1:30 a\.m\.|4 p\.m\.|約9割|9 in 10/g, '');
        for (const tok of numberTokens(figures)) expect(allowed.has(Number(tok)), `${r.locale} ${s.id}: ${tok}`).toBe(true);
      }
    }
  });
});

describe('data/noto', () => {
  it('every row is on its quoted line as printed', () => {
    for (const d of noto()) {
      for (const r of d.rows) {
        const q = d.meta.quotes[String(r.line)];
        expect(q, `${d.id} ${r.x}|${r.series}`).toBeTruthy();
        expect(valueInQuote(r.value, q, { glued: d.meta.glued }), `${d.id} ${r.x}|${r.series} in "${q}"`).toBe(true);
      }
    }
  });

  it('holds the printed values of figures 2 and 4 and the appendix tables', () => {
    expect([value('tv-first', 'a', 'chart'), value('tv-first', 'b', 'chart'), value('tv-first', 'c', 'chart')]).toEqual([22.5, 46.1, 45.9]);
    expect([value('tv-bases', 'tv_a', 'n'), value('tv-bases', 'tv_b', 'n'), value('tv-bases', 'tv_c', 'n')]).toEqual([244, 399, 109]);
    expect([value('rumour', 'saw', 'disaster_area'), value('rumour', 'spread', 'disaster_area')]).toEqual([51.9, 9.2]);
    expect([value('rumour', 'saw', 'national'), value('rumour', 'spread', 'national')]).toEqual([42.7, 10.9]);
    expect([value('sns-bases', 'sns_disaster_area', 'n'), value('sns-bases', 'sns_national', 'n')]).toEqual([773, 1855]);
    expect(value('survey-design', 'questionnaire_total', 'count')).toBe(1092);
    expect(value('survey-cases', 'interviews', 'count')).toBe(57);
    expect(value('survey-cases', 'national_panel', 'count')).toBe(2060);
    // The appendix table is consistent: every row sums to its total, the columns to the total row.
    const resp = allDatasets().get('noto/respondents')!;
    const places = [...new Set(resp.rows.map((r) => r.x))];
    for (const p of places) {
      const parts = resp.rows.filter((r) => r.x === p && r.series !== 'total').reduce((a, r) => a + r.value, 0);
      expect(parts, p).toBe(value('respondents', p, 'total'));
    }
    const col = (s: string) => resp.rows.filter((r) => r.series === s).reduce((a, r) => a + r.value, 0);
    expect([col('monitor_resident'), col('monitor_visitor'), col('open_resident'), col('total')]).toEqual([
      value('survey-design', 'monitor_residents', 'count'), value('survey-design', 'monitor_visitors', 'count'),
      value('survey-design', 'open_residents', 'count'), 1092
    ]);
    const interviews = allDatasets().get('noto/interviews')!.rows.reduce((a, r) => a + r.value, 0);
    expect(interviews).toBe(57);
  });

  it('keeps the approximate values approximate: 約半数 = 50, 約9割 = 90, 5%程度 = 5, all flagged', () => {
    const saw = allDatasets().get('noto/saw-by-residence')!;
    expect(saw.meta.approx?.sort()).toEqual(['saw|residents', 'saw|visitors']);
    expect(saw.meta.quotes['9847']).toMatch(/約半数.*約9割/);
    expect(allDatasets().get('noto/visitors-compare')!.meta.approx).toEqual(['harmed|residents']);
    expect(value('visitors-compare', 'harmed', 'visitors')).toBe(32.6);
    // Only the literal readings of the words count as printed values.
    expect(valueInQuote(90, '一時滞在者は約9割')).toBe(true);
    expect(valueInQuote(50, '被災地居住者が約半数')).toBe(true);
    expect(valueInQuote(45, '一時滞在者は約9割')).toBe(false);
  });
});

describe('noto charts', () => {
  it('draws no outage counts and pins no outage on a region: words only (E2)', () => {
    for (const r of [ja, en]) {
      const c = step(r, 'outages').chart;
      expect(c.kind).toBe('text');
      expect(c.rows).toEqual([]);
      for (const l of c.statements) expect(l, l).not.toMatch(/\d/);
      expect(c.statements.join('')).toContain(r.locale === 'ja' ? '停波' : 'off air');
      expect(c.title).not.toMatch(/地域A|Region A/);
    }
    // The note says why no counts are drawn: the white paper prints none.
    expect(step(ja, 'outages').chart.note).toContain('数や復旧日数は白書にない');
    expect(step(en, 'outages').chart.note).toMatch(/^No outage counts/);
  });

  it('shows the Kumamoto comparison as directions in the white paper’s words, with no values', () => {
    const c = step(ja, 'kumamoto').chart;
    expect(c.directions!.map((d) => [d.item, d.word])).toEqual([
      ['携帯電話', '減少'], ['携帯メール', '減少'], ['AMラジオ', '減少'], ['地上波放送（テレビ）', '高い割合'],
      ['防災アプリ', '増加'], ['インターネット安否確認サービス', '増加'], ['X（旧Twitter）等のSNS', '増加']
    ]);
    expect(step(en, 'kumamoto').chart.directions![0]).toMatchObject({ item: 'Mobile phone', word: 'fell', direction: 'down' });
    expect(c.note).toContain('方向のみ');
  });

  it('brings the region-A bar in last, highlighted, after B and C', () => {
    expect(step(ja, 'tv-elsewhere').chart.xs.map((x) => x.key)).toEqual(['b', 'c']);
    expect(step(ja, 'tv-region-a').chart.xs.map((x) => x.key)).toEqual(['b', 'c', 'a']);
    expect(step(ja, 'tv-region-a').chart.highlight?.x).toEqual(['a']);
    expect(step(en, 'tv-region-a').chart.note).toMatch(/Not TV reach/);
  });

  it('says what the rumour percentages are shares of', () => {
    expect(step(ja, 'rumour').chart.note).toContain('SNSを使っている人全体');
    expect(step(en, 'rumour').chart.note).toContain('ALL social-media users');
    expect(step(en, 'rumour').alt).toContain('Disaster-area survey');
  });

  it('labels approximate values without invented decimals, in chart text and description', () => {
    const c = step(ja, 'visitors').chart;
    // Only one question on the axis (図表7): "saw" (図表5, another base) is in words in the copy (M19).
    expect(c.rows.filter((r) => r.approx).map((r) => `${r.x}|${r.series}`)).toEqual(['harmed|residents']);
    // The paper's words (L.9847, 9862), never 約50% / 約90% / 約90.0%.
    expect(step(ja, 'visitors').alt).toContain('5%程度');
    expect(step(ja, 'visitors').html.join('')).toContain('約9割');
    expect(step(ja, 'visitors').html.join('')).not.toMatch(/約50%|約90%/);
    expect(step(ja, 'visitors').alt).not.toMatch(/約\d+\.\d/);
    expect(step(en, 'visitors').alt).toContain('about 5%');
  });

  it('quotes the white paper’s conclusion word for word and cites its lines', () => {
    const c = quoteFile('noto', 'conclusion') as { entries: { role: string; quote: string; lines: [number, number] }[] };
    const closing = c.entries.find((e) => e.role === 'closing')!;
    const quoted = /「([^」]+)」/.exec(text(ja, 'next-time'))![1];
    expect(closing.quote).toContain(quoted);
    expect(step(ja, 'next-time').chart.sources.some((s) => s.lines[0] <= closing.lines[0] && s.lines[1] >= closing.lines[1])).toBe(true);
  });

  it('builds the locator map at build time from Natural Earth, small, with sourced coordinates', () => {
    const places = quoteFile('noto', 'places') as { coordinateSource: { ja: string; en: string }; places: { key: string }[] };
    expect(places.coordinateSource.en).toMatch(/Approximate/);
    for (const r of [ja, en]) {
      const m = step(r, 'new-year').chart.map!;
      expect(m.land).toMatch(/^M[\d.,LMZ]+$/);
      expect(m.land.length).toBeLessThan(4000);
      expect(m.inset!.land.length).toBeLessThan(4000);
      expect(m.places).toHaveLength(17);
      // Marker area ∝ respondents: r² / value is the same for every sized place.
      const sized = m.places.filter((p) => p.sized);
      expect(sized).toHaveLength(11);
      const k = sized.map((p) => (p.r * p.r) / value('respondents', p.key, 'total')!);
      for (const v of k) expect(v / k[0]).toBeCloseTo(1, 1);
      expect(m.labels.map((l) => l.text)).toContain(r === ja ? '114人' : '114');
      for (const p of m.places) {
        expect(p.x).toBeGreaterThan(0);
        expect(p.x).toBeLessThan(m.width);
      }
    }
    // Every printed row of the appendix table has a marker; the pooled row is a group label.
    const keys = new Set(places.places.map((p) => p.key));
    for (const x of new Set(allDatasets().get('noto/respondents')!.rows.map((r) => r.x))) if (x !== 'ishikawa-other') expect(keys.has(x), x).toBe(true);

  });
});

describe('noto slides', () => {
  it('cites each key number to the one figure that prints it (399: Figure 2, not 2 and 4)', async () => {
    const figureOf = (p: Awaited<ReturnType<typeof presentation>>, value: string) => p.keyNumbers.flat().find((k) => k.value === value)?.figure;
    const ja = await presentation(story, 'ja', '', 'https://example.org');
    const en = await presentation(story, 'en', '', 'https://example.org');
    for (const k of [...ja.keyNumbers.flat(), ...en.keyNumbers.flat()]) expect(k.figure, `${k.label} ${k.value}`).not.toMatch(/・|Figure \d+, Figure/);
    expect(figureOf(ja, '399人')).toBe('第Ⅱ部第1章第11節 図表2');
    expect(figureOf(ja, '773人')).toBe('第Ⅱ部第1章第11節 図表4');
    expect(figureOf(ja, '約9割')).toBe('第Ⅱ部第1章第11節 図表5');
    expect(figureOf(ja, '32.6%')).toBe('第Ⅱ部第1章第11節 図表7');
    // 1,092 and 57 are also in the column's footnotes, but the key number names the appendix table's line.
    const where = (v: string) => ja.keyNumbers.flat().filter((k) => k.value === v).map((k) => `${k.figure} ${k.line}`);
    expect([...where('1,092人'), ...where('57件')]).toEqual(['付注2 15679', '付注2 15720']);
    expect(figureOf(en, en.keyNumbers[2].find((k) => /399/.test(k.value))!.value)).toBe('Part II, Chapter 1, Section 11, Figure 2');
  });
});
