// Offline decks: registers the service worker (src/service-worker.ts) for the decks of both
// languages and asks it to keep this deck's pages (its own, the other language's, the guide and the
// worksheet, listed in data-offline-pages) and every file the page loaded. The deck's data-offline
// says how far it got (OfflineStatus.svelte shows it): saving, ready, or failed (no service worker
// here, e.g. a page served over plain http, or files it could not keep).
export function startOffline(deck: HTMLElement): void {
  const { sw, swScopes, offlinePages } = deck.dataset;
  const set = (state: 'saving' | 'ready' | 'failed') => void (deck.dataset.offline = state);
  // The downloaded single-file deck has no worker attributes: it is its own offline copy.
  if (!sw || !swScopes) return set('ready');
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return set('failed');
  set('saving');
  Promise.all(swScopes.split(' ').map((scope) => navigator.serviceWorker.register(sw, { scope })))
    .then(() => navigator.serviceWorker.ready)
    .then((reg) => {
      const loaded = performance.getEntriesByType('resource').map((r) => r.name);
      const urls = [location.pathname, ...(offlinePages ?? '').split(' ').filter(Boolean), ...loaded];
      const channel = new MessageChannel();
      channel.port1.onmessage = (e: MessageEvent<{ version: string; failed: number }>) => {
        set(e.data.failed ? 'failed' : 'ready');
        deck.dataset.offlineVersion = e.data.version;
      };
      reg.active?.postMessage({ cache: urls }, [channel.port2]);
    })
    .catch(() => set('failed'));
}
