// Line breaking for share cards (SVG text has no line breaking of its own): English at word
// boundaries, Japanese at BudouX phrase boundaries with the usual kinsoku rules (no line starts
// with 、。」 and the like, none ends with 「（), sized down until the text fits its box.
import { loadDefaultJapaneseParser } from 'budoux';
import { textAdvance } from './font-metrics';
import type { Locale } from '$lib/i18n';

const parser = loadDefaultJapaneseParser();
/** Characters that may not start a line (JIS X 4051 line-start prohibitions, the common set). */
export const NO_START = '、。，．,.・：；:;？！?!ー－―…‥）］｝〕〉》」』】〙〗〟’”)]}ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻%％';
/** Characters that may not end a line. */
export const NO_END = '（［｛〔〈《「『【〘〖〝‘“([{';

const measure = textAdvance;

export function wrapCardText(text: string, maxWidth: number, px: number, locale: Locale, bold = false): string[] {
  return wrap(text, maxWidth, px, locale, bold).lines;
}

/** Lines, and whether a phrase or word had to be broken between characters to fit. */
function wrap(text: string, maxWidth: number, px: number, locale: Locale, bold: boolean) {
  // Spaces (the full-width one too) are break opportunities in Japanese as well.
  const words = text.split(/(?<=[\s\u3000])/);
  const tokens = locale === 'ja' ? words.flatMap((w) => parser.parse(w)) : words;
  let broken = false;
  const lines: string[] = [];
  let line = '';
  const push = () => (line.trim() && lines.push(line.trimEnd()), (line = ''));
  for (let tok of tokens) {
    // A token wider than the line (a long phrase or URL): break it between characters.
    while (measure(tok, px, bold) > maxWidth) {
      broken = true;
      push();
      const chars = [...tok];
      let n = chars.length;
      while (n > 1 && measure(chars.slice(0, n).join(''), px, bold) > maxWidth) n--;
      lines.push(chars.slice(0, n).join(''));
      tok = chars.slice(n).join('');
    }
    if (line && measure(line + tok.trimEnd(), px, bold) > maxWidth) (push(), (line = tok.trimStart()));
    else line += tok;
  }
  push();
  return { lines: kinsoku(lines), broken };
}

/** Move line-start-prohibited characters up to the previous line (they hang a little into the
 *  margin, as in print) and line-end-prohibited ones down to the next. */
function kinsoku(lines: string[]): string[] {
  for (let i = 1; i < lines.length; i++) {
    while (lines[i] && NO_START.includes(lines[i][0])) (lines[i - 1] += lines[i][0]), (lines[i] = lines[i].slice(1));
    while (lines[i - 1] && NO_END.includes(lines[i - 1].at(-1)!)) (lines[i] = lines[i - 1].at(-1) + lines[i]), (lines[i - 1] = lines[i - 1].slice(0, -1));
  }
  return lines.filter((l) => l.length);
}

/** The largest of `sizes` at which `text` fits in `maxLines`, preferring sizes that need not break
 *  a phrase or word; at the smallest, the last line ends in "…". */
export function fitCardText(text: string, opts: { width: number; maxLines: number; sizes: number[]; locale: Locale; bold?: boolean }) {
  const bold = !!opts.bold;
  const tries = opts.sizes.map((px) => ({ px, ...wrap(text, opts.width, px, opts.locale, bold) })).filter((t) => t.lines.length <= opts.maxLines);
  const fit = tries.find((t) => !t.broken) ?? tries[0];
  if (fit) return { px: fit.px, lines: fit.lines };
  const px = opts.sizes.at(-1)!;
  const lines = wrapCardText(text, opts.width, px, opts.locale, bold).slice(0, opts.maxLines);
  let last = lines.at(-1)!;
  while (last && measure(last + '…', px, bold) > opts.width) last = [...last].slice(0, -1).join('');
  lines[lines.length - 1] = last.replace(/[\s、。,.]+$/, '') + '…';
  return { px, lines };
}
