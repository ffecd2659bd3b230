// Line breaking for SVG text, which does not wrap by itself: words in English, BudouX phrases in
// Japanese, by an estimated width.
import { loadDefaultJapaneseParser } from 'budoux';
import { textWidth } from '$lib/charts/geometry';

const parser = loadDefaultJapaneseParser();

/** Estimated text width: CJK full width, Latin about half an em (the chart font's average). */
function width(s: string, px: number): number {
  return textWidth(s, px) * (/[\u2e80-\uffff]/.test(s) ? 1 : 0.88);
}

/** Greedy line breaking by estimated width. */
export function wrapText(text: string, maxWidth: number, px: number, locale: string): string[] {
  const tokens = locale === 'ja' ? parser.parse(text) : text.split(/(?<=\s)/);
  const lines: string[] = [];
  let line = '';
  for (let tok of tokens) {
    while (width(tok, px) > maxWidth) {
      // A token wider than the line (a long phrase or URL): hard break by characters.
      if (line) (lines.push(line.trimEnd()), (line = ''));
      const chars = [...tok];
      let n = chars.length;
      while (n > 1 && width(chars.slice(0, n).join(''), px) > maxWidth) n--;
      lines.push(chars.slice(0, n).join(''));
      tok = chars.slice(n).join('');
    }
    if (line && width(line + tok.trimEnd(), px) > maxWidth) (lines.push(line.trimEnd()), (line = tok.trimStart()));
    else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
