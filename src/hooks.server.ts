import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langTag, localeFromPath } from '$lib/i18n';
import { fillStaticCharts } from '$lib/server/static-charts';

export const handle: Handle = ({ event, resolve }) => {
  const locale = localeFromPath(event.url.pathname, base);
  return resolve(event, {
    transformPageChunk: ({ html }) =>
      // <html lang> per page (paraglide does not set it on static pages), and the no-JS charts.
      fillStaticCharts(html.replace('%lang%', langTag(locale).slice(0, 2)), locale, base)
  });
};
