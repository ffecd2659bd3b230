// Every CSV of the build, read the way code reads it (bytes decoded as fetch / d3.csv do, parsed with
// d3-dsv): a header and exactly the values the chart draws (the embed page's data table, an
// independent rendering), each with its figure, text line and source in columns; no extra rows.
// Both variants: <step>.csv with a BOM (Excel) and <step>.utf8.csv without (code reading raw bytes).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3'; // d3-dsv's parser
import { JSDOM } from 'jsdom';

const BUILD = process.env.BUILD_DIR ?? 'build';
const csvFiles = ['', 'en/'].flatMap((p) =>
  existsSync(join(BUILD, p, 'data'))
    ? readdirSync(join(BUILD, p, 'data'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv')).map((f) => `${p}data/${f.split('\\').join('/')}`)
    : []
);

/** The cells the embed page's data table fills: "x|series" → the shown text, and the source line. */
function drawn(embedHtml) {
  const doc = new JSDOM(embedHtml).window.document;
  const table = doc.querySelector('.data-table table');
  const cols = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
  const cells = new Map();
  for (const tr of table.querySelectorAll('tbody tr')) {
    const x = tr.querySelector('th').textContent.trim();
    [...tr.querySelectorAll('td')].forEach((td, i) => td.textContent.trim() !== '–' && cells.set(`${x}|${cols[i + 1]}`, td.textContent.trim()));
  }
  return { cells, source: doc.querySelector('.chart-source').textContent.trim() };
}

describe('CSV downloads', () => {
  it('the build has a CSV per chart step in both languages, with and without BOM', () => {
    assert.ok(csvFiles.filter((f) => f.startsWith('en/')).length >= 10, csvFiles.join());
    assert.equal(csvFiles.filter((f) => f.endsWith('.utf8.csv')).length * 2, csvFiles.length);
    assert.equal(csvFiles.filter((f) => f.startsWith('en/')).length * 2, csvFiles.length);
  });

  for (const file of csvFiles) {
    it(`${file}: parses to exactly the drawn rows`, () => {
      const bytes = readFileSync(join(BUILD, file));
      const forCode = file.endsWith('.utf8.csv');
      if (forCode) assert.notEqual(bytes[0], 0xef, 'no BOM in the file for code');
      else assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
      // The file for code is parsed from the raw text (no BOM handling at all).
      const rows = csvParse(forCode ? bytes.toString('utf8') : new TextDecoder().decode(bytes));
      if (forCode) assert.deepEqual(rows, csvParse(new TextDecoder().decode(readFileSync(join(BUILD, file.replace(/\.utf8\.csv$/, '.csv'))))), 'the same rows as the Excel file');
      const [x, series, value, note, figure, line, source] = rows.columns;
      assert.equal(rows.columns.length, 7, rows.columns.join());
      assert.doesNotMatch(x, /^\uFEFF/, 'the decoder drops the BOM');
      assert.ok(source === '出典' || source === 'Source', source);

      const [, prefix, slug, step] = /^(en\/)?data\/([\w-]+)\/([\w-]+)(?:\.utf8)?\.csv$/.exec(file);
      const table = drawn(readFileSync(join(BUILD, prefix ?? '', 'embed', slug, step, 'index.html'), 'utf8'));
      const keys = rows.map((r) => `${r[x]}|${r[series]}`);
      assert.deepEqual([...keys].sort(), [...table.cells.keys()].sort(), 'the same (x, series) pairs as the data table');
      assert.equal(new Set(keys).size, keys.length, 'no duplicate rows');
      for (const r of rows) {
        assert.ok(Number.isFinite(Number(r[value])) && r[value] !== '', `value ${r[value]}`);
        assert.ok(r[figure] && table.source.includes(r[figure]), `figure ${r[figure]} named in the source line`);
        assert.match(r[line], /^\d+$/);
        assert.equal(r[source], table.source);
        assert.ok(typeof r[note] === 'string');
      }
    });
  }
});
