// The number-style scanner that tests/e2e/number-style.test.js runs over the built site: every rule
// catches a planted example of the style it forbids, lets the paper's own style through, and the
// formatter's output for every unit passes it (the formatter is where a fault is fixed).
import { describe, expect, it } from 'vitest';
import { RULES, styleFaults } from '../support/number-style.js';
import { axisUnit, formatValue } from '../../src/lib/format';
import { units } from '../../src/lib/data/units';

const ids = (text: string, lang: string, quote = false) => styleFaults(text, lang, { quote }).map((f) => f.id);

describe('number-style scanner', () => {
  const planted: [string, 'ja' | 'en', string][] = [
    ['approx-dot-zero', 'ja', '回答者の約90.0%が見た'],
    ['approx-dot-zero', 'en', 'about 90.0% saw it'],
    ['approx-dot-zero', 'en', 'about $184.0 billion'],
    ['ja-oku-over-cho', 'ja', '市場は13,412億円'],
    ['ja-oku-over-cho', 'ja', '−27,185億円の赤字'],
    ['ja-oku-over-cho', 'ja', '1,234,567億円'],
    ['ja-dollar-unit', 'ja', '521（10億ドル）'],
    ['ja-dollar-unit', 'ja', '値（100万ドル）'],
    ['ja-dollar-unit', 'ja', '単位：百万ドル'],
    ['ja-count-unit', 'ja', '1,073数'],
    ['ja-count-unit', 'ja', '値（数）'],
    ['ja-count-unit', 'ja', '（単位：数）'],
    ['en-yen-billions', 'en', '¥1,341.2bn'],
    ['en-yen-billions', 'en', '¥2,718 billion'],
    ['en-dot-zero', 'en', '$184.0bn'],
    ['en-dot-zero', 'en', 'a market of $826.0 billion'],
    ['en-dot-zero', 'en', '¥513.0bn'],
    ['en-dot-zero', 'en', '175.0 billion parameters'],
    ['en-dot-zero', 'en', 'GPT-3 (175.0B)'],
    ['en-zuhyo', 'en', 'Source: 図表Ⅰ-1-3-9'],
    ['en-zuhyo', 'en', '本文 (Part I)'],
    ['en-unmarked-japanese', 'en', 'Source: MIC 情報通信白書']
  ];

  it('catches a planted example of every rule, each rule at least once', () => {
    for (const [id, lang, text] of planted) expect(ids(text, lang), text).toContain(id);
    expect(new Set(planted.map(([id]) => id))).toEqual(new Set(RULES.map((r) => r.id)));
  });

  it('lets the white paper’s own style through', () => {
    const fine: [string, 'ja' | 'en'][] = [
      ['1兆3,412億円から4兆1,873億円へ', 'ja'],
      ['2兆7,185億円の赤字、−1,482億円', 'ja'],
      ['5,210億ドル規模のクラウド市場', 'ja'],
      ['約9割、約半数、5%程度、約3.3倍、約6.7兆円', 'ja'],
      ['1,092人、42社、57件、回答者数、数字で読む', 'ja'],
      ['−2.0兆円（2014年）、53.0%', 'ja'],
      ['about ¥6.7 trillion, ¥1.34 trillion, −¥2.0 trillion, 53.0%', 'en'],
      ['$184 billion, $826.7bn, ¥513.4bn, 175 billion parameters, 1.5B', 'en'],
      ['Figure I-1-3-9, main text (Part I, Chapter 1, Section 3), about 90%', 'en']
    ];
    for (const [text, lang] of fine) expect(ids(text, lang), text).toEqual([]);
    // Japanese rules apply to Japanese only, English rules to English only.
    expect(ids('13,412億円', 'en')).not.toContain('ja-oku-over-cho');
    expect(ids('図表Ⅰ-1-3-9', 'ja')).toEqual([]);
    expect(ids('図表Ⅰ-1-3-9', 'ja-JP')).toEqual([]);
  });

  it('reads a quoted white-paper passage only for its language mark', () => {
    expect(ids('被害額にして約1,149.0億円', 'ja', true)).toEqual([]);
    expect(ids('約1,149.0億円', 'ja')).toEqual(['approx-dot-zero']);
    expect(ids('図表Ⅰ-1-3-9', 'en', true)).toEqual(['en-unmarked-japanese']);
  });

  it('passes everything the formatter writes, for every unit, both languages, prose and labels', () => {
    const values = [0.5, 1.5, 2, 6.7, 42, 90, 175, 521, 1840, 5134, 10014, 13412, 27185, 41873, 123456];
    for (const unit of units)
      for (const locale of ['ja', 'en'] as const) {
        for (const short of [false, true])
          for (const v of values)
            for (const o of [{}, { approx: true }, { decimals: 1 }, { approx: true, decimals: 1 }, { axisMax: 41873 }]) {
              const text = formatValue(-v, unit, locale, { short, ...o });
              expect(ids(text, locale), `${unit} ${locale} ${JSON.stringify(o)} ${short}`).toEqual([]);
            }
        expect(ids(axisUnit(unit, locale, 41873).label, locale), unit).toEqual([]);
      }
  });
});
