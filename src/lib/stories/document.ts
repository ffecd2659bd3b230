// Reads one story document (data/<slug>/story.yaml) into a StorySpec, or fails with
// "file:line step "id" field: what to fix". Pure over its inputs (the YAML text, the story's
// datasets and the seed text), so the build and the unit tests with broken fixtures run the same code.
import { LineCounter, parseDocument, type Document } from 'yaml';
import * as v from 'valibot';
import { storyDocument } from './schema';
import type { Bilingual, ChartState, StepSpec, StorySpec } from './types';
import type { Dataset } from '../data/types';
import type { DataStateOptions } from '../model/chart-state';
import { isDataState } from '../charts/kinds';
import { isSameNumber, literalNumbers, numberTokens, valueInQuote } from '../data/numbers';

export class StoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryError';
  }
}

export interface DocumentContext {
  /** The story's dataset `id`, or undefined when data/<slug>/<id>.csv does not exist. */
  dataset: (id: string) => Dataset | undefined;
  /** Lines of a seed file (index 0 is line 1), or undefined when it is not in data/source/. */
  seed: (file: string) => string[] | undefined;
}

type Path = (string | number)[];

/** Numbers a paragraph writes that its source lines do not print, per paragraph (for the report). */
export interface Unsupported {
  where: string;
  numbers: string[];
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w*)\}/g)].map((m) => m[1]);

export function readStoryDocument(slug: string, file: string, yamlText: string, ctx: DocumentContext): { spec: StorySpec; unsupported: Unsupported[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new StoryError(`${file}:${e.linePos?.[0].line ?? '?'}: ${e.message.split('\n')[0]}`);
  }
  const raw = doc.toJS();
  const at = (path: Path) => `${file}:${lineOf(doc, lineCounter, path)}: ${fieldName(raw, path)}`;
  const parsed = v.safeParse(storyDocument, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = (issue.path ?? []).map((p) => p.key as string | number);
    throw new StoryError(`${at(path)}: ${issueText(issue)}`);
  }
  const spec = { slug, file, ...parsed.output } as StorySpec;
  const fail = (path: Path, msg: string): never => {
    throw new StoryError(`${at(path)}: ${msg}`);
  };
  if (spec.updated < spec.published) fail(['updated'], `updated ${spec.updated} is before published ${spec.published}`);
  checkTexts(parsed.output, [], fail);
  checkGuide(spec, ctx, fail);
  if (spec.preview) checkChart(spec.preview, ['preview'], ctx, fail);
  const unsupported: Unsupported[] = [];
  spec.steps.forEach((step, i) => {
    const p: Path = ['steps', i];
    if (spec.steps.findIndex((s) => s.id === step.id) !== i) fail([...p, 'id'], `step id "${step.id}" is used twice (links #step-${step.id} must be unique)`);
    checkChart(step.chart, [...p, 'chart'], ctx, fail);
    checkValues(step, p, ctx, fail);
    checkSlideWords(step, ctx, (path, msg) => fail([...p, ...path], msg));
    step.text.forEach((para, j) => {
      const missing = checkParagraph(step, j, ctx, (path, msg) => fail([...p, 'text', j, ...path], msg));
      if (missing.length) unsupported.push({ where: `${at([...p, 'text', j])}`, numbers: missing });
    });
  });
  return { spec, unsupported };
}

/** Every { ja, en } pair: English that is a copy of the Japanese is a missing translation; and
 *  only the fields that get values may hold {placeholders}. */
function checkTexts(node: unknown, path: Path, fail: (p: Path, m: string) => never): void {
  if (Array.isArray(node)) return node.forEach((n, i) => checkTexts(n, [...path, i], fail));
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (typeof o.ja === 'string' && typeof o.en === 'string') {
    const field = String(path[path.length - 1]);
    // A vocabulary term may be the same in both (GPU, ICT).
    if (o.ja === o.en && field !== 'term') fail([...path, 'en'], 'the English text is identical to the Japanese (not translated?)');
    const parent = String(path[path.length - 2]);
    const allowed = parent === 'text' || field === 'alt' ? null : field === 'note' ? ['uncertain'] : parent === 'annotations' || field === 'text' ? ['value'] : [];
    for (const l of ['ja', 'en'] as const)
      for (const name of placeholders(o[l] as string))
        if (allowed && !allowed.includes(name))
          fail([...path, l], allowed.length ? `{${name}} is not filled here (only ${allowed.map((a) => `{${a}}`).join(', ')})` : `{${name}} is not filled here: this text takes no values`);
    return;
  }
  for (const [k, val] of Object.entries(o)) checkTexts(val, [...path, k], fail);
}

