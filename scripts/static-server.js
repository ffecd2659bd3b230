// A tiny static file server for build/ (no dependency): used by `npm start` and by the tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon'
};

/** Serve `root` on `port` (0 = any free port); resolves to { server, url }. */
export function serve(root = 'build', port = 4173, host = '127.0.0.1', basePath = '') {
  const dir = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (basePath && path.startsWith(basePath)) path = path.slice(basePath.length) || '/';
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside root');
      let s = await stat(file).catch(() => null);
      // `/en/404` → en/404.html, as static hosts resolve pages prerendered without a trailing slash.
      const html = !path.endsWith('/') && !extname(path) ? await stat(file + '.html').catch(() => null) : null;
      if (html?.isFile()) (file = file + '.html'), (s = html);
      else if (s?.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: basePath + path + '/' });
          return res.end();
        }
        file = join(file, 'index.html');
        s = await stat(file).catch(() => null);
      }
      if (!s) {
        // The 404 page in the reader's language: en/404.html under /en/, else 404.html.
        const lang404 = path === '/en' || path.startsWith('/en/') ? join(dir, 'en', '404.html') : null;
        const notFound = await readFile(lang404 ?? join(dir, '404.html'))
          .catch(() => readFile(join(dir, '404.html')))
          .catch(() => Buffer.from('Not found'));
        res.writeHead(404, { 'content-type': types['.html'] });
        return res.end(notFound);
      }
      // Compress text and cache hashed assets for a year, as any production static host does.
      const type = types[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': path.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache' };
      let body = await readFile(file);
      if (/text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(400);
      res.end('Bad request');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}${basePath}/` })));
}
