// Number styles the white paper and a Japanese newsroom do not use (issue 15 §3), as patterns any
// text the build writes can be scanned for: pages, SVG, CSV, oEmbed, share-card alt text. Each rule
// applies to text in one language (the element's lang, or the file's); the fix belongs in the
// formatter (src/lib/format.ts) or the story document, never here.

/** Japanese script, including full-width punctuation and Roman numerals (図表Ⅰ). */
export const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\u2160-\u217f]/;

/** @type {{ id: string, lang: 'ja' | 'en' | 'any', re: RegExp, says: string }[]} */
export const RULES = [
  {
    id: 'approx-dot-zero',
    lang: 'any',
    re: /(?:約|\babout\s)[−-]?[¥$]?\d[\d,]*\.0(?!\d)/,
    says: 'an approximate value as the paper prints it (約9割, 約3.3倍), never 約90.0%'
  },
  {
    id: 'ja-oku-over-cho',
    lang: 'ja',
    // 13,412億円 or 1,234,567億円: 1兆 or more must carry 兆 (1兆3,412億円).
    re: /(?<![\d,.兆])(?:\d{2,3},\d{3}|\d{1,3}(?:,\d{3}){2,})億(?:円|ドル)/,
    says: '1兆円 or more written with 兆 (1兆3,412億円)'
  },
  {
    id: 'ja-dollar-unit',
    lang: 'ja',
    re: /(?<![\d,.])(?:10億|100万|百万)ドル/,
    says: 'dollars in 億ドル (5,210億ドル), not in units of 10億ドル or 100万ドル'
  },
  {
    id: 'ja-count-unit',
    lang: 'ja',
    // 「1,073数」, 「値（数）」, 「単位：数」: the paper counts 人, 社, 件.
    re: /\d数(?![字値量])|[（(]数[）)]|単位：数/,
    says: 'counts in 人, 社 or 件, not 数'
  },
  {
    id: 'en-yen-billions',
    lang: 'en',
    // ¥1,341.2bn: from ¥1 trillion up, yen amounts are trillions (¥1.34 trillion).
    re: /¥\d{1,3}(?:,\d{3})+(?:\.\d+)?\s?(?:bn|billion)\b/,
    says: 'yen of a trillion or more in trillions (¥1.34 trillion)'
  },
  {
    id: 'en-dot-zero',
    lang: 'en',
    // $184.0bn, ¥513.0 billion, 175.0 billion parameters, 175.0B: a ".0" the paper never printed
    // (it prints 1,840億ドル and 175B). Trillions of yen and percentages keep the paper's own
    // decimals (−¥2.0 trillion, 53.0%: printed so in the figures).
    re: /[$¥]\d[\d,]*\.0\s?(?:bn|billion)\b|\b\d[\d,]*\.0(?:\s?billion parameters|\s?million parameters|B\b|M\b)/,
    says: 'no spurious ".0" ($184 billion, 175 billion parameters)'
  },
  {
    id: 'en-zuhyo',
    lang: 'en',
    re: /図表|本文/,
    says: 'English says "Figure I-1-3-9" and "main text", never 図表 or 本文'
  },
  {
    id: 'en-unmarked-japanese',
    lang: 'en',
    re: JAPANESE,
    says: 'Japanese on an English surface only inside an element marked lang="ja"'
  }
];

/**
 * The rules `text` breaks, read as language `lang` ('ja' or 'en'; anything starting with "ja" is
 * Japanese). `quote`: the white paper's own words (a paragraph's quoted source), which keep its style
 * and are only checked for being marked Japanese.
 * @param {string} text
 * @param {string} lang
 * @param {{ quote?: boolean }} [o]
 * @returns {{ id: string, match: string, says: string }[]}
 */
export function styleFaults(text, lang, o = {}) {
  const l = lang.startsWith('ja') ? 'ja' : 'en';
  const out = [];
  for (const r of RULES) {
    if (r.lang !== 'any' && r.lang !== l) continue;
    if (o.quote && r.id !== 'en-unmarked-japanese') continue;
    const m = r.re.exec(text);
    if (m) out.push({ id: r.id, match: m[0], says: r.says });
  }
  return out;
}