/** Placeholders in text and alt against the step's values: none without a value, none unused,
 *  the same set in both languages. */
function checkValues(step: StepSpec, p: Path, ctx: DocumentContext, fail: (p: Path, m: string) => never): void {
  const names = Object.keys(step.values ?? {});
  const used = new Set<string>();
  const texts: [Path, Bilingual][] = [...step.text.map((t, j): [Path, Bilingual] => [['text', j], t]), [['alt'], step.alt]];
  for (const [tp, t] of texts) {
    const ja = placeholders(t.ja);
    const en = placeholders(t.en);
    for (const [l, list] of [['ja', ja], ['en', en]] as const)
      for (const name of list) {
        if (!names.includes(name)) fail([...p, ...tp, l], `placeholder {${name}} has no value (values: ${names.join(', ') || 'none'})`);
        used.add(name);
      }
    const onlyJa = ja.filter((n) => !en.includes(n));
    const onlyEn = en.filter((n) => !ja.includes(n));
    if (onlyJa.length) fail([...p, ...tp, 'en'], `uses no {${onlyJa[0]}}, which the Japanese uses`);
    if (onlyEn.length) fail([...p, ...tp, 'ja'], `uses no {${onlyEn[0]}}, which the English uses`);
  }
  for (const name of names) {
    if (!used.has(name) && !step.values![name].keyNumberOnly) fail([...p, 'values', name], `value {${name}} is never used in the text or alt`);
    const ref = step.values![name];
    const d = ctx.dataset(ref.dataset);
    if (!d) fail([...p, 'values', name, 'dataset'], `unknown dataset "${ref.dataset}"`);
    if (!d!.rows.some((r) => r.x === ref.x && r.series === ref.series))
      fail([...p, 'values', name], `data/${d!.key}.csv has no row x "${ref.x}", series "${ref.series}"`);
  }
}

function checkChart(c: ChartState, p: Path, ctx: DocumentContext, fail: (p: Path, m: string) => never): void {
  if (!isDataState(c)) return;
  // Kind options from one shape: the schema has refused an option on a kind it is not for.
  const o: DataStateOptions = c;
  if (!c.dataset) fail([...p, 'kind'], `a "${c.kind}" chart needs a dataset`);
  const d = ctx.dataset(c.dataset!);
  if (!d) return fail([...p, 'dataset'], `unknown dataset "${c.dataset}"`);
  const xsOf = (ds: Dataset) => new Set(ds.rows.map((r) => r.x));
  const checkSeries = (ds: Dataset, list: string[] | undefined, fp: Path) =>
    list?.forEach((s, i) => ds.meta.series[s] || fail([...fp, i], `unknown series "${s}" (data/${ds.key}.json has ${Object.keys(ds.meta.series).join(', ')})`));
  const checkX = (ds: Dataset, list: string[] | undefined, fp: Path) =>
    list?.forEach((x, i) => xsOf(ds).has(x) || ds.meta.series[x] || fail([...fp, i], `unknown x "${x}" (not in data/${ds.key}.csv)`));
  checkSeries(d, c.series, [...p, 'series']);
  checkX(d, c.x, [...p, 'x']);
  checkX(d, c.highlight?.x, [...p, 'highlight', 'x']);
  checkSeries(d, c.highlight?.series, [...p, 'highlight', 'series']);
  checkX(d, o.named, [...p, 'named']);
  o.groups?.forEach((g, i) => checkX(d, g.x, [...p, 'groups', i, 'x']));
  if (o.overlay) {
    const od = o.overlay.dataset ? ctx.dataset(o.overlay.dataset) : d;
    if (!od) fail([...p, 'overlay', 'dataset'], `unknown dataset "${o.overlay.dataset}"`);
    checkSeries(od!, [o.overlay.series], [...p, 'overlay', 'series']);
  }
  c.annotations?.forEach((a, i) => {
    const ad = a.dataset ? ctx.dataset(a.dataset) : d;
    if (!ad) fail([...p, 'annotations', i, 'dataset'], `unknown dataset "${a.dataset}"`);
    checkSeries(ad!, [a.series], [...p, 'annotations', i, 'series']);
    checkX(ad!, [a.x], [...p, 'annotations', i, 'x']);
  });
}

