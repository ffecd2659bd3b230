// Offline decks: registers the service worker (src/service-worker.ts) for the decks of both
// languages and asks it to keep this deck's pages (its own, the other language's, the guide and the
// worksheet, listed in data-offline) and every file the page loaded. When the worker has them,
// the deck gets data-offline="ready". Not from file:// (the downloaded single-file deck needs none).
export function startOffline(deck: HTMLElement): void {
  const { sw, swScopes, offline } = deck.dataset;
  if (!sw || !swScopes || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  for (const scope of swScopes.split(' ')) navigator.serviceWorker.register(sw, { scope }).catch(() => {});
  navigator.serviceWorker.ready.then((reg) => {
    const loaded = performance.getEntriesByType('resource').map((r) => r.name);
    const urls = [location.pathname, ...(offline ?? '').split(' ').filter(Boolean), ...loaded];
    const channel = new MessageChannel();
    channel.port1.onmessage = (e: MessageEvent<{ version: string; failed: number }>) => {
      deck.dataset.offline = e.data.failed ? 'partial' : 'ready';
      deck.dataset.offlineVersion = e.data.version;
    };
    reg.active?.postMessage({ cache: urls }, [channel.port2]);
  });
}
