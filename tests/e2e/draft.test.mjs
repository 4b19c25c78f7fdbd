// Nothing lost: the draft (text and chosen reference date) survives a reload; an analysis error
// never clears or alters the text box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, pasteAndWait, TEST_TIMEOUT } from './harness.mjs';

let t;
before(async () => {
  t = await setup();
  await openPage(t.page, t.origin);
});
after(async () => {
  await t?.close();
});

const TEXT = 'Published April 1, 2024\nMinister Ana Lima said on Friday that talks in Madrid will resume next week. \u{1F600} caf\u00e9 \u05e9\u05dc\u05d5\u05dd\tx\u200dy\nLine two.';

test('the draft survives a reload, with the reference date the user chose', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  await pasteAndWait(p, TEXT);
  await p.fill('#refdate', '2024-04-03');
  await p.waitForTimeout(50);
  await p.reload();
  await p.waitForFunction(() => document.body.dataset.state === 'ready');
  assert.equal(await p.inputValue('#text'), TEXT);
  assert.equal(await p.inputValue('#refdate'), '2024-04-03');
  assert.equal(await p.$eval('#reading', (e) => e.textContent), TEXT);
});

test('an analysis error leaves the text box exactly as it was', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const before = await p.inputValue('#text');
  // A year the core refuses (it accepts 4-digit years only).
  await p.evaluate(() => {
    const d = document.getElementById('refdate');
    d.value = '10000-01-01';
    d.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await p.waitForSelector('#error:not([hidden])');
  assert.match(await p.textContent('#error'), /referenceDate/);
  assert.equal(await p.inputValue('#text'), before);
  assert.match(await p.textContent('#status'), /untouched/);
  // the draft still holds the text
  const draft = await p.evaluate(() => JSON.parse(localStorage.getItem('storyline.draft.v1')));
  assert.equal(draft.text, before);
  // fixing the date clears the error
  await p.fill('#refdate', '2024-04-01');
  await p.waitForSelector('#error', { state: 'hidden' });
  assert.equal(await p.inputValue('#text'), before);
});

test('the worker refuses text over the size limit with a clear error', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const ok = await p.evaluate(async () => {
    const { createStoryline } = await import('/storyline.js');
    const s = await createStoryline();
    try {
      await s.analyze('a'.repeat(17 * 1024 * 1024));
      return null;
    } catch (e) {
      return e.message;
    } finally {
      s.terminate();
    }
  });
  assert.ok(ok && /limit|large|MiB|bytes/i.test(ok), `clear size error: ${ok}`);
});