/** The seed's lines, or a failure when data/source/ lacks the seed file. */
function seedOf(ctx: DocumentContext, fail: (p: Path, m: string) => never): string[] {
  return ctx.seed('000_42e09b4d009f57e2.txt') ?? fail(['src'], 'the seed file data/source/000_42e09b4d009f57e2.txt is missing');
}

/** The `src` ranges exist in the seed; returns their text, each range also read as one line, since
 *  a number may break across two lines ("1兆" / "3,412億円"). */
function sourceQuotes(src: [number, number][], seed: string[], fail: (p: Path, m: string) => never): string[] {
  src.forEach(([a, b], i) => {
    if (a > b) fail(['src', i], `line range ${a}-${b} runs backwards`);
    if (a < 1 || b > seed.length) fail(['src', i], `line ${a < 1 ? a : b} is outside the seed file (1-${seed.length})`);
    if (!seed.slice(a - 1, b).join('').trim()) fail(['src', i], `lines ${a}-${b} are empty`);
  });
  return ['\n', ''].map((sep) => src.map(([a, b]) => seed.slice(a - 1, b).join(sep)).join('\n'));
}

/** Numbers the texts write (in either language) that the quotes do not print. */
function unprinted(texts: string[], quotes: string[]): string[] {
  const printed = quotes.flatMap(numberTokens);
  return [...new Set(texts.flatMap(literalNumbers))].filter((n) => !printed.some((t) => isSameNumber(t.replace(/^-/, ''), n)));
}

const rangesText = (src: [number, number][]) => src.map(([a, b]) => (a === b ? a : `${a}-${b}`)).join(', ');
const notPrinted = (numbers: string[], src: [number, number][]) =>
  `${numbers.join(', ')} ${numbers.length > 1 ? 'are' : 'is'} not printed in lines ${rangesText(src)} (add the line that prints it)`;

/** §4: the paragraph's source lines exist, and every number it writes (its own digits, and the
 *  values filled into it) is printed in them. Returns the numbers listed as known exceptions. */
function checkParagraph(step: StepSpec, j: number, ctx: DocumentContext, fail: (p: Path, m: string) => never): string[] {
  const para = step.text[j];
  const quotes = sourceQuotes(para.src, seedOf(ctx, fail), fail);
  const missing = new Set<string>(unprinted([para.ja, para.en], quotes));
  for (const name of new Set(placeholders(para.ja))) {
    const ref = step.values![name];
    const d = ctx.dataset(ref.dataset)!;
    const row = d.rows.find((r) => r.x === ref.x && r.series === ref.series)!;
    const opts = { magnitude: ref.magnitude || d.meta.quoteSign === 'magnitude', glued: d.meta.glued };
    // Glued chart labels ("26.026.0") repeat the printed digits, which the CSV's number may have lost.
    const literals = [undefined, ...(d.meta.glued ? [1, 2].map((k) => Math.abs(row.value).toFixed(k)) : [])];
    if (!quotes.some((q) => literals.some((literal) => valueInQuote(row.value, q, { ...opts, literal }))))
      missing.add(`{${name}}=${row.value}`);
  }
  const known = new Set(para.unsupported ?? []);
  const unknown = [...missing].filter((n) => !known.has(n));
  if (unknown.length) fail(['src'], notPrinted(unknown, para.src));
  const stale = [...known].filter((n) => !missing.has(n));
  if (stale.length) fail(['unsupported'], `${stale.join(', ')} is printed in the source lines after all: remove it from unsupported`);
  return [...known];
}

