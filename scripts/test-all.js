// `npm test`: every deterministic check, in order, on a fresh clone. Stops at the first failing stage
// and exits non-zero; prints each stage's duration and ends with one line "N passed, N failed"
// counting every test that ran. Timings (Lighthouse, long tasks, build time) are `npm run bench`.
import { exec } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

// no counts left over from an earlier run
rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });
// The site at a newsroom's base path and origin, for tests/e2e/embed-base.test.js.
const BASE_BUILD = { BASE_PATH: '/graphics/ict-2025', PUBLIC_ORIGIN: 'https://graphics.example.org', KIT_OUT_DIR: '.svelte-kit-base', BUILD_DIR: 'build-base' };
/** [name, commands run side by side (command, extra env)] */
const stages = [
  ['browsers', [['node scripts/ensure-browsers.js']]],
  ['messages', [['npm run paraglide --silent']]],
  // svelte-check, and plain tsc as editors without the Svelte plugin see the code
  ['types', [['npx svelte-kit sync && npx svelte-check --tsconfig ./tsconfig.json --output machine --fail-on-warnings && npx tsc --noEmit']]],
  ['unit + component', [['npx vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json']]],
  ['build (site and base-path site)', [['npx vite build --logLevel warn'], ['npx vite build --logLevel warn', BASE_BUILD]]],
  [
    'end to end (Chromium)',
    [['node --test --test-concurrency=2 --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=.test-results/e2e.tap tests/e2e/', { EMBED_BASE_SKIP_BUILD: '1' }]]
  ],
  // JS/HTML bytes and CLS while scrolling on every story and home page; fails over budget.
  ['budgets (bytes, CLS)', [['node scripts/measure.js']]]
];

/** Run a command with inherited output; resolves to its success. */
const run = (cmd, env = {}) =>
  new Promise((resolve) => {
    const child = exec(cmd, { env: { ...process.env, FORCE_COLOR: '0', ...env }, maxBuffer: 1 << 30 });
    child.stdout.pipe(process.stdout);
    child.stderr.pipe(process.stderr);
    child.on('exit', (code) => resolve(code === 0));
  });

let passed = 0;
let failed = 0;
const count = () => {
  try {
    const v = JSON.parse(readFileSync('.test-results/vitest.json', 'utf8'));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  } catch {}
  try {
    const tap = readFileSync('.test-results/e2e.tap', 'utf8');
    passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
    failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
  } catch {}
  try {
    // each budget (per page and figure) counts as one check
    const m = JSON.parse(readFileSync('.measure/results.json', 'utf8'));
    if (Date.parse(m.date) >= t0) (passed += m.checks - m.violations.length), (failed += m.violations.length);
  } catch {}
};

const t0 = Date.now();
const durations = [];
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
let ok = true;
for (const [name, cmds] of stages) {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  ok = (await Promise.all(cmds.map(([cmd, env]) => run(cmd, env)))).every(Boolean);
  durations.push([name, Date.now() - t]);
  console.log(`${ok ? '✔' : '✖'} ${name} (${s(Date.now() - t)})`);
  if (!ok) break;
}
count();
console.log('\nStage durations:');
for (const [name, ms] of durations) console.log(`  ${name.padEnd(34)} ${s(ms).padStart(8)}`);
console.log(`  ${'total'.padEnd(34)} ${s(Date.now() - t0).padStart(8)}`);
console.log(`\n${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok && !failed ? 0 : 1);
