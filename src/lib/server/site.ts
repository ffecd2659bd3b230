// Absolute site origin for canonical links, Open Graph and embed codes (PUBLIC_ORIGIN at build).
export const origin = (process.env.PUBLIC_ORIGIN ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
