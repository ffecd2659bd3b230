// Presenter view: the teacher's window and the projected one follow each other through a
// BroadcastChannel (same browser, no server). A channel never echoes to its sender, so a window
// that applies a message does not send it back.
export interface DeckMessage {
  slide?: number;
  blank?: boolean;
}

export function startSync(name: string, receive: (m: DeckMessage) => void): (m: DeckMessage) => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(name);
  channel.onmessage = (e: MessageEvent<DeckMessage>) => receive(e.data);
  return (m) => channel.postMessage(m);
}
