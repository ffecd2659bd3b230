// Run before `vite build` by `npm run build`: a deployable build writes PUBLIC_ORIGIN into embed
// codes, oEmbed, canonical and share links, SVG credits and QR codes, so it must be set (an absolute
// http(s) origin, no path: the path is BASE_PATH). `--local` (npm start, tests) allows the local
// preview origin and says so.
const DEFAULT = 'http://127.0.0.1:4173'; // the fallback in src/lib/server/site.ts
const value = process.env.PUBLIC_ORIGIN;
const local = process.argv.includes('--local');

function fail(msg) {
  console.error(`\n  ✗ ${msg}\n`);
  process.exit(1);
}

if (!value) {
  if (local) console.log(`  Local build: links, embed codes and QR codes point at ${DEFAULT} (set PUBLIC_ORIGIN for a build to publish).`);
  else
    fail(
      'PUBLIC_ORIGIN is not set. The build writes it into every embed code, oEmbed, canonical link, credit and QR code.\n' +
        '    Publish with e.g.  PUBLIC_ORIGIN=https://graphics.example.org npm run build  (add BASE_PATH=/path if served under a path).\n' +
        `    For a local preview on ${DEFAULT} run  npm start  (or  npm run build:local).`
    );
} else {
  let url;
  try {
    url = new URL(value);
  } catch {
    fail(`PUBLIC_ORIGIN=${value} is not an absolute URL (expected e.g. https://graphics.example.org).`);
  }
  if (!/^https?:$/.test(url.protocol) || value.replace(/\/$/, '') !== url.origin)
    fail(`PUBLIC_ORIGIN=${value} must be an http(s) origin without a path (put the path in BASE_PATH).`);
}
