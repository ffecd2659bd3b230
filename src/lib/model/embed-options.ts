// Options a desk picks in the Embed control, written into the embed URL's query. The embed page
// reads them on the client (static/embed-frame.js, from the same allow-list); the server writes the
// default snippet and the browser rewrites it when a choice changes (client/embed-options.ts).

export interface EmbedOptions {
  /** "chart": the chart without the step's text. */
  content: 'text' | 'chart';
  theme: 'light' | 'dark' | 'auto';
  transparent: boolean;
}

export const DEFAULT_OPTIONS: EmbedOptions = { content: 'text', theme: 'light', transparent: false };

/** The query for `o` ("" for the defaults): `?content=chart&theme=dark,transparent`. */
export function embedQuery(o: EmbedOptions): string {
  const theme = [o.theme !== 'light' && o.theme, o.transparent && 'transparent'].filter(Boolean).join(',');
  const q = [o.content === 'chart' && 'content=chart', theme && `theme=${theme}`].filter(Boolean).join('&');
  return q ? `?${q}` : '';
}

/** Rewrite a snippet (iframe or amp-iframe code) for `o`: the query on the embed URL and the height
 *  reserved up front. `src` is the embed page URL as the snippet carries it, HTML-escaped. */
export function withOptions(snippet: string, src: string, height: number, o: EmbedOptions): string {
  return snippet
    .replace(`src="${src}"`, `src="${src}${embedQuery(o).replace(/&/g, '&amp;')}"`)
    .replace(/ height="\d+"/, ` height="${height}"`);
}
