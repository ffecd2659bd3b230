import { describe, expect, it } from 'vitest';
import { localeFromPath, localizePath, routePath } from '../../src/lib/i18n';

describe('locale paths', () => {
  it('keeps trailing slashes, query and hash across a language switch', () => {
    expect(localizePath('/stories/digital-deficit/#step-engines', 'en')).toBe('/en/stories/digital-deficit/#step-engines');
    expect(localizePath('/en/stories/digital-deficit/?mode=x#step-3', 'ja')).toBe('/stories/digital-deficit/?mode=x#step-3');
    expect(localizePath('/', 'en')).toBe('/en/');
    expect(localizePath('/en/', 'ja')).toBe('/');
  });

  it('respects a base path', () => {
    expect(localizePath('/about/', 'en', '/graphics/ict')).toBe('/graphics/ict/en/about/');
    expect(routePath('/graphics/ict/en/about/', '/graphics/ict')).toBe('/about/');
    expect(localeFromPath('/graphics/ict/en/', '/graphics/ict')).toBe('en');
    expect(localeFromPath('/graphics/ict/', '/graphics/ict')).toBe('ja');
    expect(localeFromPath('/english/')).toBe('ja');
  });
});
