// Build-time validation of data/<story>/<id>.{csv,json}. Pure functions over file contents,
// so the same code runs in the prerender (failing the build) and in unit tests with broken fixtures.
// Every error names the file, the row and the field.
import { isUnit } from './units';
import { cellKey, type Dataset, type DatasetMeta, type Row } from './types';
import { dateTokens, matchingTokens, valueInQuote } from './numbers';

export { numberTokens, valueInQuote } from './numbers';

export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

const HEADER = ['x', 'series', 'value', 'line'];
const NUMBER = /^-?\d+(\.\d+)?$/;

function where(file: string, row?: number, field?: string): string {
  return `${file}${row !== undefined ? ` row ${row}` : ''}${field ? `, field "${field}"` : ''}`;
}

function requireBilingual(v: unknown, file: string, field: string): void {
  const o = v as Record<string, unknown> | undefined;
  for (const l of ['ja', 'en']) {
    if (!o || typeof o[l] !== 'string' || !(o[l] as string).trim())
      throw new DataError(`${where(file, undefined, `${field}.${l}`)}: missing text`);
  }
}

/** JSON.parse that names the file and the line, and accepts a BOM (as CSV does). */
export function parseJson(text: string, file: string): unknown {
  const t = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(t);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? t.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new DataError(`${file}${line ? `:${line}` : ''}: invalid JSON (${msg})`);
  }
}

export function parseMeta(jsonText: string, file: string): DatasetMeta {
  const m = parseJson(jsonText, file) as DatasetMeta;
  const f = (field: string) => where(file, undefined, field);
  if (typeof m.figure !== 'string' || !m.figure.trim()) throw new DataError(`${f('figure')}: dataset has no figure ID (no source)`);
  requireBilingual(m.title, file, 'title');
  requireBilingual(m.sourceNote, file, 'sourceNote');
  requireBilingual(m.notes, file, 'notes');
  if (!isUnit(m.unit)) throw new DataError(`${f('unit')}: unknown unit ${JSON.stringify(m.unit)}`);
  if (typeof m.seed !== 'string' || !/^\d{3}_[0-9a-f]+\.txt$/.test(m.seed))
    throw new DataError(`${f('seed')}: missing or malformed seed file name (no source)`);
  if (!Array.isArray(m.lines) || m.lines.length !== 2 || !m.lines.every((n) => Number.isInteger(n) && n > 0))
    throw new DataError(`${f('lines')}: expected [first, last] seed line numbers`);
  if (m.grade === ('D' as string)) throw new DataError(`${f('grade')}: grade-D figures are described in words, never drawn`);
  if (!['A', 'B', 'C'].includes(m.grade)) throw new DataError(`${f('grade')}: expected A, B or C`);
  if (m.quoteSign !== 'as-printed' && m.quoteSign !== 'magnitude')
    throw new DataError(`${f('quoteSign')}: expected "as-printed" or "magnitude"`);
  if (!m.x || (m.x.kind !== 'year' && m.x.kind !== 'category')) throw new DataError(`${f('x.kind')}: expected "year" or "category"`);
  requireBilingual(m.x.label, file, 'x.label');
  if (m.x.kind === 'category') {
    if (!m.x.categories || !Object.keys(m.x.categories).length) throw new DataError(`${f('x.categories')}: missing`);
    for (const [k, v] of Object.entries(m.x.categories)) requireBilingual(v, file, `x.categories.${k}`);
  }
  if (!m.series || !Object.keys(m.series).length) throw new DataError(`${f('series')}: missing`);
  for (const [k, v] of Object.entries(m.series)) requireBilingual(v, file, `series.${k}`);
  if (m.short !== undefined) requireBilingual(m.short, file, 'short');
  else if (m.x.kind === 'year' && Object.keys(m.series).length === 1)
    throw new DataError(`${f('short')}: missing (a one-series year dataset names its values by it, e.g. in the deck's key numbers)`);
  if (!m.quotes || typeof m.quotes !== 'object') throw new DataError(`${f('quotes')}: missing (no source text)`);
  for (const [line, q] of Object.entries(m.quotes)) {
    if (!/^\d+$/.test(line)) throw new DataError(`${f(`quotes.${line}`)}: key must be a seed line number`);
    if (typeof q !== 'string' || !q.trim()) throw new DataError(`${f(`quotes.${line}`)}: empty quote`);
  }
  return m;
}

