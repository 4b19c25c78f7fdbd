// Works offline after the first load: the service worker keeps the page's own files, so with the
// network gone the page reloads and still analyzes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, nextRender, TEST_TIMEOUT } from './harness.mjs';

let t;
before(async () => {
  t = await setup({ serviceWorkers: 'allow' });
});
after(async () => {
  await t?.close();
});

test('after one visit the page loads and analyzes with the network off', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  await openPage(p, t.origin);
  await p.evaluate(async () => {
    await navigator.serviceWorker.ready;
    // the precache is filled at install; wait until it holds the engine
    for (let i = 0; i < 100; i++) {
      const c = await caches.open('storyline-v1');
      if (await c.match('pkg/storyline_bg.wasm')) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('precache never filled');
  });
  await t.context.setOffline(true);
  await p.reload();
  await p.waitForFunction(() => document.body.dataset.engine === 'ready', null, { timeout: 30000 });
  await nextRender(p, () => p.click('#sample'));
  assert.ok((await p.locator('#reading mark').count()) > 0, 'highlights drawn offline');
  await t.context.setOffline(false);
  assert.deepEqual(t.errors, []);
});
