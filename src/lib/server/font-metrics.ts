// Advance widths read from the bundled Noto Sans JP TTFs (the fonts the PNG renderer draws with),
// so share-card text is wrapped at its real width: an estimate is ~20 % off for Latin text.
// Reads the OpenType tables head, hhea, hmtx and cmap (format 4 or 12) and nothing else; no kerning.
import { readFileSync } from 'node:fs';
import { fontFiles } from './chart-png';

type Widths = (ch: string) => number;

function readFont(file: string): Widths {
  const b = readFileSync(file);
  const tables = new Map<string, number>();
  for (let i = 0, n = b.readUInt16BE(4); i < n; i++) tables.set(b.toString('latin1', 12 + 16 * i, 16 + 16 * i), b.readUInt32BE(20 + 16 * i));
  const at = (tag: string) => {
    const o = tables.get(tag);
    if (o === undefined) throw new Error(`font-metrics: no ${tag} table in ${file}`);
    return o;
  };
  const unitsPerEm = b.readUInt16BE(at('head') + 18);
  const nMetrics = b.readUInt16BE(at('hhea') + 34);
  const hmtx = at('hmtx');
  const advance = (glyph: number) => b.readUInt16BE(hmtx + 4 * Math.min(glyph, nMetrics - 1)) / unitsPerEm;
  const glyphOf = cmap(b, at('cmap'));
  const cache = new Map<string, number>();
  return (ch) => {
    let w = cache.get(ch);
    if (w === undefined) cache.set(ch, (w = advance(glyphOf(ch.codePointAt(0)!))));
    return w;
  };
}

/** Character → glyph id from the Windows Unicode subtable (format 12 preferred, else format 4). */
function cmap(b: Buffer, cmapAt: number): (cp: number) => number {
  const subs = Array.from({ length: b.readUInt16BE(cmapAt + 2) }, (_, i) => ({
    platform: b.readUInt16BE(cmapAt + 4 + 8 * i),
    encoding: b.readUInt16BE(cmapAt + 6 + 8 * i),
    at: cmapAt + b.readUInt32BE(cmapAt + 8 + 8 * i)
  }));
  const f12 = subs.find((s) => s.platform === 3 && s.encoding === 10 && b.readUInt16BE(s.at) === 12);
  if (f12) {
    const groups = b.readUInt32BE(f12.at + 12);
    return (cp) => {
      for (let g = 0, o = f12.at + 16; g < groups; g++, o += 12)
        if (cp >= b.readUInt32BE(o) && cp <= b.readUInt32BE(o + 4)) return b.readUInt32BE(o + 8) + cp - b.readUInt32BE(o);
      return 0;
    };
  }
  const f4 = subs.find((s) => s.platform === 3 && s.encoding === 1 && b.readUInt16BE(s.at) === 4);
  if (!f4) throw new Error('font-metrics: no Unicode cmap');
  const segs = b.readUInt16BE(f4.at + 6) / 2;
  const ends = f4.at + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const offsets = deltas + 2 * segs;
  return (cp) => {
    for (let i = 0; i < segs; i++) {
      if (cp > b.readUInt16BE(ends + 2 * i)) continue;
      const start = b.readUInt16BE(starts + 2 * i);
      if (cp < start) return 0;
      const ro = b.readUInt16BE(offsets + 2 * i);
      const delta = b.readInt16BE(deltas + 2 * i);
      if (!ro) return (cp + delta) & 0xffff;
      const g = b.readUInt16BE(offsets + 2 * i + ro + 2 * (cp - start));
      return g ? (g + delta) & 0xffff : 0;
    }
    return 0;
  };
}

const fonts = { regular: readFont(fontFiles[0]), bold: readFont(fontFiles[1]) };

/** Width in px of `s` set at `px` in Noto Sans JP, regular or bold. */
export function textAdvance(s: string, px: number, bold = false): number {
  const w = bold ? fonts.bold : fonts.regular;
  let sum = 0;
  for (const ch of s) sum += w(ch);
  return sum * px;
}
