import { describe, expect, it } from 'vitest';
import { axisUnit, decimalsOf, formatValue, unitLabel } from '../../src/lib/format';
import { units } from '../../src/lib/data/units';

describe('formatValue: Japanese as the white paper and a Japanese newsroom write it', () => {
  it('writes yen of 1兆 or more with 兆 (L.6927-6928 「1兆3,412億円」)', () => {
    expect(formatValue(-27185, 'hundred_million_yen', 'ja', { magnitude: true })).toBe('2兆7,185億円');
    expect(formatValue(13412, 'hundred_million_yen', 'ja')).toBe('1兆3,412億円');
    expect(formatValue(41873, 'hundred_million_yen', 'ja')).toBe('4兆1,873億円');
    expect(formatValue(-1482, 'hundred_million_yen', 'ja')).toBe('−1,482億円');
    expect(formatValue(20000, 'hundred_million_yen', 'ja')).toBe('2兆円');
    expect(formatValue(-6.7, 'trillion_yen', 'ja', { magnitude: true, approx: true })).toBe('約6.7兆円');
    expect(formatValue(-2, 'trillion_yen', 'ja', { decimals: 1 })).toBe('−2.0兆円');
  });

  it('writes dollars in 億ドル, never 「521（10億ドル）」 (E1)', () => {
    expect(formatValue(521, 'billion_usd', 'ja')).toBe('5,210億ドル');
    expect(formatValue(521, 'billion_usd', 'ja', { short: true })).toBe('5,210億ドル');
    expect(formatValue(1840, 'hundred_million_usd', 'ja', { decimals: 0 })).toBe('1,840億ドル');
    expect(formatValue(8267, 'hundred_million_usd', 'ja')).toBe('8,267億ドル');
  });

  it('gives counts their counter word, never a bare 数', () => {
    expect(formatValue(1092, 'people', 'ja')).toBe('1,092人');
    expect(formatValue(42, 'companies', 'ja')).toBe('42社');
    expect(formatValue(57, 'cases', 'ja')).toBe('57件');
    for (const u of units) expect(unitLabel(u, 'ja')).not.toBe('数');
  });

  it('writes parameters and units in 億/万', () => {
    expect(formatValue(1.5, 'billion_parameters', 'ja')).toBe('15億パラメータ');
    expect(formatValue(175, 'billion_parameters', 'ja', { decimals: 1 })).toBe('1,750億パラメータ');
    expect(formatValue(1571, 'billion_parameters', 'ja')).toBe('1兆5,710億パラメータ');
    expect(formatValue(175, 'billion_parameters', 'ja', { short: true })).toBe('1,750億');
    expect(formatValue(117, 'million_parameters', 'ja')).toBe('1億1,700万パラメータ');
    expect(formatValue(26.6, 'million_units', 'ja')).toBe('2,660万台');
    expect(formatValue(3.3, 'times', 'ja', { approx: true })).toBe('約3.3倍');
    expect(formatValue(22.5, 'percent', 'ja')).toBe('22.5%');
  });

  it('keeps approximate values as printed: 約45%, 約9割, never 約90.0% (E7)', () => {
    expect(formatValue(45, 'percent', 'ja', { approx: true, decimals: 0 })).toBe('約45%');
    // whatever decimals the rest of its series has (53.0%): the formatter drops the padding itself
    expect(formatValue(90, 'percent', 'ja', { approx: true, decimals: 1 })).toBe('約90%');
    expect(formatValue(90, 'percent', 'en', { approx: true, decimals: 1 })).toBe('about 90%');
    expect(formatValue(6.7, 'trillion_yen', 'ja', { approx: true, decimals: 1 })).toBe('約6.7兆円');
    expect(formatValue(90, 'percent', 'ja', { approx: true, decimals: 1, printed: '約9割' })).toBe('約9割');
    expect(formatValue(50, 'percent', 'en', { approx: true, printed: 'about half' })).toBe('about half');
  });
});

