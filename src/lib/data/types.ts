import type { Unit } from './units';

export interface Bilingual {
  ja: string;
  en: string;
}

export type Grade = 'A' | 'B' | 'C';

export interface DatasetMeta {
  figure: string;
  title: Bilingual;
  /** What one value of a one-series year dataset is called, without the figure's span or 「の推移」:
   *  the deck's key numbers print it with the year (「世界のAI市場規模（売上高）（2024年）」). */
  short?: Bilingual;
  unit: Unit;
  seed: string;
  lines: [number, number];
  sourceNote: Bilingual;
  grade: Grade;
  /** "magnitude": the quote prints 6.7 (赤字) where the CSV holds −6.7. */
  quoteSign: 'as-printed' | 'magnitude';
  x: { kind: 'year' | 'category'; label: Bilingual; categories?: Record<string, Bilingual> };
  series: Record<string, Bilingual>;
  /** Exact text of every seed line a value was read from, keyed by line number. */
  quotes: Record<string, string>;
  notes: Bilingual;
  /** Cells ("x|series") the source gives only approximately (約). */
  approx?: string[];
  /** The paper's own words for approximate cells (約半数, 約9割), written instead of a number. */
  printed?: Record<string, Bilingual>;
  /** Cells whose assignment the source leaves uncertain. */
  uncertain?: string[];
  /** Cells that are forecasts, not observations. */
  forecast?: string[];
  /** Labels printed twice without a space ("22.522.5"). */
  glued?: boolean;
  [extra: string]: unknown;
}

export interface Row {
  x: string;
  series: string;
  value: number;
  line: number;
}

export interface Dataset {
  /** `<story>/<id>`, e.g. `digital-deficit/services-balance`. */
  key: string;
  story: string;
  id: string;
  meta: DatasetMeta;
  rows: Row[];
}

export const cellKey = (x: string, series: string) => `${x}|${series}`;
