// Merge new messages into messages/ja.json and messages/en.json in one quick read-write.
// Usage: node scripts/add-messages.js file.json   (file: { "ja": { key: text }, "en": { key: text } })
// Both languages must get the same keys; existing keys are replaced.
import { readFileSync, writeFileSync } from 'node:fs';

const add = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ja = Object.keys(add.ja ?? {}).sort().join();
const en = Object.keys(add.en ?? {}).sort().join();
if (ja !== en) throw new Error(`ja and en keys differ in ${process.argv[2]}`);
for (const locale of ['ja', 'en']) {
  const file = `messages/${locale}.json`;
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...messages, ...add[locale] }, null, 2) + '\n');
}
console.log(`added ${Object.keys(add.ja).length} messages to ja and en`);
