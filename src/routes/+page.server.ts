import { base } from '$app/paths';
import { localeFromPath, localizePath } from '$lib/i18n';
import { stories } from '$lib/stories';
import { fill } from '$lib/server/copy';
import { phraseHtml } from '$lib/server/phrases';
import { resolveChart } from '$lib/server/resolve';
import type { PageServerLoad } from './$types';

// "Three stories" / 「3つのテーマ」: the count comes from the registry, in words in English.
const WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const countText = (n: number, locale: string) => (locale === 'en' ? (WORDS[n] ?? String(n)) : String(n));

export const load = (({ url }) => {
  const locale = localeFromPath(url.pathname, base);
  return {
    storyCount: countText(stories.length, locale),
    cards: stories.map((s) => {
      const ctx = s.file;
      const title = fill(s.title, locale, `${ctx} title`);
      return {
        slug: s.slug,
        published: s.status === 'published',
        title,
        titleHtml: phraseHtml(title, locale),
        dekHtml: phraseHtml(fill(s.dek, locale, `${ctx} dek`), locale),
        href: s.status === 'published' ? localizePath(`/stories/${s.slug}/`, locale, base) : null,
        preview:
          s.status === 'published' && s.preview
            ? resolveChart(s.preview, { story: s.slug, stepId: 'preview', locale, base, ctx: `${ctx} preview` })
            : null
      };
    })
  };
}) satisfies PageServerLoad;
