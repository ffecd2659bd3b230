// Plain server-rendered HTML, for reading and printing: no script.
export const csr = false;
