// `/en/…` URLs are served by the same routes as the Japanese ones.
import type { Reroute } from '@sveltejs/kit';
import { base } from '$app/paths';
import { routePath } from '$lib/i18n';

export const reroute: Reroute = ({ url }) => base + routePath(url.pathname, base);
