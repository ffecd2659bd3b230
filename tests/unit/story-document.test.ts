// The story document check: each broken fixture must fail with file:line, step and field, so the
// three mistakes that used to pass the build silently (a missing English text, a placeholder typo
// in both languages, a chart kind typo) and every other listed mistake now stop it.
import { describe, expect, it } from 'vitest';
import { readStoryDocument } from '../../src/lib/stories/document';
import { findDataset } from '../../src/lib/server/data';
import { seedLines } from '../../src/lib/server/story-files';
import { goodStory, guidedStory } from '../fixtures/story-document';
import type { DataStateOptions } from '../../src/lib/model/chart-state';

const FILE = 'data/test/story.yaml';
const ctx = { dataset: (id: string) => findDataset('digital-deficit', id), seed: seedLines };
const read = (yaml: string) => readStoryDocument('test', FILE, yaml, ctx);
/** Replace `from` (which must occur once) and return the text and the 1-based line of the change. */
function breakAt(from: string, to: string, base = goodStory): { yaml: string; line: number } {
  const at = base.indexOf(from);
  if (at < 0 || base.indexOf(from, at + 1) >= 0) throw new Error(`fixture: "${from}" must occur once`);
  return { yaml: base.slice(0, at) + to + base.slice(at + from.length), line: base.slice(0, at).split('\n').length };
}
function errorOf(yaml: string): string {
  try {
    read(yaml);
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('story documents', () => {
  it('reads the good fixture: bilingual copy, values, source lines as ranges', () => {
    const { spec, unsupported } = read(goodStory);
    expect(spec.slug).toBe('test');
    expect(spec.steps[0].text[0].src).toEqual([[2516, 2517]]);
    expect((spec.steps[0].chart as DataStateOptions).x).toEqual(['2023', '2024']);
    expect(unsupported).toEqual([]);
  });

  it.each([
    ['a missing English text', '        en: In 2024 the deficit was {total}, {change} more than a year earlier.\n', '', 'step "hook" text[0].en: missing language', -1],
    ['a placeholder typo in both languages', '{total}でした。前年より{change}増えました。\n        en: In 2024 the deficit was {total}', '{totl}でした。前年より{change}増えました。\n        en: In 2024 the deficit was {totl}', 'step "hook" text[0].ja: placeholder {totl} has no value (values: total, change)', 0],
    ['a chart kind typo', 'kind: columns', 'kind: column', 'step "hook" chart.kind: unknown chart kind: expected one of columns, bars', 0],
    ['an unknown key', '      series: [total]\n', '      series: [total]\n      colour: red\n', 'step "hook" chart.colour: unknown key "colour"', 1],
    ['a text chart without a title', 'kind: text, title: { ja: まとめ, en: Summary }, ', 'kind: text, ', 'step "next" chart.title: missing', 0],
    ['an option of another chart kind', '      series: [total]\n', '      series: [total]\n      sort: desc\n', 'step "hook" chart.sort: unknown key "sort"', 1],
    ['a value never used', '      change: {', '      unused: { dataset: deficit-2024, x: three_items_2024, series: value }\n      change: {', 'step "hook" values.unused: value {unused} is never used in the text or alt', 0],
    ['a placeholder in one language only', 'In 2024 the deficit was {total}, {change} more', 'In 2024 the deficit was {total}, more', 'step "hook" text[0].en: uses no {change}, which the Japanese uses', 0],
    ['an unknown dataset', 'dataset: services-balance', 'dataset: services-balanse', 'step "hook" chart.dataset: unknown dataset "services-balanse"', 0],
    ['an unknown series', 'series: [total]', 'series: [totl]', 'step "hook" chart.series[0]: unknown series "totl"', 0],
    ['an unknown x', 'x: ["2023", "2024"]', 'x: ["2023", "2042"]', 'step "hook" chart.x[1]: unknown x "2042"', 0],
    ['a paragraph without source lines', '        src: [2516-2517]\n', '', 'step "hook" text[0].src: missing (the seed lines this paragraph rests on, e.g. src: [2513-2519])', -2],
    ['a source line outside the file', 'src: [2516-2517]', 'src: [2516-2517, 999999]', 'step "hook" text[0].src[1]: line 999999 is outside the seed file', 0],
    ['a number its source lines do not print', 'src: [2516-2517]', 'src: [2513-2514]', 'step "hook" text[0].src: 2024, {total}=-6.7, {change}=-0.9 are not printed in lines 2513-2514', 0],
    ['English identical to Japanese', 'dek: { ja: 一行の要約, en: A one-line summary }', 'dek: { ja: 一行の要約, en: 一行の要約 }', 'dek.en: the English text is identical to the Japanese (not translated?)', 0],
    ['a placeholder where no value is filled', 'title: { ja: テスト, en: Test }', 'title: { ja: "テスト{n}", en: "Test {n}" }', 'title.ja: {n} is not filled here: this text takes no values', 0],
    ['an exception that is not one', '        src: [2516-2517]\n', '        src: [2516-2517]\n        unsupported: ["6.7"]\n', 'step "hook" text[0].unsupported: 6.7 is printed in the source lines after all', 1],
    ['a step id used twice', '  - id: next', '  - id: hook', 'step "hook" id: step id "hook" is used twice', 0],
    ['a date that is not an ISO date', 'published: 2026-11-23', 'published: 2026/11/23', 'published: expected an ISO date such as 2026-11-29', 0],
    ['an update before publication', 'updated: 2026-11-29', 'updated: 2026-11-22', 'updated: updated 2026-11-22 is before published 2026-11-23', 0],
    ['a YAML syntax error', 'x: ["2023", "2024"]', 'x: ["2023", "2024"', 'Flow sequence', 1]
  ])('fails on %s, naming file, line, step and field', (_, from, to, message, lineShift) => {
    const { yaml, line } = breakAt(from, to);
    let error = '';
    try {
      read(yaml);
    } catch (e) {
      error = (e as Error).message;
    }
    expect(error).toContain(message);
    // The line of the broken field (or, for a missing one, of its parent).
    expect(error).toMatch(new RegExp(`^${esc(FILE)}:${line + lineShift}: `));
  });

  it('lists a known exception instead of failing, for the editorial issue', () => {
    const { yaml } = breakAt('src: [2516-2517]', 'src: [2516-2517]\n        unsupported: ["2025"]');
    const withNumber = yaml.replace('In 2024 the deficit', 'In 2024 (and 2025) the deficit');
    expect(read(withNumber).unsupported).toEqual([{ where: `${FILE}:9: step "hook" text[0]`, numbers: ['2025'] }]);
  });
});

describe('the teacher\'s guide', () => {
  it('reads a guide: objectives, subjects, both plans, sourced vocabulary and misconceptions, prompts and questions', () => {
    const { spec } = read(guidedStory);
    const g = spec.guide!;
    expect(g.objectives).toHaveLength(2);
    expect(g.subjects.map((s) => s.ja)).toEqual(['公共', '情報Ⅰ']);
    expect(g.plan45.reduce((a, p) => a + p.min, 0)).toBe(45);
    expect(g.plan15.map((p) => p.min)).toEqual([10, 5]);
    expect(g.vocabulary[0].src).toEqual([[1884, 1885], [2513, 2513]]);
    expect(g.vocabulary[1].term).toEqual({ ja: 'ICT', en: 'ICT' });
    expect(g.misconceptions[1].src).toEqual([[2516, 2517]]);
    expect(spec.steps.map((s) => s.prompt?.en)).toEqual(['Point at the 2024 column.', 'Read the summary aloud.']);
    expect(spec.steps[1].question?.ja).toBe('赤字は今後どうなるでしょう。');
  });

  it('leaves prompts and the guide optional for a story without one', () => {
    expect(read(goodStory).spec.guide).toBeUndefined();
  });

  it.each([
    ['a vocabulary line that does not exist', 'src: [12377-12378]', 'src: [12377-999999]', 'guide.vocabulary[1].src[0]: line 999999 is outside the seed file', 0],
    ['a misconception whose lines do not print its number', 'src: [2516-2517]\nsteps:', 'src: [2513-2514]\nsteps:', 'guide.misconceptions[1].src: 2024, 6.7 are not printed in lines 2513-2514', 0],
    ['a 45-minute plan whose minutes add up to 50', '{ min: 15, ja: 話し合い', '{ min: 20, ja: 話し合い', 'guide.plan45: the minutes add up to 50, not 45', -2],
    ['a 15-minute plan whose minutes add up to 14', '{ min: 5, ja: 問いを一つ', '{ min: 4, ja: 問いを一つ', 'guide.plan15: the minutes add up to 14, not 15', -1],
    ['a plan step without minutes', '{ min: 5, ja: 導入, en: Introduction }', '{ ja: 導入, en: Introduction }', 'guide.plan45[0].min: missing', 0],
    ['a step without a prompt', '    prompt: { ja: まとめを読み上げます。, en: Read the summary aloud. }\n', '', 'step "next": no prompt (with a guide, every slide needs one)', -4],
    ['fewer than five questions', '  - { ja: 赤字は減らすべきでしょうか。, en: Should the deficit shrink? }\n', '', 'guide: a story with a guide needs at least 5 discussion questions', 2],
    ['a question repeated on a slide', '{ ja: 赤字は今後どうなるでしょう。, en: Where is the deficit heading? }', '{ ja: 赤字は減らすべきでしょうか？, en: Where is the deficit heading? }', 'step "next" question.ja: repeats the discussion question at questions[1]', 0],
    ['a prompt with a number its step\'s lines do not print', 'Point at the 2024 column.', 'Point at the 2019 column.', 'step "hook" prompt: 2019 is not printed in lines 2516-2517', 0],
    ['a guide text with a placeholder', 'ja: 導入, en: Introduction', 'ja: "導入{n}", en: "Introduction {n}"', 'guide.plan45[0].ja: {n} is not filled here', 0]
  ])('fails on %s, naming file, line and field', (_, from, to, message, lineShift) => {
    const { yaml, line } = breakAt(from, to, guidedStory);
    const error = errorOf(yaml);
    expect(error).toContain(message);
    expect(error).toMatch(new RegExp(`^${esc(FILE)}:${line + lineShift}: `));
  });
});
