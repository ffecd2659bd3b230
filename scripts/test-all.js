// `npm test`: every check, in order, on a fresh clone. Stops at the first failing stage and exits
// non-zero; ends with one line "N passed, N failed" counting every test that ran.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('.test-results', { recursive: true });
const stages = [
  ['browser', 'node scripts/ensure-chromium.js'],
  ['messages', 'npm run paraglide --silent'],
  ['types', 'npx svelte-kit sync && npx svelte-check --tsconfig ./tsconfig.json --output machine --fail-on-warnings'],
  ['unit + component', 'npx vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json'],
  ['build', 'npx vite build --logLevel warn'],
  ['end to end (Chromium)', 'node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=.test-results/e2e.tap tests/e2e/'],
  // JS/HTML weight, CLS while scrolling and Lighthouse mobile on every story and home page; fails over budget.
  ['performance budget', 'node scripts/measure.js']
];

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
    if (Date.parse(m.date) >= t0) {
      passed += m.checks - m.violations.length;
      failed += m.violations.length;
    }
  } catch {}
};

const t0 = Date.now();
for (const [name, cmd] of stages) {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  try {
    execSync(cmd, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
    console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch {
    console.log(`✖ ${name} failed`);
    count();
    console.log(`\n${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
count();
console.log(`\nAll stages green in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
