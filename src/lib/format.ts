// The one place numbers become text, for every surface (pages, tables, axes, slides, notes,
// handout, SVG, CSV headers, alt text). Japanese follows the white paper and a Japanese newsroom:
// 1兆円 or more with 兆 (2兆7,185億円), dollars in 億ドル (5,210億ドル), counters 人/社/件.
// English: ¥2.72 trillion / $184 billion, no spurious ".0". Approximate values the paper prints in
// words (約半数, 約9割) are passed in as `printed` and written exactly so. Intl's JPY currency style
// gives "￥6.7兆" and d3-format only knows SI prefixes, so neither is used directly. Negative numbers
// use a true minus (−).
import type { Locale } from './i18n';
import type { Unit } from './data/units';

export interface FormatOptions {
  /** Fraction digits to show; default: as many as the value has (max 2). */
  decimals?: number;
  /** Prefix 約 / "about" (the source gives the value only approximately). */
  approx?: boolean;
  /** The paper's own words for an approximate value (約9割); replaces the number. */
  printed?: string;
  /** Drop the sign: prose says "6.7兆円の赤字", not "−6.7兆円". */
  magnitude?: boolean;
  /** Compact form for axis ticks and labels inside a chart. */
  short?: boolean;
  /** Largest magnitude on the chart's axis: labels use the axis's unit (¥ trillion vs ¥ billion). */
  axisMax?: number;
  /** Prefix + for positive values (changes, surpluses). */
  signed?: boolean;
}

const MINUS = '\u2212';

// Intl.NumberFormat is slow to construct; a page formats hundreds of cells, so keep one per setting.
const formatters = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: Locale, minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${locale}|${minDecimals}|${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
    formatters.set(key, f);
  }
  return f;
}

/** Units whose series the paper prints with fixed decimals (−2.0兆円, 53.0%): keep trailing zeros. */
const fixedDecimals: ReadonlySet<Unit> = new Set(['trillion_yen', 'percent', 'times']);

function num(value: number, locale: Locale, decimals: number | undefined, unit: Unit, approx?: boolean): string {
  if (decimals === undefined) return numberFormat(locale, 0, 2).format(Math.abs(value));
  // An approximate value keeps only the digits it was printed with: 約45%, never 約45.0%.
  return numberFormat(locale, fixedDecimals.has(unit) && !approx ? decimals : 0, decimals).format(Math.abs(value));
}

/** Format a value of a dataset unit for the reader's locale. */
export function formatValue(value: number, unit: Unit, locale: Locale, o: FormatOptions = {}): string {
  if (o.printed) return o.printed;
  const n = num(value, locale, o.decimals, unit, o.approx);
  const body = locale === 'ja' ? jaBody(value, n, unit, o) : enBody(value, n, unit, o);
  const isZero = Number(n.replace(/[^\d.]/g, '')) === 0;
  const sign = o.magnitude || isZero ? '' : value < 0 ? MINUS : o.signed ? '+' : '';
  if (locale === 'ja') return (o.approx ? '約' : '') + sign + body;
  return (o.approx ? 'about ' : '') + sign + body;
}

/** 1,750億 / 1兆5,710億: an amount in 億 written the Japanese way (1.5 billion = 15億). */
export function okuJa(oku: number): string {
  const v = Math.round(Math.abs(oku) * 10) / 10;
  const cho = Math.floor(v / 10000);
  const rest = Math.round((v - cho * 10000) * 10) / 10;
  const restText = rest ? `${numberFormat('ja', 0, 1).format(rest)}億` : '';
  return cho ? `${cho}兆${restText}` : restText || '0億';
}

/** 2,200万 / 1億1,700万: an amount in 万 written the Japanese way. */
function manJa(man: number): string {
  const v = Math.round(Math.abs(man));
  if (v < 10000) return `${numberFormat('ja', 0, 0).format(v)}万`;
  const oku = Math.floor(v / 10000);
  const rest = v - oku * 10000;
  return `${oku}億${rest ? `${numberFormat('ja', 0, 0).format(rest)}万` : ''}`;
}

function jaBody(value: number, n: string, unit: Unit, o: FormatOptions): string {
  switch (unit) {
    case 'trillion_yen':
      return `${n}兆円`;
    case 'hundred_million_yen':
      return `${okuJa(value)}円`;
    case 'percent':
      return `${n}%`;
    case 'billion_usd':
      return `${okuJa(value * 10)}ドル`;
    case 'hundred_million_usd':
      return `${okuJa(value)}ドル`;
    case 'billion_parameters':
      return o.short ? okuJa(value * 10) : `${okuJa(value * 10)}パラメータ`;
    case 'million_parameters':
      return o.short ? manJa(value * 100) : `${manJa(value * 100)}パラメータ`;
    case 'million_units':
      return `${manJa(value * 100)}台`;
    case 'times':
      return `${n}倍`;
    case 'people':
      return `${n}人`;
    case 'companies':
      return `${n}社`;
    case 'cases':
      return `${n}件`;
  }
}

