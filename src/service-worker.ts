// Offline decks: registered by the deck script (src/lib/client/deck-offline.ts) for /present/ and
// /en/present/ only, never for the story pages. One cache per build (`version` is SvelteKit's
// kit.version.name, the build time), so a rebuilt site installs a new worker whose activation
// deletes the old caches. Each deck sends what it needs kept (itself, the other language, the
// guides and worksheets, and every file it loaded: its script is not in kit's `build` list, being
// bundled apart by scripts/page-scripts.js). Pages come from the
// network first (a slow network gives up after a few seconds), files from the cache first.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'decks-';
const CACHE = PREFIX + version;
const SHELL = [`${base}/favicon.png`];
const PAGE_TIMEOUT_MS = 4000;

sw.addEventListener('install', (e) => e.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => sw.skipWaiting())));

sw.addEventListener('activate', (e) =>
  e.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim())
  )
);

// { cache: [urls] } from a deck; the reply (on the transferred port) says the deck works offline.
// What this version's cache holds already is not fetched again: a deck reopened on a slow or dead
// network is answered from the cache (and still reported ready).
sw.addEventListener('message', (e) => {
  const urls: unknown = e.data?.cache;
  if (!Array.isArray(urls)) return;
  const same = urls.map((u) => new URL(String(u), sw.location.href)).filter((u) => u.origin === sw.location.origin);
  const keep = (c: Cache, path: string) =>
    c.match(path, { ignoreSearch: true }).then((hit) => hit !== undefined || c.add(path).then(() => true, () => false));
  e.waitUntil(
    caches
      .open(CACHE)
      .then((c) => Promise.all(same.map((u) => keep(c, u.pathname))))
      .then((ok) => e.ports[0]?.postMessage({ version, cached: ok.filter(Boolean).length, failed: ok.filter((x) => !x).length }))
  );
});

sw.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== sw.location.origin) return;
  e.respondWith(e.request.mode === 'navigate' ? page(e.request) : file(e.request));
});

// Reads look in every cache: a worker still running the old version (the other language's, until
// its own update) finds what the new one keeps, and opens no cache of its own just to read.
async function page(request: Request): Promise<Response> {
  // The presenter window (?presenter) and the language switch (?query) are the same page.
  const cached = await caches.match(request, { ignoreSearch: true });
  const network = fetch(request).then((r) => {
    if (r.ok) {
      const copy = r.clone();
      caches.open(CACHE).then((c) => c.put(new URL(request.url).pathname, copy));
    }
    return r;
  });
  if (!cached) return network;
  const timeout = new Promise<Response>((resolve) => setTimeout(() => resolve(cached), PAGE_TIMEOUT_MS));
  return Promise.race([network.catch(() => cached), timeout]);
}

async function file(request: Request): Promise<Response> {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const r = await fetch(request);
  if (r.ok) {
    const copy = r.clone();
    caches.open(CACHE).then((c) => c.put(request, copy));
  }
  return r;
}
