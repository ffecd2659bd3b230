// Plain server-rendered HTML: the deck's behaviour is one small script of its own
// (src/lib/client/deck-page.ts), the handout needs none.
export const csr = false;
