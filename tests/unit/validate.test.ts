import { describe, expect, it } from 'vitest';
import { parseDataset, parseAll, valueInQuote, numberTokens } from '../../src/lib/data/validate';
import { goodCsv, goodJson } from '../fixtures/dataset';

const parse = (csv: string, json: object | string | undefined = goodJson) =>
  parseDataset('test-story', 'balance', csv, json === undefined ? undefined : typeof json === 'string' ? json : JSON.stringify(json));
const withMeta = (patch: Record<string, unknown>) => ({ ...goodJson, ...patch });

describe('data validation', () => {
  it('accepts a good dataset', () => {
    const d = parse(goodCsv);
    expect(d.rows).toEqual([
      { x: '2023', series: 'total', value: -5.8, line: 2574 },
      { x: '2024', series: 'total', value: -6.7, line: 2576 }
    ]);
  });

  it.each([
    ['a missing value', goodCsv.replace('-6.7', ''), /data\/test-story\/balance\.csv row 2, field "value": missing value/],
    ['a non-numeric value', goodCsv.replace('-6.7', 'abc'), /balance\.csv row 2, field "value": "abc" is not a number/],
    ['a number without a source line', goodCsv.replace(',2576', ','), /row 2, field "line": missing value \(a number without a source\)/],
    ['a line with no quoted source', goodCsv.replace('2576', '2577'), /row 2, field "line": line 2577 has no quoted source text/],
    ['a value not in its quote', goodCsv.replace('-6.7', '-6.8'), /row 2, field "value": -6.8 does not appear in the quoted source line 2576/],
    ['an unknown series', goodCsv.replace('2024,total', '2024,totl'), /row 2, field "series": series "totl" is not declared/],
    ['a malformed year', goodCsv.replace('2024,', '24,'), /row 2, field "x": "24" is not a year/],
    ['a short row', goodCsv.replace('2024,total,-6.7,2576', '2024,total,-6.7'), /row 2: expected 4 fields, got 3/],
    ['a duplicate row', goodCsv + '2024,total,-6.7,2576\n', /row 3, field "x": duplicate row/],
    ['a wrong header', goodCsv.replace('x,series', 'year,series'), /balance\.csv header: expected "x,series,value,line"/]
  ])('fails on %s, naming file, row and field', (_, csv, message) => {
    expect(() => parse(csv)).toThrow(message);
  });

  it.each([
    ['an unknown unit', withMeta({ unit: 'yen' }), /balance\.json, field "unit": unknown unit "yen"/],
    ['a dataset without figure ID', withMeta({ figure: '' }), /balance\.json, field "figure": dataset has no figure ID \(no source\)/],
    ['a dataset without quotes', withMeta({ quotes: undefined }), /balance\.json, field "quotes": missing \(no source text\)/],
    ['a grade-D dataset', withMeta({ grade: 'D' }), /field "grade": grade-D figures are described in words, never drawn/],
    ['a missing English title', withMeta({ title: { ja: 'x' } }), /field "title\.en": missing text/],
    ['a one-series year dataset without a short name', withMeta({ short: undefined }), /balance\.json, field "short": missing \(a one-series year dataset names its values by it/],
    ['a short name without English', withMeta({ short: { ja: 'x', en: ' ' } }), /field "short\.en": missing text/],
    ['an approx flag naming no row', withMeta({ approx: ['2020|total'] }), /field "approx": "2020\|total" names no row/]
  ])('fails on %s in the metadata', (_, meta, message) => {
    expect(() => parse(goodCsv, meta)).toThrow(message);
  });

  it('fails on values with no metadata file at all', () => {
    expect(() => parseDataset('test-story', 'balance', goodCsv, undefined)).toThrow(/balance\.csv: has no metadata file data\/test-story\/balance\.json \(no source\)/);
  });

  it('fails on invalid JSON', () => {
    expect(() => parse(goodCsv, '{ nope')).toThrow(/balance\.json:1: invalid JSON/);
  });

  it('accepts a BOM in the metadata JSON, as in the CSV', () => {
    expect(parse(goodCsv, '\uFEFF' + JSON.stringify(goodJson)).rows).toHaveLength(2);
  });

  // reliability.md §2: a row copied from another row, and a value typed from the year, built silently.
  const seriesAB = withMeta({ series: { a: { ja: 'A', en: 'A' }, b: { ja: 'B', en: 'B' } }, quotes: { '1320': '2024年 23.8 29.6', '1322': '29.6 29.6' } });
  it('fails when two rows cite the same printed number on a line that prints it once', () => {
    const csv = 'x,series,value,line\n2024,a,29.6,1320\n2024,b,29.6,1320\n';
    expect(() => parse(csv, seriesAB)).toThrow(/balance\.csv row 2, field "value": 29\.6 on line 1320 is already cited by row 1, and the line prints it only once \(a copied row\?\)/);
    // A line that prints the number twice may be cited twice.
    expect(parse('x,series,value,line\n2024,a,29.6,1322\n2024,b,29.6,1322\n', seriesAB).rows).toHaveLength(2);
  });

  it('fails when a value only matches a year or date on its line', () => {
    const meta = withMeta({ x: { kind: 'category', label: { ja: '項目', en: 'Item' }, categories: { ai: { ja: 'AI', en: 'AI' } } }, quotes: { '6926': '2024年は1,840億ドル、2030年12月に8,267億ドル' } });
    expect(() => parse('x,series,value,line\nai,total,2024,6926\n', meta)).toThrow(/balance\.csv row 1, field "value": 2024 matches only a year or date on line 6926/);
    expect(() => parse('x,series,value,line\nai,total,12,6926\n', meta)).toThrow(/row 1, field "value": 12 matches only a year or date/);
    expect(parse('x,series,value,line\nai,total,1840,6926\n', meta).rows[0].value).toBe(1840);
  });

  it("fails when a value is the row's own year", () => {
    const meta = withMeta({ quotes: { '2574': '2023 2023' } });
    expect(() => parse('x,series,value,line\n2023,total,2023,2574\n', meta)).toThrow(/row 1, field "value": 2023 is the row's own year/);
  });

  it('names the file and line of invalid JSON in a quote-only file, instead of asking for a CSV', () => {
    expect(() => parseAll({ '/data/s/conclusion.json': '{\n  "quote": "x",\n}' })).toThrow(/data\/s\/conclusion\.json:3: invalid JSON/);
  });

  it('parseAll finds csv/json pairs and skips quote-only files', () => {
    const all = parseAll({
      '/data/s/a.csv': goodCsv,
      '/data/s/a.json': JSON.stringify(goodJson),
      '/data/s/conclusion.json': JSON.stringify({ quote: 'x' })
    });
    expect([...all.keys()]).toEqual(['s/a']);
  });
});

describe('values against quotes', () => {
  it('reads thousands separators, doubled labels and 兆/億 compounds', () => {
    expect(numberTokens('14,749 13,531')).toEqual(['14749', '13531']);
    expect(valueInQuote(14749, '14,749 13,531')).toBe(true);
    expect(valueInQuote(-1482, '6,893 -1,482')).toBe(true);
    expect(valueInQuote(1482, '6,893 -1,482')).toBe(false); // sign matters
    expect(valueInQuote(22.5, 'A 22.522.5', { glued: true, literal: '22.5' })).toBe(true);
    expect(valueInQuote(26, '26.026.0', { glued: true, literal: '26.0' })).toBe(true);
    expect(valueInQuote(22.5, 'A 22.522.5')).toBe(false); // only when the dataset says labels are glued
    expect(valueInQuote(-6.7, '約6.7兆円の赤字', { magnitude: true })).toBe(true);
    expect(valueInQuote(-34168, '2024年は3兆4,168億円の赤字', { magnitude: true })).toBe(true);
  });
});
