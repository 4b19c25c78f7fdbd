// Nothing executes: markup, event handlers, javascript: URLs and HTML entities in pasted text are
// shown literally in the reading view, panels, tooltips, exports and the custom element; no dialog
// opens, no script runs, no element is created from user text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, pasteAndWait, TEST_TIMEOUT } from './harness.mjs';

const HOSTILE = [
  'Published March 13, 2025',
  '<script>alert(1)</script> President Maria Keller said on Monday in Berlin that "<img src=x onerror=alert(2)> is <b>bold</b>".',
  '<img src=x onerror="window.__pwned=1;alert(2)"> Senator John Doe visited Paris on March 3, 2024.',
  '<a href="javascript:alert(3)">click me</a> &lt;b&gt; &amp;amp; &#x3C;script&#x3E; <svg onload=alert(4)> <iframe src="javascript:alert(5)"></iframe>',
  'Keller met "<script>alert(6)</script>" envoy <Robert Doe> in London on Tuesday.',
].join('\n');

let t;
before(async () => {
  t = await setup();
  await t.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.origin });
  await openPage(t.page, t.origin);
  await pasteAndWait(t.page, HOSTILE);
});
after(async () => {
  await t?.close();
});

const noUserElements = (sel) =>
  t.page.evaluate((sel) => [...document.querySelectorAll(sel)].flatMap((root) => [...root.querySelectorAll('script, img, iframe, a, b, i, svg:not(.tl-svg), svg:not(.tl-svg) *, [onerror], [onload], [href^="javascript"]')].map((e) => e.outerHTML.slice(0, 60))), sel);

test('the reading view shows the hostile text literally', { timeout: TEST_TIMEOUT }, async () => {
  assert.equal(await t.page.$eval('#reading', (e) => e.textContent), HOSTILE);
  assert.deepEqual(await noUserElements('#reading'), []);
});

test('panels show names and quotes as text', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  for (const tab of ['entities', 'timeline', 'quotes']) {
    await p.click(`#tab-${tab}`);
    assert.deepEqual(await noUserElements(`#panel-${tab}`), [], tab);
  }
  await p.click('#tab-timeline');
  const texts = await p.$$eval('#timeline .tl-text', (els) => els.map((e) => e.textContent));
  for (const s of texts) assert.ok(HOSTILE.replace(/\s*\n\s*/g, ' ').includes(s.replace(/…$/, '')), s);
  await p.click('#tab-entities');
});

test('tooltips show text only', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const ids = await p.$$eval('#reading .hl.first', (ms) => ms.map((m) => m.dataset.id));
  assert.ok(ids.length > 0, 'something was highlighted');
  for (const id of ids) {
    await p.hover(`#reading [data-id="${id}"]`);
    await p.waitForSelector('#tooltip:not([hidden])');
    const tags = await p.$$eval('#tooltip *', (els) => [...new Set(els.map((e) => e.localName))]);
    assert.deepEqual(tags.filter((x) => x !== 'div'), [], id);
  }
});

test('every export keeps the markup as text', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  await p.click('#tab-export');
  const get = async (f) => {
    await p.check(`input[value="${f}"]`);
    return p.inputValue('#export-preview');
  };
  const doc = JSON.parse(await get('json'));
  for (const m of doc.mentions) assert.equal(HOSTILE.slice(m.start, m.end), m.text);
  const html = await get('html');
  for (const bad of ['<script>alert', '<img src=x', '<a href="javascript', '<svg onload', '<iframe', '<b>bold']) assert.ok(!html.includes(bad), `HTML export contains ${bad}`);
  const p2 = await t.context.newPage();
  p2.on('dialog', (d) => { t.dialogs.push(d.message()); d.dismiss(); });
  await p2.setContent(html);
  assert.equal(await p2.$eval('.text', (e) => e.textContent), HOSTILE);
  assert.deepEqual(await p2.evaluate(() => [...document.querySelectorAll('script, img, iframe, a, svg, b, i')].length), 0);
  assert.equal(await p2.evaluate(() => window.__pwned), undefined);
  await p2.close();
  const tj = JSON.parse(await get('timelinejs'));
  for (const ev of tj.events) assert.ok(!/[<>]/.test(ev.text.text + ev.text.headline), 'TimelineJS text escaped');
  for (const f of ['entities-csv', 'timeline-csv']) {
    const csv = await get(f);
    assert.ok(!/^[=+@-]/m.test(csv.replace(/^"/gm, '')), `${f}: no formula cells`);
  }
});

test('the custom element shows hostile text literally', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  await p.goto(`${t.origin}/embed.html`);
  await p.waitForFunction(() => document.getElementById('story').result);
  const out = await p.evaluate(async (text) => {
    const v = document.getElementById('story');
    const got = new Promise((r) => v.addEventListener('storyline-result', r, { once: true }));
    v.text = text;
    await got;
    const sr = v.shadowRoot;
    return {
      text: sr.querySelector('[part="text"]').textContent,
      bad: [...sr.querySelectorAll('script, img, iframe, a, b, i, [onerror], [onload]')].length,
      titles: [...sr.querySelectorAll('[title]')].map((e) => e.title),
    };
  }, HOSTILE);
  assert.equal(out.text, HOSTILE);
  assert.equal(out.bad, 0);
});

test('no dialog opened, no script ran, no request for the injected image', { timeout: TEST_TIMEOUT }, async () => {
  assert.deepEqual(t.dialogs, []);
  assert.equal(await t.page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(t.requests.filter((u) => /\/x$|javascript:/.test(u)), []);
  assert.deepEqual(t.errors, []);
});