describe('formatValue: English', () => {
  it('writes yen of a trillion or more as "¥2.72 trillion", smaller amounts in billions', () => {
    expect(formatValue(-27185, 'hundred_million_yen', 'en', { magnitude: true })).toBe('¥2.72 trillion');
    expect(formatValue(13412, 'hundred_million_yen', 'en', { decimals: 0 })).toBe('¥1.34 trillion');
    expect(formatValue(-1482, 'hundred_million_yen', 'en')).toBe('−¥148.2 billion');
    // A chart label reads in its axis unit: on a ¥ trillion axis a small bar is still in trillions.
    expect(formatValue(-1482, 'hundred_million_yen', 'en', { short: true, axisMax: 27185 })).toBe('−¥0.15tn');
    expect(formatValue(-6.7, 'trillion_yen', 'en', { magnitude: true, approx: true })).toBe('about ¥6.7 trillion');
    expect(formatValue(-6.7, 'trillion_yen', 'en', { short: true })).toBe('−¥6.7tn');
  });

  it('writes dollars without a spurious ".0" (E6)', () => {
    expect(formatValue(1840, 'hundred_million_usd', 'en', { decimals: 1 })).toBe('$184 billion');
    expect(formatValue(8267, 'hundred_million_usd', 'en', { decimals: 0 })).toBe('$826.7 billion');
    expect(formatValue(1840, 'hundred_million_usd', 'en', { short: true })).toBe('$184bn');
    expect(formatValue(521, 'billion_usd', 'en')).toBe('$521 billion');
    expect(formatValue(175, 'billion_parameters', 'en', { decimals: 1 })).toBe('175 billion parameters');
  });

  it('names counts and keeps percent decimals the paper prints', () => {
    expect(formatValue(1092, 'people', 'en')).toBe('1,092 people');
    expect(formatValue(1073, 'companies', 'en')).toBe('1,073 companies');
    expect(formatValue(57, 'cases', 'en')).toBe('57');
    expect(formatValue(53, 'percent', 'en', { decimals: 1 })).toBe('53.0%');
    expect(formatValue(3.3, 'times', 'en', { approx: true })).toBe('about 3.3 times');
  });

  it('uses a true minus sign and +/− consistently', () => {
    expect(formatValue(-0.9, 'trillion_yen', 'ja')).toMatch(/^\u2212/);
    expect(formatValue(0.9, 'trillion_yen', 'en', { signed: true })).toBe('+¥0.9 trillion');
    expect(formatValue(0, 'trillion_yen', 'en', { signed: true })).toBe('¥0 trillion');
  });
});

describe('axis units agree with the value labels (E6)', () => {
  it('reads 億円 values on a 兆円 / ¥ trillion axis when the axis passes 1兆', () => {
    expect(axisUnit('hundred_million_yen', 'ja', 41873)).toEqual({ label: '兆円', factor: 1 / 10000 });
    expect(axisUnit('hundred_million_yen', 'en', 41873)).toEqual({ label: '¥ trillion', factor: 1 / 10000 });
    expect(axisUnit('hundred_million_yen', 'en', 5000)).toEqual({ label: '¥ billion', factor: 1 / 10 });
    expect(axisUnit('hundred_million_usd', 'en', 8267)).toEqual({ label: '$ billion', factor: 1 / 10 });
    expect(axisUnit('billion_usd', 'ja', 521)).toEqual({ label: '億ドル', factor: 10 });
  });

  it('heads tick-less bars with the unit every value label ends in (2兆7,185億円 and 5,134億円 are 億円)', () => {
    const values = [19317, 5134, -3097, -10014, -27185];
    const axisMax = 27185;
    const { label } = axisUnit('hundred_million_yen', 'ja', axisMax, false);
    expect(label).toBe('億円');
    for (const v of values) expect(formatValue(v, 'hundred_million_yen', 'ja', { axisMax })).toMatch(/\d億円$/);
    const en = axisUnit('hundred_million_yen', 'en', axisMax, false);
    expect(en.label).toBe('¥ trillion');
    for (const v of values) expect(formatValue(v, 'hundred_million_yen', 'en', { axisMax })).toMatch(/ trillion$/);
  });

  it('has no Japanese unit word in English', () => {
    for (const u of units) {
      expect(unitLabel(u, 'en')).not.toMatch(/[\u3000-\u9fff]/);
      expect(axisUnit(u, 'en', 50000).label).not.toMatch(/[\u3000-\u9fff]/);
    }
  });

  it('knows decimals and stored unit names', () => {
    expect(decimalsOf([-2, -6.7, -0.25])).toBe(2);
    expect(unitLabel('trillion_yen', 'ja')).toBe('兆円');
    expect(unitLabel('hundred_million_yen', 'en')).toBe('100 million yen');
  });
});
