// axe-core finds no serious or critical accessibility violation on the page (light and dark, with
// the sample loaded, every panel shown) nor on the embed demo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setup, openPage, nextRender, TEST_TIMEOUT } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page, context = 'document') {
  // Injected through the DevTools protocol (page.evaluate), which the page's CSP does not block.
  await page.evaluate(AXE);
  const res = await page.evaluate(async (ctx) => {
    const r = await window.axe.run(ctx === 'document' ? document : ctx, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary) }));
  }, context);
  return res.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const scheme of ['light', 'dark']) {
  test(`page (${scheme}): no serious or critical violations`, { timeout: TEST_TIMEOUT }, async () => {
    const t = await setup({ colorScheme: scheme });
    try {
      await openPage(t.page, t.origin);
      await nextRender(t.page, () => t.page.click('#sample'));
      await t.page.hover('#reading mark.k-person');
      for (const tab of ['entities', 'timeline', 'quotes', 'export']) {
        await t.page.click(`#tab-${tab}`);
        const v = await axe(t.page);
        assert.deepEqual(v, [], `${scheme}/${tab}: ${JSON.stringify(v, null, 1)}`);
      }
      // with an entity marked and the stepper shown
      await t.page.click('#tab-entities');
      await t.page.click('#entities button.ent');
      assert.deepEqual(await axe(t.page), []);
    } finally {
      await t.close();
    }
  });
}

test('embed demo: no serious or critical violations', { timeout: TEST_TIMEOUT }, async () => {
  const t = await setup();
  try {
    await t.page.goto(`${t.origin}/embed.html`);
    await t.page.waitForFunction(() => document.getElementById('story').result);
    const v = await axe(t.page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
  } finally {
    await t.close();
  }
});
