import { base } from '$app/paths';
import { localeFromPath, localizePath } from '$lib/i18n';
import { stories } from '$lib/stories';
import { message } from '$lib/server/messages';
import { phraseHtml } from '$lib/server/phrases';
import { resolveChart } from '$lib/server/resolve';
import type { PageServerLoad } from './$types';

export const load = (({ url }) => {
  const locale = localeFromPath(url.pathname, base);
  return {
    cards: stories.map((s) => {
      const ctx = `src/lib/stories/${s.slug}.ts`;
      const title = message(s.title, locale, `${ctx} title`);
      return {
        slug: s.slug,
        published: s.status === 'published',
        title,
        titleHtml: phraseHtml(title, locale),
        dekHtml: phraseHtml(message(s.dek, locale, `${ctx} dek`), locale),
        href: s.status === 'published' ? localizePath(`/stories/${s.slug}/`, locale, base) : null,
        preview:
          s.status === 'published' && s.preview
            ? resolveChart(s.preview, { story: s.slug, stepId: 'preview', locale, base, ctx: `${ctx} preview` })
            : null
      };
    })
  };
}) satisfies PageServerLoad;
