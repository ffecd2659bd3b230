// Adding a story is adding one folder: a fixture story (tests/fixtures/stories/devices/, a
// story.yaml and one dataset) is built through EXTRA_STORIES_DIR into its own output folder, and
// gets its page, embeds, slides, CSVs and SVGs, and a card on the home page, with no other file touched.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const OUT = 'build-new-story';
const SLUG = 'devices';
const file = (p) => `${OUT}/${p}`;
const read = (p) => readFileSync(file(p), 'utf8');

before(() => {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    env: { ...process.env, EXTRA_STORIES_DIR: 'tests/fixtures/stories', BUILD_DIR: OUT, KIT_OUT_DIR: '.svelte-kit-new-story' },
    stdio: ['ignore', 'ignore', 'inherit']
  });
});

describe('a fourth story added as one folder', () => {
  it('gets its story page, slides, embeds, CSV and SVG of every step, in both languages', () => {
    for (const p of ['', 'en/']) {
      for (const page of [`stories/${SLUG}/`, `present/${SLUG}/`, `embed/${SLUG}/`]) assert.ok(existsSync(file(`${p}${page}index.html`)), `${p}${page}`);
      for (const step of ['own', 'pc']) {
        assert.ok(existsSync(file(`${p}embed/${SLUG}/${step}/index.html`)), `${p}embed ${step}`);
        assert.ok(existsSync(file(`${p}embed/${SLUG}/${step}.svg`)), `${p}svg ${step}`);
        assert.ok(existsSync(file(`${p}data/${SLUG}/${step}.csv`)), `${p}csv ${step}`);
      }
    }
    assert.ok(existsSync(file(`embed/${SLUG}/oembed.json`)));
    assert.match(read(`data/${SLUG}/own.csv`), /スマートフォン,世帯保有率,90\.5,,図表Ⅱ-1-11-1,7234/);
    assert.match(read(`en/embed/${SLUG}/pc.svg`), /<svg[^>]*>[\s\S]*66\.4/);
  });

  it('shows its copy with the numbers filled in', () => {
    assert.match(read(`en/stories/${SLUG}/index.html`), /In 2024, 97(\.0)?% of households owned a mobile device, and 90\.5% a smartphone\./);
    assert.match(read(`stories/${SLUG}/index.html`).replace(/<wbr>/g, ''), /スマートフォンは90\.5%でした/);
  });

  it('is listed on the home page, which counts four stories', () => {
    const ja = read('index.html');
    const en = read('en/index.html');
    assert.match(ja, new RegExp(`href="/stories/${SLUG}/"`));
    assert.match(en, new RegExp(`href="/en/stories/${SLUG}/"`));
    assert.match(ja.replace(/<wbr>/g, ''), /4つのテーマ/);
    assert.match(en, /Four stories told with charts/);
    assert.match(read('sitemap.xml'), new RegExp(`/stories/${SLUG}/</loc>`));
  });
});
