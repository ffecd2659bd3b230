// Story copy in the reader's language with its {placeholders} filled. The document check has
// already matched placeholders and values; this is the last guard before a page is written:
// a rendered text never holds "undefined" or an unfilled {placeholder}.
import type { Locale } from '$lib/i18n';
import type { Bilingual } from '$lib/data/types';

export function fill(text: Bilingual, locale: Locale, context: string, inputs: Record<string, string> = {}): string {
  const out = text[locale].replace(/\{(\w*)\}/g, (whole, name: string) => {
    const v = inputs[name];
    if (v === undefined) throw new Error(`${context} (${locale}): no value for {${name}}`);
    return v;
  });
  if (/\bundefined\b|\{\w*\}/.test(out)) throw new Error(`${context} (${locale}): rendered text holds "undefined" or a placeholder: ${out}`);
  return out;
}
