import { base } from '$app/paths';
import { localeFromPath, localizePath } from '$lib/i18n';
import { stories } from '$lib/stories';
import { fill } from '$lib/server/copy';
import { phraseHtml } from '$lib/server/phrases';
import { resolveChart } from '$lib/server/resolve';
import { home_class_text, home_embed_link, home_embed_text, home_intro } from '$lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

// "Three stories" / 「3つのテーマ」: the count comes from the registry, in words in English.
const WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const countText = (n: number, locale: string) => (locale === 'en' ? (WORDS[n] ?? String(n)) : String(n));

export const load = (({ url }) => {
  const locale = localeFromPath(url.pathname, base);
  return {
    introHtml: phraseHtml(home_intro({ count: countText(stories.length, locale) }, { locale }), locale),
    // Phrase-broken like the story copy (Japanese lines break only at <wbr>).
    embedTextHtml: phraseHtml(home_embed_text({}, { locale }), locale),
    classTextHtml: phraseHtml(home_class_text({}, { locale }), locale),
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
        // The two other ways to use a story: its embed code (on the story page) and its class kit.
        embedLinkHtml: phraseHtml(home_embed_link({ title }, { locale }), locale),
        embed: s.status === 'published' ? localizePath(`/stories/${s.slug}/`, locale, base) + '#embed' : null,
        deck: s.status === 'published' ? localizePath(`/present/${s.slug}/`, locale, base) : null,
        guide: s.status === 'published' ? localizePath(`/present/${s.slug}/guide/`, locale, base) : null,
        worksheet: s.status === 'published' ? localizePath(`/present/${s.slug}/worksheet/`, locale, base) : null,
        preview:
          s.status === 'published' && s.preview
            ? resolveChart(s.preview, { story: s.slug, stepId: 'preview', locale, base, ctx: `${ctx} preview` })
            : null
      };
    })
  };
}) satisfies PageServerLoad;
