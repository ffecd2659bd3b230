import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as m from '../../src/lib/paraglide/messages.js';

const read = (l: string) => JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, string>;
const ja = read('ja');
const en = read('en');
const keys = (o: Record<string, string>) => Object.keys(o).filter((k) => k !== '$schema');

describe('messages', () => {
  it('exist in both languages with the same keys', () => {
    expect(keys(ja).filter((k) => !(k in en))).toEqual([]);
    expect(keys(en).filter((k) => !(k in ja))).toEqual([]);
  });

  it('are never empty and use the same {placeholders} in both languages', () => {
    for (const k of keys(ja)) {
      expect(ja[k].trim(), `ja ${k}`).not.toBe('');
      expect(en[k].trim(), `en ${k}`).not.toBe('');
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(ph(en[k]), k).toEqual(ph(ja[k]));
    }
  });

  it('compile to functions that return the text (the plugin was loaded, not skipped offline)', () => {
    const catalogue = m as unknown as Record<string, (i?: object, o?: object) => string>;
    for (const k of keys(ja)) {
      expect(typeof catalogue[k], k).toBe('function');
      const inputs = Object.fromEntries([...ja[k].matchAll(/\{(\w+)\}/g)].map((x) => [x[1], 'X']));
      expect(catalogue[k](inputs, { locale: 'ja' })).toBe(ja[k].replace(/\{\w+\}/g, 'X'));
      expect(catalogue[k](inputs, { locale: 'en' })).toBe(en[k].replace(/\{\w+\}/g, 'X'));
    }
  });
});
