// Vite plugin: the pages' own browser scripts (src/lib/client/*-page.ts), bundled and minified by a
// nested Vite build as classic scripts (iife: the story page loads its script render-blocking), written into the client output as _app/immutable/scripts/<name>.<hash>.js
// (content hash: the same code gives the same file name on every build). Pages import their URLs
// from `virtual:page-scripts`; in `vite dev` those point at the TypeScript sources instead.
import { build } from 'vite';

const ENTRIES = { story: 'src/lib/client/story-page.ts', deck: 'src/lib/client/deck-page.ts' };
const DIR = '_app/immutable/scripts';
const ID = 'virtual:page-scripts';

/** @type {Promise<import('vite').Rolldown.OutputChunk[]> | undefined} */
let bundled; // once per process: the client and the server build both ask

/** One self-contained file per page kind (no shared chunk: a page loads exactly one script). */
function bundle(root) {
  bundled ??= Promise.all(
    Object.entries(ENTRIES).map(([name, input]) =>
      build({
        root,
        configFile: false,
        publicDir: false,
        logLevel: 'warn',
        build: {
          write: false,
          minify: true,
          target: 'es2020',
          modulePreload: false,
          rollupOptions: { input: { [name]: input }, output: { format: 'iife', entryFileNames: `${DIR}/[name].[hash].js` } }
        }
      })
    )
  ).then((results) => results.flatMap((r) => (Array.isArray(r) ? r : [r])).flatMap((r) => r.output).filter((o) => o.type === 'chunk'));
  return bundled;
}

export function pageScripts() {
  let root = process.cwd();
  let dev = false;
  let ssr = false;
  return {
    name: 'page-scripts',
    configResolved(config) {
      root = config.root;
      dev = config.command === 'serve';
      ssr = !!config.build.ssr;
    },
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    async load(id) {
      if (id !== '\0' + ID) return;
      const urls = dev
        ? ENTRIES
        : Object.fromEntries((await bundle(root)).filter((c) => c.isEntry).map((c) => [c.name, c.fileName]));
      return Object.entries(urls).map(([name, path]) => `export const ${name} = ${JSON.stringify(path)};`).join('\n');
    },
    async generateBundle() {
      if (dev || ssr) return;
      for (const chunk of await bundle(root)) this.emitFile({ type: 'asset', fileName: chunk.fileName, source: chunk.code });
    }
  };
}
