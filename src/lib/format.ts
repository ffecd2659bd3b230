// The one place numbers become text. Japanese follows the white paper (約6.7兆円, 27,185億円);
// English writes yen as "¥6.7 trillion". Intl's JPY currency style gives "￥6.7兆" and d3-format
// only knows SI prefixes, so neither is used directly. Negative numbers use a true minus (−).
import type { Locale } from './i18n';
import type { Unit } from './data/units';

export interface FormatOptions {
  /** Fraction digits to show; default: as many as the value has (max 2). */
  decimals?: number;
  /** Prefix 約 / "about" (the source gives the value only approximately). */
  approx?: boolean;
  /** Drop the sign: prose says "6.7兆円の赤字", not "−6.7兆円". */
  magnitude?: boolean;
  /** Compact form for axis ticks and labels inside a chart. */
  short?: boolean;
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

function num(value: number, locale: Locale, decimals: number | undefined): string {
  const f = decimals === undefined ? numberFormat(locale, 0, 2) : numberFormat(locale, decimals, decimals);
  return f.format(Math.abs(value));
}

/** Format a value of a dataset unit for the reader's locale. */
export function formatValue(value: number, unit: Unit, locale: Locale, o: FormatOptions = {}): string {
  const n = num(value, locale, o.decimals);
  const body = locale === 'ja' ? jaBody(value, n, unit, o) : enBody(value, n, unit, o);
  const isZero = Number(n.replace(/[^\d.]/g, '')) === 0;
  const sign = o.magnitude || isZero ? '' : value < 0 ? MINUS : o.signed ? '+' : '';
  if (locale === 'ja') return (o.approx ? '約' : '') + sign + body;
  return (o.approx ? 'about ' : '') + sign + body;
}

/** 1,750億 / 1兆5,710億: a count in 億 written the Japanese way (1.5 billion = 15億). */
function okuJa(oku: number): string {
  const v = Math.round(Math.abs(oku) * 10) / 10;
  const cho = Math.floor(v / 10000);
  const rest = Math.round((v - cho * 10000) * 10) / 10;
  const restText = rest ? `${numberFormat('ja', 0, 1).format(rest)}億` : '';
  return cho ? `${cho}兆${restText}` : restText || '0億';
}

function jaBody(_value: number, n: string, unit: Unit, o: FormatOptions): string {
  switch (unit) {
    case 'trillion_yen':
      return `${n}兆円`;
    case 'hundred_million_yen':
      return `${n}億円`;
    case 'percent':
      return `${n}%`;
    case 'billion_usd':
      return o.short ? `$${n}B` : `${n}（10億ドル）`;
    case 'hundred_million_usd':
      return `${n}億ドル`;
    case 'billion_parameters':
      return o.short ? `${n}B` : `${okuJa(_value * 10)}パラメータ`;
    case 'million_parameters':
      return `${n}百万パラメータ`;
    case 'million_units':
      return `${n}百万台`;
    case 'times':
      return `${n}倍`;
    case 'count':
      return n;
  }
}

function enBody(value: number, n: string, unit: Unit, o: FormatOptions): string {
  switch (unit) {
    case 'trillion_yen':
      return o.short ? `¥${n}tn` : `¥${n} trillion`;
    case 'hundred_million_yen': {
      // 1億円 = ¥100 million = ¥0.1 billion; keep every printed digit.
      const bn = num(value / 10, 'en', o.decimals === undefined ? undefined : Math.max(0, o.decimals + 1));
      return o.short ? `¥${bn}bn` : `¥${bn} billion`;
    }
    case 'percent':
      return `${n}%`;
    case 'billion_usd':
      return o.short ? `$${n}bn` : `$${n} billion`;
    case 'hundred_million_usd': {
      // 1億ドル = $100 million = $0.1 billion.
      const bn = num(value / 10, 'en', o.decimals === undefined ? undefined : Math.max(0, o.decimals + 1));
      return o.short ? `$${bn}bn` : `$${bn} billion`;
    }
    case 'billion_parameters':
      return o.short ? `${n}B` : `${n} billion parameters`;
    case 'million_parameters':
      return o.short ? `${n}M` : `${n} million parameters`;
    case 'million_units':
      return o.short ? `${n}m` : `${n} million units`;
    case 'times':
      return o.short || !o.approx ? `${n}×` : `${n} times`;
    case 'count':
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

/** Unit name for table headers and CSV: 兆円 / trillion yen. */
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
    count: '数'
  };
  const en: Record<Unit, string> = {
    trillion_yen: 'trillion yen',
    hundred_million_yen: '100 million yen (億円)',
    percent: '%',
    billion_usd: 'billion US dollars',
    hundred_million_usd: '100 million US dollars (億ドル)',
    billion_parameters: 'billion parameters',
    million_parameters: 'million parameters',
    million_units: 'million units',
    times: 'times',
    count: 'count'
  };
  return (locale === 'ja' ? ja : en)[unit];
}
