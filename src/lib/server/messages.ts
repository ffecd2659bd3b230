// Message lookup by key for story specs (server only, so the client bundle carries no catalogue).
import * as m from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/i18n';

type MessageFn = (inputs?: Record<string, unknown>, options?: { locale?: Locale }) => string;
const catalogue = m as unknown as Record<string, MessageFn>;

export function hasMessage(key: string): boolean {
  return typeof catalogue[key] === 'function';
}

export function message(key: string, locale: Locale, context: string, inputs: Record<string, unknown> = {}): string {
  const fn = catalogue[key];
  if (typeof fn !== 'function') throw new Error(`${context}: unknown message key "${key}" (add it to messages/ja.json and messages/en.json)`);
  const out = fn(inputs, { locale });
  if (typeof out !== 'string' || !out.trim()) throw new Error(`${context}: message "${key}" is empty in ${locale}`);
  const missing = /\{(\w+)\}/.exec(out);
  if (missing) throw new Error(`${context}: message "${key}" (${locale}) has no value for {${missing[1]}}`);
  return out;
}
