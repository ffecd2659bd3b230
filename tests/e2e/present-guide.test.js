// The teacher's guide (/present/<slug>/guide/) of every built deck, in both languages: linked from
// the deck's overview, closing slide and presenter view; slide by slide the story document's prompt
// and question; with a `guide:` its objectives, subjects, both plans (minutes as written), key terms
// and misconceptions citing figures, never line numbers. Each step's question is projected on its
// slide and shown in the presenter notes, which carry no line numbers either.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axe, openPage, startSite, storyPaths } from './helpers.js';
import { stories } from './stories.js';

const BUILD = process.env.BUILD_DIR ?? 'build';
const slugs = [...new Set(storyPaths().map((p) => p.split('/').at(-2)))];
const html = (path) => readFileSync(`${BUILD}/${path}index.html`, 'utf8');
const text = (s) => s.replace(/<wbr>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
/** Line numbers as the old notes printed them ("l.9721", "2513行", "lines 12–14"). */
const LINE_NUMBER = /\bl\.\s?\d|\d+行|\blines? \d/;

let site;
before(async () => (site = await startSite()));
after(async () => site.close());

describe('teacher’s guide', () => {
  for (const slug of slugs) {
    const doc = stories.find((s) => s.slug === slug)?.doc;
    for (const [prefix, locale] of [['', 'ja'], ['en/', 'en']]) {
      it(`${prefix}present/${slug}/guide/ is linked from the deck and follows the story document`, () => {
        const deck = html(`${prefix}present/${slug}/`);
        const guidePath = `/${prefix}present/${slug}/guide/`;
        const links = deck.match(new RegExp(`href="${guidePath}"`, 'g')) ?? [];
        assert.ok(links.length >= 3, `overview, closing slide and presenter view link the guide (${links.length})`);
        const page = html(`${prefix}present/${slug}/guide/`);
        const body = text(page);
        assert.match(page, new RegExp(`<html[^>]*lang="${locale}"`));
        assert.match(page, new RegExp(`href="/${prefix}present/${slug}/"`), 'links back to the deck');
        const rows = page.match(/class="slide-row[^"]*"/g) ?? [];
        assert.equal(rows.length, doc?.steps.length ?? rows.length, 'one row per step');
        assert.doesNotMatch(body, LINE_NUMBER, 'no line numbers');
        const notes = deck.slice(deck.indexOf('id="present-notes"'), deck.indexOf('</aside>'));
        assert.doesNotMatch(text(notes), LINE_NUMBER, 'no line numbers in the notes');
        if (!doc) return;
        for (const step of doc.steps) {
          if (step.prompt) assert.ok(body.includes(step.prompt[locale]), `prompt of ${step.id}`);
          if (!step.question) continue;
          const q = step.question[locale];
          assert.ok(body.includes(q), `question of ${step.id} in the guide`);
          const caption = text(new RegExp(`class="caption-text[^"]*" data-step="${step.id}"[^>]*>([\\s\\S]*?)</div>`).exec(deck)?.[1] ?? '');
          assert.ok(caption.includes(q), `question of ${step.id} projected on its slide`);
        }
        const g = doc.guide;
        if (!g) return;
        for (const t of [...g.objectives, ...g.subjects, ...g.misconceptions]) assert.ok(body.includes(t[locale]), t[locale]);
        for (const w of g.vocabulary) assert.ok(body.includes(w.term[locale]) && body.includes(w.def[locale]), w.term[locale]);
        const minutes = [...page.matchAll(/<th scope="row"[^>]*>(\d+)/g)].map((m) => Number(m[1]));
        assert.deepEqual(minutes, [...g.plan45, ...g.plan15].map((p) => p.min), 'both plans, minutes as written');
        // Every term and misconception names where the paper says it: a figure or the main text.
        const wheres = [...page.matchAll(/class="where[^"]*">([^<]+)</g)].map((m) => m[1]);
        assert.equal(wheres.length, g.vocabulary.length + g.misconceptions.length);
        for (const w of wheres) assert.match(w, locale === 'ja' ? /図表|本文|付注/ : /Figure|main text|Appendix/);
      });
    }
  }

  it('has no axe violations and prints the guide in both languages', async () => {
    for (const prefix of ['', 'en/']) {
      const { page, errors, context } = await openPage(site.browser, `${site.url}${prefix}present/${slugs[0]}/guide/`, { viewport: { width: 1024, height: 768 } });
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
});
