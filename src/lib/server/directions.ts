// Grade-D findings the white paper states only as a direction ("decreased", "increased", "showed a
// high share") with no values: read from a quote-only JSON in data/<story>/ and drawn as arrows and
// words by the text chart, never as bars (there is no length to draw).
import type { Locale } from '$lib/i18n';
import type { ResolvedDirection } from '$lib/model/resolved';
import { quoteFile } from './data';

interface DirectionsFile {
  directions: { item: { ja: string; en: string }; direction: string; line: number; caveat?: { ja: string; en: string } }[];
  quotes: Record<string, string>;
}

// The seed's own words for each direction (減少 / 増加 / 高い割合, lines 9677 and 9682).
const WORDS: Record<ResolvedDirection['direction'], { ja: string; en: string; seed: string }> = {
  down: { ja: '減少', en: 'fell', seed: '減少' },
  up: { ja: '増加', en: 'rose', seed: '増加' },
  high: { ja: '高い割合', en: 'high share', seed: '高い割合' }
};

export function readDirections(story: string, name: string, locale: Locale, ctx: string): { directions: ResolvedDirection[] } {
  const f = quoteFile(story, name) as unknown as DirectionsFile;
  if (!Array.isArray(f.directions)) throw new Error(`${ctx}.chart.directions: data/${story}/${name}.json has no "directions"`);
  const directions = f.directions.map((d, i) => {
    const at = `${ctx}.chart.directions[${i}]`;
    const w = WORDS[d.direction as ResolvedDirection['direction']];
    if (!w) throw new Error(`${at}: unknown direction "${d.direction}" in data/${story}/${name}.json`);
    // The item and its direction word must be on the quoted line the finding cites (or the next,
    // when the sentence wraps), so a direction can't be attached to the wrong item.
    const text = (f.quotes[d.line] ?? '') + (f.quotes[d.line + 1] ?? '');
    if (!text.includes(d.item.ja.replace(/（.*$/, '')) && !text.includes(d.item.ja))
      throw new Error(`${at}: "${d.item.ja}" is not on quoted line ${d.line}`);
    if (!text.includes(w.seed)) throw new Error(`${at}: "${w.seed}" is not on quoted line ${d.line}`);
    return {
      item: d.item[locale],
      direction: d.direction as ResolvedDirection['direction'],
      word: w[locale],
      line: d.line,
      ...(d.caveat && { caveat: d.caveat[locale] })
    };
  });
  return { directions };
}
