// Runs before the paraglide compile: a syntax error in messages/*.json is reported with its file
// and line (paraglide itself says only "position 448"). A BOM is accepted, as in data/.
import { readdirSync, readFileSync } from 'node:fs';

let failed = false;
for (const name of readdirSync('messages').filter((f) => f.endsWith('.json'))) {
  const file = `messages/${name}`;
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(e.message);
    const line = pos ? `:${text.slice(0, Number(pos[1])).split('\n').length}` : '';
    console.error(`${file}${line}: invalid JSON (${e.message})`);
    failed = true;
  }
}
if (failed) process.exit(1);
