import { origin } from '$lib/server/site';

export const load = () => ({ origin });
