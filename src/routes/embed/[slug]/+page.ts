// Embed pages are plain prerendered HTML: no framework JavaScript, only the tiny resize script.
export const csr = false;
