// Locale routing: Japanese is the base locale at `/`, English lives under `/en/`.
// We do the prefixing ourselves (not paraglide's localizeHref) so that trailing slashes,
// the deploy base path (BASE_PATH), ?query and #hash all survive a language switch.
export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export const baseLocale: Locale = 'ja';

export function isLocale(v: unknown): v is Locale {
  return v === 'ja' || v === 'en';
}

/** Strip the deploy base path, then read the locale prefix. */
export function localeFromPath(pathname: string, base = ''): Locale {
  const p = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return p === '/en' || p.startsWith('/en/') ? 'en' : 'ja';
}

/** Remove base path and locale prefix: `/base/en/stories/x/` → `/stories/x/`. */
export function routePath(pathname: string, base = ''): string {
  let p = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  if (p === '/en' || p.startsWith('/en/')) p = p.slice(3) || '/';
  return p.startsWith('/') ? p : '/' + p;
}

/**
 * Localize a route path (which may carry ?query and #hash) and prefix the base path.
 * `localizePath('/stories/x/#step-3', 'en', '/g')` → `/g/en/stories/x/#step-3`.
 */
export function localizePath(path: string, locale: Locale, base = ''): string {
  const m = /^([^?#]*)(.*)$/.exec(path)!;
  const route = routePath(m[1] || '/', '');
  const prefixed = locale === 'en' ? '/en' + route : route;
  return base + prefixed + m[2];
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'ja' ? 'en' : 'ja';
}

/** BCP 47 tag for Intl APIs and `<html lang>`. */
export function langTag(locale: Locale): string {
  return locale === 'ja' ? 'ja-JP' : 'en-GB';
}
