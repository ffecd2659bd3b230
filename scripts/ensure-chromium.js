// The browser tests drive Debian's Chromium (no browser download). Install it, with the CJK fonts
// that Japanese text needs in screenshots and poppler-utils (pdftoppm, pdfinfo: the print tests
// read the PDFs), when it is missing: apt-get as root, else sudo.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

const pdftoppm = '/usr/bin/pdftoppm';

if (existsSync(chromium) && existsSync(cjkFont) && existsSync(pdftoppm)) process.exit(0);

const root = process.getuid?.() === 0;
const sudo = root ? '' : 'sudo ';
console.log(`Installing Chromium, Noto CJK fonts and poppler-utils for the browser tests (${sudo}apt-get)…`);
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk poppler-utils`, {
    stdio: 'inherit'
  });
} catch {
  console.error('Could not install chromium, fonts-noto-cjk and poppler-utils. Install them (Debian: apt-get install -y chromium fonts-noto-cjk poppler-utils) or set CHROMIUM_PATH.');
  process.exit(1);
}
if (!existsSync(chromium)) {
  console.error(`Chromium is still missing at ${chromium}.`);
  process.exit(1);
}
