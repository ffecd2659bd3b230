// The public (indexable) pages in both languages: the sitemap lists them, the quality gates check
// it against the build. Embeds and slides are noindex and left out on purpose.
import { locales, localizePath } from '$lib/i18n';
import { publishedStories } from '$lib/stories';

export function publicPaths(base: string): string[] {
  const routes = ['/', '/about/', ...publishedStories().map((s) => `/stories/${s.slug}/`)];
  return locales.flatMap((l) => routes.map((r) => localizePath(r, l, base)));
}
