import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langTag, localeFromPath } from '$lib/i18n';

export const handle: Handle = ({ event, resolve }) => {
  const locale = localeFromPath(event.url.pathname, base);
  return resolve(event, {
    // <html lang> per page (paraglide does not set it on static pages).
    transformPageChunk: ({ html }) => html.replace('%lang%', langTag(locale).slice(0, 2))
  });
};
