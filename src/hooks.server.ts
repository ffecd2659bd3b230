import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langTag, localeFromPath, routePath } from '$lib/i18n';

export const handle: Handle = ({ event, resolve }) => {
  const locale = localeFromPath(event.url.pathname, base);
  // Embeds are light by default, also without scripts (embed-frame.js applies ?theme=dark|auto).
  const theme = routePath(event.url.pathname, base).startsWith('/embed/') ? ' data-theme="light"' : '';
  return resolve(event, {
    // <html lang> per page (paraglide does not set it on static pages).
    transformPageChunk: ({ html }) => html.replace('"%lang%"', `"${langTag(locale).slice(0, 2)}"${theme}`)
  });
};