export function parseRows(csvText: string, file: string, meta: DatasetMeta, metaFile: string): Row[] {
  const lines = csvText.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const header = (lines.shift() ?? '').split(',').map((h) => h.trim());
  if (header.join(',') !== HEADER.join(','))
    throw new DataError(`${file} header: expected "${HEADER.join(',')}", got "${header.join(',')}"`);
  if (!lines.length) throw new DataError(`${file}: no rows`);
  const seen = new Set<string>();
  // (line, printed number) → rows citing it: a row copied from another cites the same printed number.
  const cited = new Map<string, number[]>();
  return lines.map((text, i) => {
    const rowNo = i + 1;
    const at = (field: string) => where(file, rowNo, field);
    const cells = text.split(',');
    if (cells.length !== HEADER.length)
      throw new DataError(`${where(file, rowNo)}: expected ${HEADER.length} fields, got ${cells.length} ("${text}")`);
    const [x, series, value, line] = cells.map((c) => c.trim());
    if (!x) throw new DataError(`${at('x')}: missing value`);
    if (meta.x.kind === 'year' && !/^\d{4}$/.test(x)) throw new DataError(`${at('x')}: "${x}" is not a year`);
    if (meta.x.kind === 'category' && !meta.x.categories?.[x])
      throw new DataError(`${at('x')}: category "${x}" is not declared in ${metaFile} x.categories`);
    if (!series) throw new DataError(`${at('series')}: missing value`);
    if (!meta.series[series]) throw new DataError(`${at('series')}: series "${series}" is not declared in ${metaFile} series`);
    if (!value) throw new DataError(`${at('value')}: missing value`);
    if (!NUMBER.test(value)) throw new DataError(`${at('value')}: "${value}" is not a number`);
    if (!line) throw new DataError(`${at('line')}: missing value (a number without a source)`);
    if (!/^\d+$/.test(line)) throw new DataError(`${at('line')}: "${line}" is not a seed line number`);
    const quote = meta.quotes[line];
    if (!quote) throw new DataError(`${at('line')}: line ${line} has no quoted source text in ${metaFile} quotes`);
    const v = Number(value);
    const opts = { magnitude: meta.quoteSign === 'magnitude', glued: meta.glued, literal: value };
    // A number broken at the end of its line ("1兆" / "3,412億円") is read with the next quoted line.
    const next = meta.quotes[String(Number(line) + 1)];
    if (!valueInQuote(v, quote, opts) && !(next && valueInQuote(v, quote + next, opts)))
      throw new DataError(`${at('value')}: ${value} does not appear in the quoted source line ${line}: "${quote.trim()}"`);
    if (meta.x.kind === 'year' && v === Number(x))
      throw new DataError(`${at('value')}: ${value} is the row's own year, not a value read from line ${line}`);
    const quoted = next && !valueInQuote(v, quote, opts) ? quote + next : quote;
    const printed = matchingTokens(v, quoted, opts);
    const dates = dateTokens(quoted).filter((d) => Number(d) === (opts.magnitude ? Math.abs(v) : v)).length;
    if (printed <= dates)
      throw new DataError(`${at('value')}: ${value} matches only a year or date on line ${line}: "${quote.trim()}"`);
    const cite = `${line}|${opts.magnitude ? Math.abs(v) : v}`;
    cited.set(cite, [...(cited.get(cite) ?? []), rowNo]);
    if (cited.get(cite)!.length > printed - dates)
      throw new DataError(
        `${at('value')}: ${value} on line ${line} is already cited by row ${cited.get(cite)![0]}, and the line prints it only ${printed - dates === 1 ? 'once' : `${printed - dates} times`} (a copied row?)`
      );
    const key = cellKey(x, series);
    if (seen.has(key)) throw new DataError(`${at('x')}: duplicate row for x "${x}", series "${series}"`);
    seen.add(key);
    return { x, series, value: v, line: Number(line) };
  });
}

export function parseDataset(story: string, id: string, csvText: string | undefined, jsonText: string | undefined): Dataset {
  const csvFile = `data/${story}/${id}.csv`;
  const jsonFile = `data/${story}/${id}.json`;
  if (jsonText === undefined) throw new DataError(`${csvFile}: has no metadata file ${jsonFile} (no source)`);
  if (csvText === undefined) throw new DataError(`${jsonFile}: has no values file ${csvFile}`);
  const meta = parseMeta(jsonText, jsonFile);
  const rows = parseRows(csvText, csvFile, meta, jsonFile);
  const cells = new Set(rows.map((r) => cellKey(r.x, r.series)));
  for (const field of ['approx', 'uncertain', 'forecast'] as const) {
    for (const c of meta[field] ?? [])
      if (!cells.has(c)) throw new DataError(`${where(jsonFile, undefined, field)}: "${c}" names no row of ${csvFile}`);
  }
  for (const [c, words] of Object.entries(meta.printed ?? {})) {
    if (!meta.approx?.includes(c)) throw new DataError(`${where(jsonFile, undefined, 'printed')}: "${c}" is not listed in approx`);
    if (!words?.ja || !words?.en) throw new DataError(`${where(jsonFile, undefined, 'printed')}: "${c}" needs ja and en`);
  }
  return { key: `${story}/${id}`, story, id, meta, rows };
}

/** Parse every dataset from a map of `data/<story>/<file>` → text. */
export function parseAll(files: Record<string, string>): Map<string, Dataset> {
  const groups = new Map<string, { story: string; id: string; csv?: string; json?: string }>();
  for (const [path, text] of Object.entries(files)) {
    const m = /(?:^|\/)data\/([^/]+)\/([^/]+)\.(csv|json)$/.exec(path);
    if (!m) continue;
    const [, story, id, ext] = m;
    const g = groups.get(`${story}/${id}`) ?? { story, id };
    g[ext as 'csv' | 'json'] = text;
    groups.set(`${story}/${id}`, g);
  }
  const out = new Map<string, Dataset>();
  for (const [key, g] of groups) {
    // A JSON without a CSV is a quote-only file (e.g. conclusion.json), not a dataset.
    if (g.csv === undefined && g.json !== undefined && !isDatasetMeta(g.json, `data/${key}.json`)) continue;
    out.set(key, parseDataset(g.story, g.id, g.csv, g.json));
  }
  return out;
}

function isDatasetMeta(jsonText: string, file: string): boolean {
  const o = parseJson(jsonText, file);
  return !!o && typeof o === 'object' && 'series' in o;
}
