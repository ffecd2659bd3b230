// Paper: the worksheet of every deck prints on at most two pages of A4 and of Letter, with page
// numbers; legend keys keep their colour with Chrome's "Background graphics" off (the PDF rendered
// to pixels, with and without the fix); no page of the full handout but the last is mostly blank.
// Needs pdftoppm (poppler-utils; scripts/ensure-browsers.js installs it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, storyPaths } from './helpers.js';

const decks = [...new Set(storyPaths().map((p) => p.replace('/stories/', '/present/').slice(1)))];
const tmp = mkdtempSync(join(tmpdir(), 'print-'));
let site;
before(async () => (site = await startSite()));
after(async () => (await site.close(), rmSync(tmp, { recursive: true, force: true })));

/** The PDF's pages as pixel rows: pdftoppm to PGM (grey) or PPM (colour), parsed here; `column`:
 *  only a strip `column.width` pixels wide, `column.x` inches from the page's left edge. */
function raster(pdf, { colour = false, dpi = 40, first, column } = {}) {
  const file = join(tmp, `p${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const prefix = file.replace(/\.pdf$/, '');
  const crop = column ? ['-x', String(Math.round(column.x * dpi)), '-y', '0', '-W', String(column.width), '-H', '0'] : [];
  execFileSync('pdftoppm', [colour ? '' : '-gray', '-r', String(dpi), ...crop, ...(first ? ['-f', '1', '-l', String(first)] : []), file, prefix].filter(Boolean));
  const name = prefix.split('/').at(-1);
  return readdirSync(tmp)
    .filter((f) => f.startsWith(name + '-'))
    .sort()
    .map((f) => {
      const buf = readFileSync(join(tmp, f));
      const [, w, h] = /^P[56]\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.toString('latin1', 0, 30)).map(Number);
      const header = buf.length - w * h * (colour ? 3 : 1);
      return { w, h, px: buf.subarray(header), channels: colour ? 3 : 1 };
    });
}
const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString())[1]);
/** Share of the page's height between its first and last inked row. */
function filled({ w, h, px }) {
  const inked = [];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (px[y * w + x] < 200) (inked.push(y), (x = w));
  return inked.length ? (inked.at(-1) - inked[0]) / h : 0;
}
/** Pixels clearly coloured (not grey): what a legend key prints as. */
function coloured({ w, h, px }) {
  let n = 0;
  for (let i = 0; i < w * h * 3; i += 3) if (Math.max(px[i], px[i + 1], px[i + 2]) - Math.min(px[i], px[i + 1], px[i + 2]) > 60) n++;
  return n;
}

describe('worksheet and handout on paper', () => {
  let swatches = 0;
  for (const deck of decks) {
    it(`${deck}worksheet/ prints on ≤ 2 pages of A4 and of Letter, with page numbers`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}${deck}`);
      assert.equal(await page.locator(`.overview a[href="/${deck}worksheet/"]`).count(), 1, 'linked from the deck');
      await page.goto(`${site.url}${deck}worksheet/`, { waitUntil: 'networkidle' });
      assert.ok(await page.locator('.fields .f-name dd').count(), 'name field');
      assert.ok(await page.locator('.w-step svg').count(), 'key charts');
      assert.ok((await page.locator('.answer .answer-lines').count()) >= 1, 'answer space');
      assert.ok(await page.locator('footer .qr svg').count(), 'QR code');
      for (const format of ['A4', 'Letter']) {
        const pdf = await page.pdf({ format });
        const n = pages(pdf);
        console.log(`# ${deck}worksheet ${format}: ${n} page(s), ${pdf.length} bytes`);
        assert.ok(n >= 1 && n <= 2, `${format}: ${n} pages`);
        writeFileSync(join(tmp, 'last.pdf'), pdf);
        const text = execFileSync('pdftotext', ['-l', '1', join(tmp, 'last.pdf'), '-']).toString();
        assert.match(text, new RegExp(`\\b1\\s*/\\s*${n}\\b`), 'page number');
      }
      await page.close();
    });

    it(`${deck}worksheet/: every answer has the same ruled lines, evenly spaced, on A4 and Letter`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}${deck}worksheet/`, { waitUntil: 'networkidle' });
      const answers = await page.locator('.answer').count();
      const drawn = await page.locator('.answer .answer-lines line').count();
      // Only the ruled lines print: a strip down the page at 6 in (inside the text column on both
      // papers, clear of the centred page number) crosses nothing else.
      await page.addStyleTag({ content: '.worksheet * { visibility: hidden !important } .worksheet .answer-lines, .worksheet .answer-lines * { visibility: visible !important }' });
      for (const format of ['A4', 'Letter']) {
        const dpi = 600;
        const strips = raster(await page.pdf({ format }), { dpi, column: { x: 6, width: 4 } });
        // Runs of inked rows, page by page: one per printed line, as [top row, thickness].
        const rules = strips.flatMap(({ w, h, px }) => {
          const runs = [];
          for (let y = 0; y < h; y++) {
            const ink = px[y * w + 1] < 200;
            if (ink && (runs.at(-1)?.end ?? -2) === y - 1) runs.at(-1).end = y;
            else if (ink) runs.push({ top: y, end: y });
          }
          return [runs.map((r) => [r.top, r.end - r.top + 1])];
        });
        const lines = rules.flat();
        const thick = lines.map(([, t]) => t);
        console.log(`# ${deck}worksheet ${format}: ${lines.length} ruled lines, ${Math.min(...thick)}–${Math.max(...thick)} px thick at ${dpi} dpi`);
        assert.equal(lines.length, drawn, `${format}: every line drawn under the ${answers} answers prints, none merges or vanishes`);
        assert.ok(Math.max(...thick) - Math.min(...thick) <= 1, `${format}: every line the same weight (${thick.join(' ')} px)`);
        // Within an answer (never split over two pages) the gaps are equal.
        const per = drawn / answers;
        for (const runs of rules)
          for (let a = 0; a + per <= runs.length; a += per) {
            const gaps = runs.slice(a + 1, a + per).map(([top], k) => top - runs[a + k][0]);
            assert.ok(Math.max(...gaps) - Math.min(...gaps) <= 2, `${format}: gaps between the lines of one answer ${gaps.join(', ')} px`);
          }
      }
      await page.close();
    });

    it(`${deck}: legend keys print in colour with background graphics off (worksheet and handout)`, async () => {
      const page = await site.browser.newPage();
      for (const path of [`${deck}worksheet/`, deck]) {
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        const keys = await page.locator(':is(.worksheet, .handout) .swatch').count();
        if (!keys) continue;
        swatches += keys;
        // Only the legend keys may add colour: the marks, QR codes and links are hidden.
        await page.addStyleTag({ content: 'svg, a, .qr { visibility: hidden !important } :is(.worksheet, .handout) * { color: #000 !important; border-color: #000 !important }' });
        const withFix = raster(await page.pdf({ format: 'A4' }), { colour: true, first: 6 }).reduce((a, p) => a + coloured(p), 0);
        await page.addStyleTag({ content: '.swatch { print-color-adjust: economy !important; -webkit-print-color-adjust: economy !important }' });
        const without = raster(await page.pdf({ format: 'A4' }), { colour: true, first: 6 }).reduce((a, p) => a + coloured(p), 0);
        assert.equal(without, 0, `${path}: nothing else is coloured`);
        assert.ok(withFix > 10, `${path}: legend keys coloured (${withFix} px)`);
      }
      await page.close();
    });

    it(`${deck}: the handout leaves no page mostly blank`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}${deck}`, { waitUntil: 'networkidle' });
      const sheets = raster(await page.pdf({ format: 'A4' }));
      const shares = sheets.map(filled);
      console.log(`# ${deck} handout: ${sheets.length} pages, filled ${shares.map((s) => Math.round(s * 100) + '%').join(' ')}`);
      // The last page holds what is left, however short; any other page short of 30 % wastes paper.
      shares.slice(0, -1).forEach((s, i) => assert.ok(s >= 0.3, `page ${i + 1} of ${sheets.length}: ${Math.round(s * 100)} % filled`));
      await page.close();
    });
  }

  it('found legend keys to check', () => assert.ok(swatches > 0));
});
