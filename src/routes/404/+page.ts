// Prerendered as 404.html (and en/404.html): static hosts serve it for any missing path. No
// JavaScript: it is shown at arbitrary URLs, where the client router must not take over.
export const csr = false;
export const trailingSlash = 'never';
