// The browser tests drive Debian's browsers (no browser download): Chromium for the whole suite,
// Firefox ESR and WebKitGTK (WebKitWebDriver under Xvfb) for the story walks in
// tests/e2e/engines.test.js, plus the CJK fonts that Japanese text needs in screenshots.
// Installs what is missing: apt-get as root, else sudo.
// `--chromium` (bench, measure) installs only Chromium and the fonts.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { BROWSERS } from './browsers.js';

const wanted = process.argv.includes('--chromium') ? BROWSERS.filter((b) => b.name === 'chromium') : BROWSERS;
const missing = wanted.filter((b) => b.files.some((f) => !existsSync(f)));
if (!missing.length) process.exit(0);

const packages = missing.flatMap((b) => b.packages).join(' ');
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
console.log(`Installing ${packages} for the browser tests (${sudo}apt-get)…`);
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
    stdio: 'inherit'
  });
} catch {
  console.error(`Could not install ${packages}. Install them (Debian: apt-get install -y ${packages}) or set CHROMIUM_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH.`);
  process.exit(1);
}
const still = missing.flatMap((b) => b.files).filter((f) => !existsSync(f));
if (still.length) {
  console.error(`Still missing after the install: ${still.join(', ')}`);
  process.exit(1);
}
