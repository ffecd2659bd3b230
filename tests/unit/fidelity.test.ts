// Data fidelity: every drawn number has a figure ID and a white-paper line, and every number
// written into the copy (messages, not data) appears in a quote of the white paper stored in data/.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedStories } from '../../src/lib/stories';
import { resolveStory } from '../../src/lib/server/resolve';
import { allDatasets } from '../../src/lib/server/data';

const dataDir = new URL('../../data/', import.meta.url);
/** Every quoted white-paper line kept in data/ (datasets and quote-only files). */
function allQuotes(): string {
  const out: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  for (const story of readdirSync(dataDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name))
    for (const f of readdirSync(new URL(`${story}/`, dataDir)).filter((f) => f.endsWith('.json')))
      collect(JSON.parse(readFileSync(new URL(`${story}/${f}`, dataDir), 'utf8')));
  return out.join('\n');
}
/** Half-width digits, no thousands separators: "１，２３４" and "1,234" both → "1234". */
const norm = (s: string) => s.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/(\d),(?=\d{3})/g, '$1');

/** Numbers a message states in its own words. Placeholders like {value} are filled from data/;
 *  citations of the white paper's own text lines ("lines 9665–9874", "9665–9874行") are not data. */
function literalNumbers(message: string): string[] {
  const text = message.replace(/\{[^}]*\}/g, ' ').replace(/(lines?|L\.)\s*\d+(?:[–-]\d+)?|\d+(?:[–-]\d+)?行/g, ' ');
  return norm(text).match(/\d+(?:\.\d+)?/g) ?? [];
}

describe('data fidelity', () => {
  it('every drawn row carries its white-paper line, and its dataset a figure ID and seed lines', () => {
    for (const spec of publishedStories())
      for (const step of resolveStory(spec, 'ja').steps) {
        const c = step.chart;
        if (c.kind === 'text') continue;
        expect(c.sourceLine, c.id).toMatch(/図表|付注/);
        for (const r of [...c.rows, ...(c.overlay?.rows ?? [])]) expect(r.line, `${c.id} ${r.x}/${r.series}`).toBeGreaterThan(0);
      }
    for (const [id, d] of allDatasets()) {
      expect(d.meta.figure, id).toBeTruthy();
      expect(d.meta.lines?.length, id).toBe(2);
    }
  });

  it('every number written into the copy appears in a white-paper quote kept in data/', () => {
    const quotes = norm(allQuotes());
    const missing: string[] = [];
    for (const locale of ['ja', 'en'] as const) {
      const messages = JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>;
      const used = new Set(
        publishedStories().flatMap((s) => [s.title, s.dek, s.method ?? '', ...(s.questions ?? []), ...s.steps.flatMap((st) => [...st.text, st.alt, st.chart.note ?? '', ...(st.chart.statements ?? [])])])
      );
      for (const key of used)
        for (const n of literalNumbers(messages[key] ?? ''))
          if (!quotes.includes(n)) missing.push(`messages/${locale}.json "${key}": ${n}`);
    }
    expect(missing).toEqual([]);
  });

  it('the number check can fail', () => {
    expect(literalNumbers('about {value}, up from ６．７ in 2,014 (lines 12–13)')).toEqual(['6.7', '2014']);
    expect(norm('３兆４，１６８億円').includes('4168')).toBe(true);
  });
});
