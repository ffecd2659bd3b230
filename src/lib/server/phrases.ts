// Japanese phrase-aware line breaking at build time: BudouX splits text into phrases and we put
// <wbr> between them; CSS `word-break: keep-all` then breaks only there. Nothing ships to the client.
import { loadDefaultJapaneseParser } from 'budoux';
import type { Locale } from '$lib/i18n';

const parser = loadDefaultJapaneseParser();

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Escaped HTML; in Japanese with <wbr> at phrase boundaries. */
export function phraseHtml(text: string, locale: Locale): string {
  if (locale !== 'ja') return escapeHtml(text);
  return parser.parse(text).map(escapeHtml).join('<wbr>');
}