/** A slide's prompt and question write only numbers that the step's own source lines print. */
function checkSlideWords(step: StepSpec, ctx: DocumentContext, fail: (p: Path, m: string) => never): void {
  const src = [...step.text.flatMap((t) => t.src), ...(step.sources ?? []).map((s) => s.lines)];
  for (const field of ['prompt', 'question'] as const) {
    const t = step[field];
    if (!t) continue;
    const missing = unprinted([t.ja, t.en], sourceQuotes(src, seedOf(ctx, fail), fail));
    if (missing.length) fail([field], `${notPrinted(missing, src).replace(' (add the line that prints it)', '')}, the step's source lines`);
  }
}

/** The teacher's guide: plans that add up, sourced vocabulary and misconceptions, a prompt on every
 *  slide, and at least five discussion questions in all, none repeated. */
function checkGuide(spec: StorySpec, ctx: DocumentContext, fail: (p: Path, m: string) => never): void {
  const guide = spec.guide;
  if (!guide) return;
  for (const [plan, total] of [['plan45', 45], ['plan15', 15]] as const) {
    const sum = guide[plan].reduce((a, item) => a + item.min, 0);
    if (sum !== total) fail(['guide', plan], `the minutes add up to ${sum}, not ${total}`);
  }
  const seed = seedOf(ctx, fail);
  const sourced = [
    ...guide.vocabulary.map((w, i) => ({ path: ['guide', 'vocabulary', i] as Path, texts: [w.term.ja, w.term.en, w.def.ja, w.def.en], src: w.src })),
    ...guide.misconceptions.map((m, i) => ({ path: ['guide', 'misconceptions', i] as Path, texts: [m.ja, m.en], src: m.src }))
  ];
  for (const { path, texts, src } of sourced) {
    const sub = (p: Path, m: string) => fail([...path, ...p], m);
    const missing = unprinted(texts, sourceQuotes(src, seed, sub));
    if (missing.length) sub(['src'], notPrinted(missing, src));
  }
  const questions: [Path, Bilingual][] = [
    ...(spec.questions ?? []).map((q, i): [Path, Bilingual] => [['questions', i], q]),
    ...spec.steps.flatMap((s, i): [Path, Bilingual][] => (s.question ? [[['steps', i, 'question'], s.question]] : []))
  ];
  spec.steps.forEach((s, i) => s.prompt || fail(['steps', i], 'no prompt (with a guide, every slide needs one)'));
  if (questions.length < 5) fail(['guide'], `a story with a guide needs at least 5 discussion questions (questions plus the steps' question), found ${questions.length}`);
  const norm = (t: string) => t.replace(/[\s、。，．,.?？!！「」"]/g, '').toLowerCase();
  questions.forEach(([path, q], i) => {
    for (const l of ['ja', 'en'] as const) {
      const first = questions.findIndex(([, o]) => norm(o[l]) === norm(q[l]));
      if (first < i) fail([...path, l], `repeats the discussion question at ${fieldName(spec, questions[first][0])}`);
    }
  });
}

function issueText(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never') return `unknown key ${issue.received}`;
  if (issue.received === 'undefined' && issue.path?.at(-1)?.key === 'src') return 'missing (the seed lines this paragraph rests on, e.g. src: [2513-2519])';
  if (issue.received === 'undefined') return issue.path?.length && /^(ja|en)$/.test(String(issue.path.at(-1)!.key)) ? 'missing language' : 'missing';
  return issue.message;
}

/** The 1-based line of the node at `path`, or of its nearest existing parent. */
function lineOf(doc: Document, lc: LineCounter, path: Path): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lc.linePos(node.range[0]).line;
  }
  return 1;
}

/** "step "engines" text[0].en" for ['steps', 2, 'text', 0, 'en']. */
function fieldName(raw: unknown, path: Path): string {
  const out: string[] = [];
  let node = raw as Record<string | number, unknown> | undefined;
  path.forEach((k, i) => {
    if (path[i - 1] === 'steps' && typeof k === 'number') {
      const id = (node?.[k] as { id?: string } | undefined)?.id;
      out.pop();
      out.push(id ? `step "${id}"` : `steps[${k}]`);
    } else if (typeof k === 'number') out[out.length - 1] = `${out[out.length - 1] ?? ''}[${k}]`;
    else out.push(k);
    node = node?.[k] as Record<string | number, unknown> | undefined;
  });
  return out.reduce((acc, seg, i) => acc + (i === 0 ? '' : out[i - 1].startsWith('step "') ? ' ' : '.') + seg, '') || '(document)';
}
