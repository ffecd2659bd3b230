// `npm run bench`: the timing measurements, kept out of `npm test` because they depend on the
// machine's load. Runs each measurement several times, prints the median per figure beside the last
// recorded one (bench/results.json), and with --record writes the new medians there.
//   node scripts/bench.js [--runs=3] [--only=<path substring>] [--skip=build,lighthouse,scrolling] [--record]
// Measures: `vite build` wall time; Lighthouse mobile on home and story pages (ja, en); long tasks
// while scrolling each story at 4× CPU throttle.
import { execSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { serve } from './static-server.js';
import { launch } from '../tests/e2e/browser.js';
import { storyPaths } from '../tests/e2e/helpers.js';
import { lighthouseRun, startChrome } from './bench/lighthouse.js';
import { scrollRun } from './bench/scrolling.js';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(arg('runs', 3));
const ONLY = arg('only', '');
const SKIP = arg('skip', '').split(',');
const RECORD = process.argv.includes('--record');
const FILE = 'bench/results.json';
const BUILD = process.env.BUILD_DIR ?? 'build';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** figure name → the values of every run */
const runs = new Map();
const add = (subject, values) => Object.entries(values).forEach(([k, v]) => runs.set(`${subject} | ${k}`, [...(runs.get(`${subject} | ${k}`) ?? []), v]));

if (!SKIP.includes('build')) {
  for (let i = 0; i < RUNS; i++) {
    const t = Date.now();
    execSync('npx vite build --logLevel error', { stdio: 'inherit' });
    add('build', { 'vite build s': Math.round((Date.now() - t) / 100) / 10 });
  }
}
if (!existsSync(`${BUILD}/index.html`)) execSync('npx vite build --logLevel error', { stdio: 'inherit' });

const { server, url } = await serve(BUILD, 0);
const stories = storyPaths(BUILD).filter((p) => p.includes(ONLY));
try {
  if (!SKIP.includes('lighthouse')) {
    const chrome = await startChrome();
    try {
      for (const path of ['/', '/en/', ...stories].filter((p) => p.includes(ONLY)))
        for (let i = 0; i < RUNS; i++) add(path, await lighthouseRun(chrome, url + path.slice(1)));
    } finally {
      chrome.kill();
    }
  }
  if (!SKIP.includes('scrolling')) {
    const browser = await launch();
    try {
      for (const path of stories) for (let i = 0; i < RUNS; i++) add(path, await scrollRun(browser, url + path.slice(1)));
    } finally {
      await browser.close();
    }
  }
} finally {
  server.closeAllConnections?.();
  server.close();
}

const last = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : null;
const figures = Object.fromEntries([...runs].map(([k, vs]) => [k, median(vs)]));
console.table(
  Object.fromEntries(
    [...runs].map(([k, vs]) => {
      const before = last?.figures[k];
      const d = before === undefined ? '' : figures[k] - before;
      return [k, { median: figures[k], runs: vs.join(' / '), recorded: before ?? '-', change: d === '' ? '-' : `${d > 0 ? '+' : ''}${Math.round(d * 100) / 100}` }];
    })
  )
);
if (last) console.log(`recorded: ${last.date}, ${last.commit}, ${last.machine}`);
if (RECORD) {
  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const machine = `${cpus().length} cores, Node ${process.versions.node}`;
  // keep figures this run did not measure (--only, --skip)
  const merged = { ...(last?.figures ?? {}), ...figures };
  mkdirSync('bench', { recursive: true });
  writeFileSync(FILE, JSON.stringify({ date: new Date().toISOString(), commit, machine, runs: RUNS, figures: merged }, null, 2) + '\n');
  console.log(`recorded in ${FILE}`);
}
