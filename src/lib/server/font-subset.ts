// Fonts cut down to the characters of one SVG, for resvg. resvg reads a font file again for every
// run of text it lays out, and each Noto Sans JP file is 5.4 MB: with the whole files, reading them
// was most of the build's time (about 0.4 s of CPU per PNG; 30 ms with the subsets). HarfBuzz's
// subsetter (WebAssembly, no native code) keeps every name, language and layout feature, so the
// picture is the one the whole fonts draw (tests/unit/font-subset.test.ts compares the pixels).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Exports = Record<string, (...args: number[]) => number> & { memory: WebAssembly.Memory };

const require = createRequire(import.meta.url);
let hb: Exports | undefined;
const faces = new Map<string, number>();

/** hb_subset_sets_t: name IDs, name languages, layout features (emptied, then inverted = all). */
const KEEP_ALL = [4, 5, 6];

/** The HarfBuzz face of a font file, loaded once per process. */
function face(file: string): number {
  if (!hb) {
    hb = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')))).exports as Exports;
    hb._initialize(); // an Emscripten reactor module: its constructors run once, before any call
  }
  let f = faces.get(file);
  if (f === undefined) {
    const data = readFileSync(file);
    const ptr = hb.malloc(data.byteLength);
    new Uint8Array(hb.memory.buffer).set(data, ptr);
    const blob = hb.hb_blob_create(ptr, data.byteLength, 2 /* writable: HarfBuzz owns the copy */, 0, 0);
    f = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    faces.set(file, f);
  }
  return f;
}

/** The font file cut down to the given code points (as TrueType bytes). */
function subset(file: string, codePoints: Set<number>): Buffer {
  const f = face(file);
  const h = hb!;
  const input = h.hb_subset_input_create_or_fail();
  const unicodes = h.hb_subset_input_unicode_set(input);
  for (const c of codePoints) h.hb_set_add(unicodes, c);
  for (const set of KEEP_ALL) {
    const s = h.hb_subset_input_set(input, set);
    h.hb_set_clear(s);
    h.hb_set_invert(s);
  }
  const cut = h.hb_subset_or_fail(f, input);
  h.hb_subset_input_destroy(input);
  if (!cut) throw new Error(`could not subset ${file}`);
  const blob = h.hb_face_reference_blob(cut);
  const at = h.hb_blob_get_data(blob, 0);
  const bytes = Buffer.from(new Uint8Array(h.memory.buffer).slice(at, at + h.hb_blob_get_length(blob)));
  h.hb_blob_destroy(blob);
  h.hb_face_destroy(cut);
  return bytes;
}

/** Every character `text` may draw: its own, and those written as numeric character references. */
function codePointsOf(text: string): Set<number> {
  const refs = [...text.matchAll(/&#(x?)([0-9a-f]+);/gi)].map((m) => parseInt(m[2], m[1] ? 16 : 10));
  return new Set([...Array.from(text, (c) => c.codePointAt(0)!), ...refs]);
}

/** Call `use` with font files holding only the glyphs `text` needs (temporary files, removed after). */
export function withFontsFor<T>(text: string, fontFiles: string[], use: (files: string[]) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'font-subset-'));
  try {
    const codePoints = codePointsOf(text);
    const files = fontFiles.map((file, i) => {
      const out = join(dir, `${i}.ttf`);
      writeFileSync(out, subset(file, codePoints));
      return out;
    });
    return use(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
