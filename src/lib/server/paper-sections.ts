// Where a seed line sits in the white paper (第Ⅰ部第1章第3節), so a source given as 本文 (main text)
// tells readers where to look. Section heads are read from the seed ("第3節 …" at the start of a
// line); the chapter starts are fixed here because the extracted text has no usable chapter heads
// (the table of contents at lines 42-66 gives the structure).
import { seedLines } from './story-files';

const SEED = '000_42e09b4d009f57e2.txt';
/** First line of each chapter's 第1節, in order. */
const CHAPTERS: { line: number; part: string; chapter: number }[] = [
  { line: 128, part: 'Ⅰ', chapter: 1 },
  { line: 2826, part: 'Ⅰ', chapter: 2 },
  { line: 3493, part: 'Ⅰ', chapter: 3 },
  { line: 3730, part: 'Ⅱ', chapter: 1 },
  { line: 10178, part: 'Ⅱ', chapter: 2 }
];
/** The appendix notes (付注) start here. */
const APPENDIX = 15576;

let heads: { line: number; section: number }[] | undefined;

function sectionHeads(): { line: number; section: number }[] {
  if (heads) return heads;
  const lines = seedLines(SEED) ?? [];
  heads = [];
  lines.forEach((t, i) => {
    const m = /^\s?第(\d+)節\s/.exec(t);
    if (m && i + 1 >= CHAPTERS[0].line) heads!.push({ line: i + 1, section: Number(m[1]) });
  });
  return heads;
}

/** 第Ⅰ部第1章第3節 for a line of the main text; 付注 for the appendix; '' before Part I. */
export function sectionOf(line: number): string {
  if (line >= APPENDIX) return '付注';
  const ch = CHAPTERS.filter((c) => c.line <= line).at(-1);
  if (!ch) return '';
  const sec = sectionHeads().filter((h) => h.line <= line && h.line >= ch.line).at(-1);
  return `第${ch.part}部第${ch.chapter}章${sec ? `第${sec.section}節` : ''}`;
}

/** 本文 / 本文 ＊18 → 本文（第Ⅰ部第1章第3節）＊18: main text says where it is; figures are left as printed. */
export function withSection(figure: string, line: number): string {
  const m = /^本文(\s*＊\d+)?$/.exec(figure);
  const where = sectionOf(line);
  return m && where ? `本文（${where}）${m[1]?.trim() ?? ''}` : figure;
}
