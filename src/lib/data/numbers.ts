// How a number written on the site is found in the white paper's text. One module for the data
// check (a CSV value against its quoted line) and the copy check (a paragraph against its source
// lines), so "3兆4,168億円" across two lines, 約9割 and glued chart labels read the same everywhere.

/** Half-width digits, no thousands separators: "１，２３４" and "1,234" both → "1234". */
export function normDigits(s: string): string {
  return s.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/(\d),(?=\d{3})/g, '$1');
}

/** Number tokens of a source line: "14,749" → 14749, "△1,482" → -1482, "22.522.5" stays a glued token. */
export function numberTokens(text: string): string[] {
  text = normDigits(text);
  // "3兆4,168億円" is one number: 34168 (in 億).
  const compound = [...text.matchAll(/(\d+)兆(\d[\d,]*)億/g)].map((m) => String(Number(m[1]) * 10000 + Number(m[2].replace(/,/g, ''))));
  // Approximate shares in words: "約9割" (nine tenths) is 90 (%), "約半数" (about half) is 50 (%).
  const tenths = [...text.matchAll(/(\d+)割/g)].map((m) => String(Number(m[1]) * 10));
  const half = text.includes('半数') ? ['50'] : [];
  // "午前1時半" (half past one) is written "1:30" in English.
  const halfHour = /\d時半/.test(text) ? ['30'] : [];
  return compound.concat(tenths, half, halfHour, text.match(/[-−△▲]?\d[\d,]*(?:\.\d+)*/g) ?? []).map((t) =>
    t.replace(/^[−△▲]/, '-').replace(/,/g, '')
  );
}

export function isSameNumber(token: string, want: string): boolean {
  if (!/^\d+(\.\d+)?$/.test(token)) return false;
  return Number(token) === Number(want);
}

/** Does `value` appear in `quote` as the source printed it? */
export function valueInQuote(
  value: number,
  quote: string,
  opts: { magnitude?: boolean; glued?: boolean; literal?: string } = {}
): boolean {
  return matchingTokens(value, quote, opts) > 0;
}

/** How many times `value` is printed in `quote` (the data check allows that many rows to cite it). */
export function matchingTokens(
  value: number,
  quote: string,
  opts: { magnitude?: boolean; glued?: boolean; literal?: string } = {}
): number {
  const want = opts.magnitude ? Math.abs(value) : value;
  // Glued labels repeat the printed text ("26.026.0"), so compare with the CSV's literal digits.
  const s = (opts.literal ?? String(want)).replace(/^-/, '');
  let n = 0;
  for (const tok of numberTokens(quote)) {
    const neg = tok.startsWith('-');
    const digits = neg ? tok.slice(1) : tok;
    const signOk = opts.magnitude ? true : neg === want < 0 || want === 0;
    if (!signOk) continue;
    // "-1.0" printed as "-1" and vice versa is not the same label; only exact numeric equality counts.
    if (isSameNumber(digits, s)) n++;
    // "22.522.5": a label printed twice with no space between.
    else if (opts.glued && digits.length % 2 === 0 && digits === s + s) n++;
  }
  return n;
}

/** Years and dates a line prints ("2024年", "2024年12月", "FY2023", "2024/3"): a value equal to one
 *  of them was most likely typed from the date, not the data. */
export function dateTokens(text: string): string[] {
  const t = normDigits(text);
  const years = [...t.matchAll(/(\d{4})\s*(?:年|年度|\/|\.\d{1,2}\b)/g)].map((m) => m[1]);
  const fy = [...t.matchAll(/(?:FY|CY)\s*(\d{4})/gi)].map((m) => m[1]);
  const md = [...t.matchAll(/(\d{1,2})月(?:(\d{1,2})日)?/g)].flatMap((m) => [m[1], m[2]].filter(Boolean) as string[]);
  return [...years, ...fy, ...md];
}

/** Numbers a text states in its own words. Placeholders like {value} are filled from data/;
 *  citations of the white paper's own text lines ("lines 9665–9874", "9665–9874行", "9665〜9874行") are not data. */
export function literalNumbers(text: string): string[] {
  // "9 in 10" is how the English copy writes 9割 (nine tenths): 90.
  const t = text
    .replace(/(\d+) in 10\b/g, (_, n: string) => String(Number(n) * 10))
    .replace(/\{[^}]*\}/g, ' ').replace(/(lines?|L\.)\s*\d+(?:[–-]\d+)?|\d+(?:[–〜-]\d+)?行/g, ' ');
  return normDigits(t).match(/\d+(?:\.\d+)?/g) ?? [];
}
