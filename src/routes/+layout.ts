import { base } from '$app/paths';
import { localeFromPath } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'always';

export const load = (({ url, data }) => ({ ...data, locale: localeFromPath(url.pathname, base) })) satisfies LayoutLoad;
