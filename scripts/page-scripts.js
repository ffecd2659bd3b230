// Vite plugin: the pages' own browser scripts (src/lib/client/*-page.ts), bundled and minified by a
// nested Vite build, written into the client output as _app/immutable/scripts/<name>.<hash>.js
// (content hash: the same code gives the same file name on every build). Pages import their URLs
// from `virtual:page-scripts`; in `vite dev` those point at the TypeScript sources instead.
import { build } from 'vite';

const ENTRIES = { story: 'src/lib/client/story-page.ts' };
const DIR = '_app/immutable/scripts';
const ID = 'virtual:page-scripts';

/** @type {Promise<{ fileName: string, code: string }[]> | undefined} */
let bundled; // once per process: the client and the server build both ask

function bundle(root) {
  bundled ??= build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      modulePreload: false,
      rollupOptions: { input: ENTRIES, output: { format: 'es', entryFileNames: `${DIR}/[name].[hash].js`, chunkFileNames: `${DIR}/[name].[hash].js` } }
    }
  }).then((result) => (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk'));
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
