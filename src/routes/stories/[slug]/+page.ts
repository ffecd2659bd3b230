// Plain server-rendered HTML: nothing on the page is hydrated. The scrolly behaviour (sticky chart,
// progress, step hash, copy buttons) is one small script of its own (src/lib/client/story-page.ts).
export const csr = false;
