// Every quote of every story, checked against the white paper's text kept in data/source/: each
// quoted line (`quotes`, `lineTexts`) equals that line of its seed file, each sentence quote is in
// its joined lines, and each printed date is on its `dateLines`. Walks every JSON file of every
// story folder in data/, so a new story or dataset is covered without editing this file.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedStories } from '../../src/lib/stories';

const dataDir = new URL('../../data/', import.meta.url);
const DEFAULT_SEED = '000_42e09b4d009f57e2.txt';
const seeds = new Map<string, string[]>();
const seedLines = (name: string) => {
  if (!seeds.has(name)) seeds.set(name, readFileSync(new URL(`source/${name}`, dataDir), 'utf8').split('\n'));
  return seeds.get(name)!;
};

type Node = { seed?: string; quotes?: Record<string, string>; lineTexts?: Record<string, string>; quote?: string; dates?: Record<string, string>; dateLines?: Record<string, number[]> };

/** Every check of one JSON document, as [where, actual, expected] triples; `seed` is inherited downwards. */
function checks(where: string, v: unknown, seed = DEFAULT_SEED, out: [string, string, string][] = []) {
  if (!v || typeof v !== 'object') return out;
  const o = v as Node;
  const s = typeof o.seed === 'string' ? o.seed : seed;
  const lines = seedLines(s);
  const line = (n: string | number) => (lines[Number(n) - 1] ?? `<no line ${n} in ${s}>`).trim();
  for (const key of ['quotes', 'lineTexts'] as const)
    if (o[key] && typeof o[key] === 'object') for (const [n, q] of Object.entries(o[key])) out.push([`${where} ${key} L.${n}`, line(n), q.trim()]);
  if (typeof o.quote === 'string' && o.lineTexts) {
    const joined = Object.keys(o.lineTexts).map(line).join('');
    out.push([`${where} quote in its lines`, joined.includes(o.quote) ? o.quote : joined, o.quote]);
  }
  for (const [k, ns] of Object.entries(o.dateLines ?? {})) {
    // The printed date ("2024年12月") is on its lines, possibly split after 年.
    const digits = (t: string) => t.replace(/[^\d年月]/g, '');
    const text = digits(ns.map(line).join(''));
    const date = digits(o.dates?.[k] ?? '');
    out.push([`${where} date ${k}`, text.includes(date) && date ? date : text, date]);
  }
  for (const [k, x] of Object.entries(v)) if (k !== 'quotes' && k !== 'lineTexts') checks(`${where}.${k}`, x, s, out);
  return out;
}

const storyDirs = readdirSync(dataDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'source')
  .map((d) => d.name);

describe('quotes against the white paper (data/source/)', () => {
  it('has a data folder for every published story', () => {
    for (const s of publishedStories()) expect(storyDirs, s.slug).toContain(s.slug);
  });

  for (const story of storyDirs)
    it(`${story}: every quoted line is the source line, as printed`, () => {
      const all = readdirSync(new URL(`${story}/`, dataDir))
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => checks(`${story}/${f}`, JSON.parse(readFileSync(new URL(`${story}/${f}`, dataDir), 'utf8'))));
      expect(all.length).toBeGreaterThan(0);
      const wrong = all.filter(([, actual, expected]) => actual !== expected).map(([w, a, e]) => `${w}: source "${a}" ≠ quote "${e}"`);
      expect(wrong).toEqual([]);
    });

  it('the check can fail: a quote one character off is reported', () => {
    const [[, actual]] = checks('t', { quotes: { '1': 'x' } });
    const [first] = checks('t', { quotes: { '1': actual + '。' } });
    expect(first[1]).not.toBe(first[2]);
  });
});
