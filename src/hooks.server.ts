import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langTag, localeFromPath } from '$lib/i18n';

// <html lang> per page: ja for `/…`, en for `/en/…` (paraglide does not set it on static pages).
export const handle: Handle = ({ event, resolve }) => {
  const locale = localeFromPath(event.url.pathname, base);
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', langTag(locale).slice(0, 2))
  });
};
