import { describe, expect, it } from 'vitest';
import { decimalsOf, formatValue, unitLabel } from '../../src/lib/format';

describe('formatValue', () => {
  it('writes Japanese as the white paper does', () => {
    expect(formatValue(-6.7, 'trillion_yen', 'ja', { magnitude: true, approx: true })).toBe('約6.7兆円');
    expect(formatValue(-6.7, 'trillion_yen', 'ja')).toBe('−6.7兆円');
    expect(formatValue(-27185, 'hundred_million_yen', 'ja', { magnitude: true })).toBe('27,185億円');
    expect(formatValue(-2, 'trillion_yen', 'ja', { decimals: 1 })).toBe('−2.0兆円');
    expect(formatValue(22.5, 'percent', 'ja')).toBe('22.5%');
    expect(formatValue(3.3, 'times', 'ja', { approx: true })).toBe('約3.3倍');
    expect(formatValue(1.5, 'billion_parameters', 'ja')).toBe('15億パラメータ');
    expect(formatValue(1571, 'billion_parameters', 'ja')).toBe('1兆5,710億パラメータ');
    expect(formatValue(1.5, 'billion_parameters', 'en')).toBe('1.5 billion parameters');
  });

  it('writes English yen as "¥6.7 trillion", never "￥6.7兆"', () => {
    expect(formatValue(-6.7, 'trillion_yen', 'en', { magnitude: true, approx: true })).toBe('about ¥6.7 trillion');
    expect(formatValue(-6.7, 'trillion_yen', 'en')).toBe('−¥6.7 trillion');
    expect(formatValue(-6.7, 'trillion_yen', 'en', { short: true })).toBe('−¥6.7tn');
    // 27,185億円 = ¥2,718.5 billion: every printed digit is kept.
    expect(formatValue(-27185, 'hundred_million_yen', 'en', { magnitude: true })).toBe('¥2,718.5 billion');
    expect(formatValue(19317, 'hundred_million_yen', 'en', { short: true })).toBe('¥1,931.7bn');
    expect(formatValue(3.3, 'times', 'en', { approx: true })).toBe('about 3.3 times');
    expect(formatValue(59, 'percent', 'en')).toBe('59%');
  });

  it('uses a true minus sign and +/− consistently', () => {
    expect(formatValue(-0.9, 'trillion_yen', 'ja')).toMatch(/^\u2212/);
    expect(formatValue(0.9, 'trillion_yen', 'en', { signed: true })).toBe('+¥0.9 trillion');
    expect(formatValue(0, 'trillion_yen', 'en', { signed: true })).toBe('¥0 trillion');
  });

  it('knows decimals and unit names', () => {
    expect(decimalsOf([-2, -6.7, -0.25])).toBe(2);
    expect(unitLabel('trillion_yen', 'ja')).toBe('兆円');
    expect(unitLabel('trillion_yen', 'en')).toBe('trillion yen');
  });
});