/** English for an amount in 億 (hundred millions): trillions with 2 decimals, else billions. */
function enOku(value: number, trillions: boolean): { n: string; word: 'trillion' | 'billion'; short: 'tn' | 'bn' } {
  if (trillions) return { n: numberFormat('en', 2, 2).format(Math.abs(value) / 10000), word: 'trillion', short: 'tn' };
  return { n: numberFormat('en', 0, 1).format(Math.abs(value) / 10), word: 'billion', short: 'bn' };
}

function enBody(value: number, n: string, unit: Unit, o: FormatOptions): string {
  const scaleOf = Math.abs(o.axisMax ?? value);
  switch (unit) {
    case 'trillion_yen':
      return o.short ? `¥${n}tn` : `¥${n} trillion`;
    case 'hundred_million_yen': {
      const e = enOku(value, scaleOf >= 10000);
      return o.short ? `¥${e.n}${e.short}` : `¥${e.n} ${e.word}`;
    }
    case 'percent':
      return `${n}%`;
    case 'billion_usd':
      return o.short ? `$${n}bn` : `$${n} billion`;
    case 'hundred_million_usd': {
      // 1億ドル = $0.1 billion: 1,840億ドル = $184 billion.
      const e = enOku(value, false);
      return o.short ? `$${e.n}bn` : `$${e.n} billion`;
    }
    case 'billion_parameters':
      return o.short ? `${n}B` : `${n} billion parameters`; // as model cards write it (175B)
    case 'million_parameters':
      return o.short ? `${n}M` : `${n} million parameters`;
    case 'million_units':
      return o.short ? `${n}m` : `${n} million units`;
    case 'times':
      return o.short || !o.approx ? `${n}×` : `${n} times`;
    case 'people':
      return o.short ? n : `${n} ${n === '1' ? 'person' : 'people'}`;
    case 'companies':
      return o.short ? n : `${n} ${n === '1' ? 'company' : 'companies'}`;
    case 'cases':
      // 件 counts interviews or responses: the English sentence names which.
      return n;
  }
}

/** Number of fraction digits a set of values is printed with (2.0 and 6.7 → 1). */
export function decimalsOf(values: readonly number[]): number {
  let d = 0;
  for (const v of values) {
    const s = String(v);
    const i = s.indexOf('.');
    if (i >= 0) d = Math.max(d, s.length - i - 1);
  }
  return d;
}

/** Unit of the values as stored (CSV headers): 億円 / 100 million yen. */
export function unitLabel(unit: Unit, locale: Locale): string {
  const ja: Record<Unit, string> = {
    trillion_yen: '兆円',
    hundred_million_yen: '億円',
    percent: '%',
    billion_usd: '10億ドル',
    hundred_million_usd: '億ドル',
    billion_parameters: '10億パラメータ',
    million_parameters: '百万パラメータ',
    million_units: '百万台',
    times: '倍',
    people: '人',
    companies: '社',
    cases: '件'
  };
  const en: Record<Unit, string> = {
    trillion_yen: 'trillion yen',
    hundred_million_yen: '100 million yen',
    percent: '%',
    billion_usd: 'billion US dollars',
    hundred_million_usd: '100 million US dollars',
    billion_parameters: 'billion parameters',
    million_parameters: 'million parameters',
    million_units: 'million units',
    times: 'times',
    people: 'people',
    companies: 'companies',
    cases: 'number'
  };
  return (locale === 'ja' ? ja : en)[unit];
}

export interface AxisUnit {
  /** Printed once on the axis: 兆円, ¥ trillion. */
  label: string;
  /** Tick number = value × factor, so ticks read in the same unit as the value labels. */
  factor: number;
}

/** The unit an axis reads in, matching the value labels on the same chart. Without tick numbers
 * (horizontal bars) the unit only heads the value labels, and Japanese labels write 億円 amounts as
 * 2兆7,185億円 / 5,134億円, so it says 億円 as the paper's own table does. */
export function axisUnit(unit: Unit, locale: Locale, axisMax: number, ticks = true): AxisUnit {
  const big = Math.abs(axisMax) >= 10000;
  if (locale === 'ja') {
    switch (unit) {
      case 'hundred_million_yen':
        return big && ticks ? { label: '兆円', factor: 1 / 10000 } : { label: '億円', factor: 1 };
      case 'billion_usd':
        return { label: '億ドル', factor: 10 };
      case 'billion_parameters':
        return { label: '億パラメータ', factor: 10 };
      case 'million_parameters':
        return { label: '万パラメータ', factor: 100 };
      case 'million_units':
        return { label: '万台', factor: 100 };
      default:
        return { label: unitLabel(unit, locale), factor: 1 };
    }
  }
  switch (unit) {
    case 'hundred_million_yen':
      return big ? { label: '¥ trillion', factor: 1 / 10000 } : { label: '¥ billion', factor: 1 / 10 };
    case 'trillion_yen':
      return { label: '¥ trillion', factor: 1 };
    case 'hundred_million_usd':
      return { label: '$ billion', factor: 1 / 10 };
    case 'billion_usd':
      return { label: '$ billion', factor: 1 };
    default:
      return { label: unitLabel(unit, locale), factor: 1 };
  }
}

/** An ISO date (YYYY-MM-DD) as the reader's language writes it: 2026年11月29日, 29 November 2026. */
export function formatDate(iso: string, locale: Locale): string {
  const f = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return f.format(new Date(`${iso}T00:00:00Z`));
}
