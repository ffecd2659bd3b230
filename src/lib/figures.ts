// Figure IDs in the reader's language; shared by the server (source lines, CSV) and the data table.
import type { Locale } from './i18n';

/**
 * A figure ID in the reader's language: 図表Ⅰ-1-3-9 → "Figure I-1-3-9", 本文 ＊18 → "main text,
 * note 18", 第Ⅱ部第1章第11節 図表2 → "Part II, Chapter 1, Section 11, Figure 2". English pages carry
 * no Japanese (a test checks the built pages).
 */
export function figureLabel(figure: string, locale: Locale): string {
  if (locale === 'ja') return figure;
  return figure
    .replace(/Ⅲ/g, 'III')
    .replace(/Ⅱ/g, 'II')
    .replace(/Ⅰ/g, 'I')
    .replace(/第(I+)部/g, 'Part $1, ')
    .replace(/第(\d+)章/g, 'Chapter $1, ')
    .replace(/第(\d+)節/g, 'Section $1')
    .replace(/図表/g, 'Figure ')
    .replace(/・/g, ', ')
    .replace(/付注(\d+)/g, 'Appendix note $1')
    .replace(/＊(\d+)/g, 'note $1')
    .replace(/^本文/, 'main text')
    .replace(/（(.*)）/g, ' ($1)')
    .replace(/Section (\d+)\s+/g, 'Section $1, ')
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*$/, '')
    .replace(/main text (note|Part)/, 'main text, $1')
    .replace(/\)\s*note/, '), note')
    .trim();
}
