// The shape of a story document (data/<slug>/story.yaml), checked with valibot. Unknown keys, a
// missing language, a chart kind typo or a malformed line range fail here, before anything is
// resolved; document.ts turns each issue into "file:line step "id" field: what to fix".
import * as v from 'valibot';
import { CHART_KINDS, type ChartKind } from '../model/chart-state';

const SEED = '000_42e09b4d009f57e2.txt';

const text = v.pipe(v.string('expected text'), v.trim(), v.nonEmpty('empty text'));
export const bilingual = v.strictObject({ ja: text, en: text });
const key = v.pipe(v.string('expected a key'), v.nonEmpty('empty key'));
/** YAML reads 2014 as a number; x keys are always strings. */
const xKey = v.pipe(v.union([v.string(), v.number()], 'expected an x key'), v.transform(String));
const keys = v.array(xKey, 'expected a list');
/** "2513-2519" or 2513. */
const lineRange = v.pipe(
  v.union([v.pipe(v.number(), v.integer()), v.pipe(v.string(), v.regex(/^\d+\s*-\s*\d+$/, 'expected a line range such as 2513-2519'))], 'expected a line number or range such as 2513-2519'),
  v.transform((r): [number, number] => {
    const [a, b = a] = String(r).split('-').map((n) => Number(n.trim()));
    return [a, b];
  })
);

const mapSpec = v.strictObject({
  places: key,
  extent: v.tuple([v.tuple([v.number(), v.number()]), v.tuple([v.number(), v.number()])]),
  size: key,
  inset: v.optional(v.boolean())
});

const dataState = {
  dataset: v.optional(key),
  series: v.optional(v.array(key)),
  x: v.optional(keys),
  highlight: v.optional(v.strictObject({ series: v.optional(v.array(key)), x: v.optional(keys) })),
  domain: v.optional(v.tuple([v.number(), v.number()])),
  labels: v.optional(v.picklist(['all', 'highlight', 'last', 'none'])),
  annotations: v.optional(
    v.array(
      v.strictObject({
        dataset: v.optional(key),
        x: xKey,
        series: key,
        text: bilingual,
        align: v.optional(v.picklist(['left', 'right', 'above', 'below']))
      })
    )
  ),
  title: v.optional(bilingual),
  note: v.optional(bilingual),
  dates: v.optional(v.boolean())
};
const scale = v.optional(v.picklist(['linear', 'log']));

/** One shape per chart kind (model/chart-state.ts): a key another kind uses is an unknown key here. */
const stateOf: { [K in ChartKind]: v.StrictObjectSchema<v.ObjectEntries & { kind: v.LiteralSchema<K, undefined> }, undefined> } = {
  columns: v.strictObject({ kind: v.literal('columns'), ...dataState, stacked: v.optional(v.boolean()), overlay: v.optional(v.strictObject({ dataset: v.optional(key), series: key })) }),
  bars: v.strictObject({ kind: v.literal('bars'), ...dataState, stacked: v.optional(v.boolean()), transpose: v.optional(v.boolean()), sort: v.optional(v.picklist(['asc', 'desc'])) }),
  line: v.strictObject({ kind: v.literal('line'), ...dataState }),
  text: v.strictObject({ kind: v.literal('text'), title: bilingual, statements: v.optional(v.array(bilingual)), note: v.optional(bilingual), directions: v.optional(key) }),
  dumbbell: v.strictObject({ kind: v.literal('dumbbell'), ...dataState, scale, groups: v.optional(v.array(v.strictObject({ label: bilingual, x: keys }))) }),
  timeline: v.strictObject({ kind: v.literal('timeline'), ...dataState, scale, strip: v.optional(bilingual), named: v.optional(keys) }),
  map: v.strictObject({ kind: v.literal('map'), ...dataState, map: mapSpec, statements: v.optional(v.array(bilingual)) })
};

export const chartState = v.variant('kind', Object.values(stateOf), `unknown chart kind: expected one of ${CHART_KINDS.join(', ')}`);

const valueRef = v.strictObject({
  dataset: key,
  x: xKey,
  series: key,
  magnitude: v.optional(v.boolean()),
  approx: v.optional(v.boolean()),
  decimals: v.optional(v.pipe(v.number(), v.integer())),
  keyNumberOnly: v.optional(v.boolean())
});

const paragraph = v.strictObject({
  ja: text,
  en: text,
  src: v.pipe(v.array(lineRange, 'expected a list of seed lines, e.g. [2513-2519, 2605]'), v.minLength(1, 'a paragraph needs its source lines (src)')),
  unsupported: v.optional(v.array(xKey))
});

const source = v.pipe(
  v.strictObject({ figure: key, seed: v.optional(key), lines: lineRange, note: bilingual }),
  v.transform((s) => ({ ...s, seed: s.seed ?? SEED }))
);

const step = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'step ids are lower-case letters, digits and hyphens (used in #step- links)')),
  text: v.pipe(v.array(paragraph), v.minLength(1, 'a step needs at least one paragraph')),
  alt: bilingual,
  values: v.optional(v.record(v.pipe(v.string(), v.regex(/^\w+$/)), valueRef)),
  sources: v.optional(v.array(source)),
  teacher: v.optional(bilingual),
  /** What the teacher asks or says on this slide (required on every step once a guide exists). */
  prompt: v.optional(bilingual),
  /** A discussion question placed on this slide. */
  question: v.optional(bilingual),
  chart: chartState
});

const srcLines = v.pipe(v.array(lineRange, 'expected a list of seed lines, e.g. [2513-2519, 2605]'), v.minLength(1, 'needs its source lines (src)'));
const planItem = v.strictObject({ min: v.pipe(v.number('expected minutes'), v.integer(), v.minValue(1, 'minutes must be at least 1')), ja: text, en: text });

/** The teacher's guide (issue 18 §4): its own wording rests on white-paper lines like the copy does. */
const guide = v.strictObject({
  objectives: v.pipe(v.array(bilingual), v.minLength(2, 'a guide needs 2–4 learning objectives'), v.maxLength(4, 'a guide needs 2–4 learning objectives')),
  subjects: v.pipe(v.array(bilingual), v.minLength(1, 'suggest at least one subject')),
  plan45: v.pipe(v.array(planItem), v.minLength(1, 'a plan needs at least one step')),
  plan15: v.pipe(v.array(planItem), v.minLength(1, 'a plan needs at least one step')),
  vocabulary: v.pipe(v.array(v.strictObject({ term: bilingual, def: bilingual, src: srcLines })), v.minLength(1, 'a guide needs its key vocabulary')),
  misconceptions: v.pipe(v.array(v.strictObject({ ja: text, en: text, src: srcLines })), v.minLength(1, 'a guide needs at least one misconception'))
});

/** YYYY-MM-DD (YAML 1.2 reads an unquoted date as text). */
const isoDate = v.pipe(v.string('expected an ISO date such as 2026-11-29'), v.isoDate('expected an ISO date such as 2026-11-29'));

export const storyDocument = v.strictObject({
  order: v.optional(v.number()),
  published: isoDate,
  updated: isoDate,
  status: v.picklist(['published', 'coming-soon']),
  title: bilingual,
  dek: bilingual,
  method: v.optional(bilingual),
  questions: v.optional(v.array(bilingual)),
  guide: v.optional(guide),
  preview: v.optional(chartState),
  steps: v.pipe(v.array(step), v.minLength(1, 'a story needs at least one step'))
});

export type StoryDocument = v.InferOutput<typeof storyDocument>;
