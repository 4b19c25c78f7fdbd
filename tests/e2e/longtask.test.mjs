// Typing into a ~200 KB article keeps the main thread free: analysis runs in the worker and the
// result is drawn in short slices, so no main-thread task exceeds 50 ms (PerformanceObserver
// 'longtask') from the first keystroke until the new result is fully drawn.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, pasteAndWait, sampleText, TEST_TIMEOUT } from './harness.mjs';

let t;
before(async () => {
  t = await setup();
  await openPage(t.page, t.origin);
});
after(async () => {
  await t?.close();
});

test('typing in a 200 KB article causes no main-thread task over 50 ms', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const sample = await sampleText();
  let big = '';
  for (let i = 0; big.length < 200 * 1024; i++) big += sample.replace(/March 13, 2025/, `March ${1 + (i % 28)}, 2025`) + '\n';
  await pasteAndWait(p, big);
  const marks = await p.locator('#reading mark').count();
  assert.ok(marks > 1000, `a long article is fully highlighted (${marks} marks)`);
  await p.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
    window.__r = 0;
    document.addEventListener('storyline:rendered', () => window.__r++);
  });
  // the caret to the end, then type like a person
  await p.focus('#text');
  await p.keyboard.press('Control+End');
  await p.keyboard.type(' The minister said on Friday that talks would resume.', { delay: 25 });
  await p.waitForFunction(() => window.__r > 0 && document.body.dataset.state === 'ready', null, { timeout: 60000 });
  await p.waitForFunction((n) => document.getElementById('reading').textContent.length === n, big.length + 53);
  await p.waitForTimeout(200); // let a trailing task be reported
  const long = await p.evaluate(() => window.__long);
  assert.deepEqual(long, [], `main-thread long tasks (ms): ${long.join(', ')}`);
});
