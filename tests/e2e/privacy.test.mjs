// Nothing leaks: using the page (sample, typing, reference date, every export, the embed) makes no
// request except to its own origin; a CSP forbids other origins and inline scripts; nothing is
// stored except the draft, which Clear removes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, nextRender, TEST_TIMEOUT } from './harness.mjs';

let t;
before(async () => {
  t = await setup();
});
after(async () => {
  await t?.close();
});

test('full use of the page requests nothing outside its origin', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  await openPage(p, t.origin);
  await nextRender(p, () => p.click('#sample'));
  await p.type('#text', ' Reuters reported it from London on Friday.');
  await p.waitForFunction(() => document.getElementById('reading').textContent.endsWith('Friday.'));
  await nextRender(p, () => p.fill('#refdate', '2025-03-20'));
  await p.click('#tab-export');
  for (const f of ['json', 'entities-csv', 'timeline-csv', 'timelinejs', 'html']) {
    await p.check(`input[value="${f}"]`);
    await Promise.all([p.waitForEvent('download'), p.click('#download')]);
  }
  await p.goto(`${t.origin}/embed.html`);
  await p.waitForFunction(() => document.getElementById('story').result);
  const foreign = t.requests.filter((u) => !u.startsWith(`${t.origin}/`) && !u.startsWith('blob:' + t.origin));
  assert.deepEqual(foreign, [], 'no request to any other origin');
  assert.ok(t.requests.some((u) => u.endsWith('/pkg/storyline_bg.wasm')), 'the wasm came from our origin');
  assert.deepEqual(t.errors, []);
});

test('both pages carry a CSP that forbids other origins and inline scripts', { timeout: TEST_TIMEOUT }, async () => {
  for (const path of ['/index.html', '/embed.html']) {
    await t.page.goto(t.origin + path);
    const csp = await t.page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.match(csp, /default-src 'self'/, path);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/, path);
    assert.ok(!/unsafe-inline|https?:|\*/.test(csp), `${path}: ${csp}`);
    // an inline script injected by markup would be refused
    const ran = await t.page.evaluate(() => {
      window.__inline = false;
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.body.appendChild(s);
      return window.__inline;
    });
    assert.equal(ran, false, `${path}: inline script blocked`);
  }
});

test('only the draft is stored, and Clear removes it', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  await openPage(p, t.origin);
  await nextRender(p, () => p.click('#sample'));
  const keys = await p.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, ['storyline.draft.v1']);
  assert.deepEqual(await p.evaluate(() => Object.keys(sessionStorage)), []);
  assert.equal(await p.evaluate(() => document.cookie), '');
  await p.click('#clear');
  assert.deepEqual(await p.evaluate(() => Object.keys(localStorage)), []);
  assert.equal(await p.inputValue('#text'), '');
});

test('the page says the text never leaves the machine', { timeout: TEST_TIMEOUT }, async () => {
  await openPage(t.page, t.origin);
  assert.match(await t.page.textContent('#privacy'), /never leaves this machine/);
});
