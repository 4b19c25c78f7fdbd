// <storyline-view> in embed.html: analyzes its text content, renders highlights, entity list and
// timeline in a shadow root, fires storyline-result, follows the host page's custom properties,
// and re-analyzes when its `text` property or `reference-date` attribute changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, TEST_TIMEOUT } from './harness.mjs';

let t;
before(async () => {
  t = await setup();
  await t.page.goto(`${t.origin}/embed.html`);
  await t.page.waitForFunction(() => document.getElementById('story').result !== null && document.getElementById('story').result !== undefined, null, { timeout: 30000 });
});
after(async () => {
  await t?.close();
});

test('the element renders highlights, entities and timeline in its shadow root', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const info = await p.evaluate(() => {
    const v = document.getElementById('story');
    const r = v.result;
    const sr = v.shadowRoot;
    return {
      marks: sr.querySelectorAll('mark.hl').length,
      persons: sr.querySelectorAll('mark.k-person').length,
      ents: sr.querySelectorAll('[part="entities"] li:not(.kind-h)').length,
      tl: sr.querySelectorAll('[part="timeline"] .tl-entry').length,
      textSame: sr.querySelector('[part="text"]').textContent === v.textContent.replace(/^\s*\n/, ''),
      nEnt: r.entities.length,
      nTl: r.timeline.length,
      light: document.querySelectorAll('storyline-view mark').length,
    };
  });
  assert.ok(info.marks > 0, 'highlights drawn');
  assert.ok(info.persons > 0, 'a person highlighted');
  assert.equal(info.ents, info.nEnt);
  assert.ok(info.nTl > 0);
  assert.equal(info.tl, info.nTl);
  assert.ok(info.textSame, 'shadow text equals the element text');
  assert.equal(info.light, 0, 'nothing added to the light DOM');
});

test('the host page receives the result event', { timeout: TEST_TIMEOUT }, async () => {
  const cap = await t.page.textContent('#caption');
  assert.match(cap, /Storyline found \d+ names and \d+ dated events/);
});

test('the element follows the page\'s CSS custom properties', { timeout: TEST_TIMEOUT }, async () => {
  const s = await t.page.evaluate(() => {
    const sr = document.getElementById('story').shadowRoot;
    const host = getComputedStyle(document.getElementById('story'));
    const m = sr.querySelector('mark.k-person');
    return { bg: host.backgroundColor, font: host.fontFamily, person: getComputedStyle(m).borderBottomColor };
  });
  assert.equal(s.bg, 'rgb(255, 253, 248)');
  assert.match(s.font, /Georgia/);
  assert.equal(s.person, 'rgb(138, 45, 28)');
});

test('setting the text property re-analyzes and fires the event again', { timeout: TEST_TIMEOUT }, async () => {
  const res = await t.page.evaluate(async () => {
    const v = document.getElementById('story');
    const got = new Promise((r) => v.addEventListener('storyline-result', (e) => r(e.detail), { once: true }));
    v.text = 'Published May 2, 2024\nMayor Daniel Okafor visited Paris on Monday.';
    const r = await got;
    return { n: r.mentions.length, text: v.shadowRoot.querySelector('[part="text"]').textContent, ref: r.reference };
  });
  assert.equal(res.text, 'Published May 2, 2024\nMayor Daniel Okafor visited Paris on Monday.');
  assert.ok(res.n >= 1);
});

test('a bad reference-date attribute fires storyline-error with the core message', { timeout: TEST_TIMEOUT }, async () => {
  const msg = await t.page.evaluate(async () => {
    const v = document.getElementById('story');
    const got = new Promise((r) => v.addEventListener('storyline-error', (e) => r(e.detail.message), { once: true }));
    v.setAttribute('reference-date', '2025-02-30');
    return got;
  });
  assert.match(msg, /referenceDate/);
  const status = await t.page.evaluate(() => document.getElementById('story').shadowRoot.querySelector('.status').textContent);
  assert.match(status, /Could not analyze/);
});

test('no page errors and no request outside the origin', { timeout: TEST_TIMEOUT }, () => {
  assert.deepEqual(t.errors, []);
  assert.deepEqual(t.requests.filter((u) => !u.startsWith(t.origin + '/')), []);
});
