// Getting text in: opening a .txt file, dropping one on the page, refusing a non-text file; a long
// text shows progress and can be cancelled without touching the text box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { setup, openPage, nextRender, TEST_TIMEOUT } from './harness.mjs';

let t;
before(async () => {
  t = await setup();
  await openPage(t.page, t.origin);
});
after(async () => {
  await t?.close();
});

const ARTICLE = 'Published May 2, 2024\nPresident Anna Berg of Norway visited Paris on Monday, the ministry said.\n';

test('opening a .txt file loads and analyzes it', { timeout: TEST_TIMEOUT }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-'));
  const f = join(dir, 'article.txt');
  writeFileSync(f, ARTICLE);
  await nextRender(t.page, () => t.page.setInputFiles('#file', f));
  assert.equal(await t.page.inputValue('#text'), ARTICLE);
  assert.equal(await t.page.$eval('#reading', (e) => e.textContent), ARTICLE);
});

test('dropping a .txt file on the page loads it; a non-text file is refused', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const drop = (name, type, body) =>
    p.evaluate(({ name, type, body }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], name, { type }));
      const target = document.getElementById('text');
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, { name, type, body });
  const text2 = ARTICLE.replace('Monday', 'Tuesday');
  await nextRender(p, () => drop('dropped.txt', 'text/plain', text2));
  assert.equal(await p.inputValue('#text'), text2);
  await drop('picture.png', 'image/png', '\x89PNG');
  await p.waitForSelector('#error:not([hidden])');
  assert.match(await p.textContent('#error'), /not a text file/);
  assert.equal(await p.inputValue('#text'), text2, 'the text box is untouched');
});

test('a long text shows progress and can be cancelled; the text stays', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const big = ARTICLE.repeat(40000); // ~3 MB
  await p.evaluate((big) => {
    const ta = document.getElementById('text');
    ta.value = big;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, big);
  await p.waitForSelector('#progress:not([hidden])', { timeout: 30000 });
  await p.waitForSelector('#cancel:not([hidden])');
  assert.match(await p.textContent('#status'), /Analyzing \d[\d,]* KB/);
  await p.click('#cancel');
  await p.waitForFunction(() => /cancelled/.test(document.getElementById('status').textContent));
  assert.ok(await p.$eval('#progress', (e) => e.hidden));
  assert.equal((await p.inputValue('#text')).length, big.length);
  // and the engine still works afterwards
  await nextRender(p, () => p.fill('#text', ARTICLE));
  assert.equal(await p.$eval('#reading', (e) => e.textContent), ARTICLE);
});
