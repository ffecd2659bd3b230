// Advance widths from the Noto Sans JP files the PNG renderer uses (regular and bold), read straight
// from the TrueType tables (cmap formats 4 and 12, hmtx): the label-geometry test measures text
// with the site's own font instead of an estimate. No kerning (Noto Sans JP's Latin kerning is small).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Font {
  upm: number;
  advance: (glyph: number) => number;
  glyph: (cp: number) => number;
}

function parse(buf: Buffer): Font {
  const tables = new Map<string, number>();
  const n = buf.readUInt16BE(4);
  for (let i = 0; i < n; i++) tables.set(buf.toString('latin1', 12 + i * 16, 16 + i * 16), buf.readUInt32BE(12 + i * 16 + 8));
  const head = tables.get('head')!;
  const hhea = tables.get('hhea')!;
  const hmtx = tables.get('hmtx')!;
  const cmap = tables.get('cmap')!;
  const upm = buf.readUInt16BE(head + 18);
  const nHM = buf.readUInt16BE(hhea + 34);
  const advance = (g: number) => buf.readUInt16BE(hmtx + 4 * Math.min(g, nHM - 1));
  // Prefer a format-12 subtable (full Unicode), else format 4 (BMP).
  let f12 = -1;
  let f4 = -1;
  for (let i = 0; i < buf.readUInt16BE(cmap + 2); i++) {
    const off = cmap + buf.readUInt32BE(cmap + 4 + i * 8 + 4);
    const fmt = buf.readUInt16BE(off);
    if (fmt === 12 && f12 < 0) f12 = off;
    if (fmt === 4 && f4 < 0) f4 = off;
  }
  const glyph = (cp: number): number => {
    if (f12 >= 0) {
      const groups = buf.readUInt32BE(f12 + 12);
      for (let i = 0; i < groups; i++) {
        const g = f12 + 16 + i * 12;
        const start = buf.readUInt32BE(g);
        if (cp < start) return 0;
        if (cp <= buf.readUInt32BE(g + 4)) return buf.readUInt32BE(g + 8) + cp - start;
      }
      return 0;
    }
    const segX2 = buf.readUInt16BE(f4 + 6);
    const ends = f4 + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    for (let i = 0; i < segX2; i += 2) {
      if (cp > buf.readUInt16BE(ends + i)) continue;
      const start = buf.readUInt16BE(starts + i);
      if (cp < start) return 0;
      const ro = buf.readUInt16BE(ranges + i);
      if (!ro) return (cp + buf.readUInt16BE(deltas + i)) & 0xffff;
      const g = buf.readUInt16BE(ranges + i + ro + 2 * (cp - start));
      return g ? (g + buf.readUInt16BE(deltas + i)) & 0xffff : 0;
    }
    return 0;
  };
  return { upm, advance, glyph };
}

const require = createRequire(import.meta.url);
const load = (f: string) => parse(readFileSync(require.resolve(`@expo-google-fonts/noto-sans-jp/${f}`)));
const fonts = { regular: load('400Regular/NotoSansJP_400Regular.ttf'), bold: load('700Bold/NotoSansJP_700Bold.ttf') };

/** Width in px of a string set in Noto Sans JP at `px`, regular or bold (weight ≥ 600). */
export function notoWidth(s: string, px: number, bold = false): number {
  const f = bold ? fonts.bold : fonts.regular;
  let units = 0;
  for (const ch of s) units += f.advance(f.glyph(ch.codePointAt(0) ?? 32));
  return (units * px) / f.upm;
}
