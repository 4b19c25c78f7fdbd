// Keyboard-only use of the main flow: load the sample, reach the text, move between highlights,
// mark an entity and step through it, toggle a kind, open the timeline and jump to an entry,
// export — with a visible focus indicator at every step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, TEST_TIMEOUT } from './harness.mjs';

let t;
before(async () => {
  t = await setup();
  await openPage(t.page, t.origin);
});
after(async () => {
  await t?.close();
});

const active = () => t.page.evaluate(() => {
  const a = document.activeElement;
  const cs = getComputedStyle(a);
  return { id: a.id, tag: a.localName, cls: a.className, text: (a.textContent || '').slice(0, 60), dataId: a.dataset && a.dataset.id, role: a.getAttribute('role'), outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0, shadow: cs.boxShadow !== 'none' };
});
async function tabUntil(pred, max = 60, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    await t.page.keyboard.press(key);
    const a = await active();
    if (pred(a)) return a;
  }
  throw new Error('focus never reached the target');
}

test('keyboard only: sample, highlights, marking, legend, timeline, export', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  // 1. load the sample with the keyboard
  let a = await tabUntil((x) => x.id === 'sample');
  assert.ok(a.outline, 'visible focus on the sample button');
  await p.evaluate(() => { window.__r = 0; document.addEventListener('storyline:rendered', () => window.__r++); });
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => window.__r > 0);
  // 2. tab into the reading view: one highlight is in the tab order
  a = await tabUntil((x) => x.tag === 'mark');
  assert.ok(a.outline, 'visible focus on the highlight');
  await p.waitForSelector('#tooltip:not([hidden])');
  const first = a.dataId;
  // 3. arrows move between highlights; the tooltip follows
  await p.keyboard.press('ArrowRight');
  a = await active();
  assert.equal(a.tag, 'mark');
  assert.notEqual(a.dataId, first);
  assert.ok((await p.textContent('#tooltip')).length > 0);
  // 4. find a mention and press Enter: all its mentions are marked
  while (!(await active()).dataId.startsWith('m')) await p.keyboard.press('ArrowRight');
  await p.keyboard.press('Enter');
  await p.waitForSelector('#stepper:not([hidden])');
  assert.ok(await p.locator('#reading mark.selected').count() >= 1);
  await p.keyboard.press('Escape');
  await p.waitForSelector('#stepper', { state: 'hidden' });
  // 5. the legend is reachable backwards and toggles with Space
  a = await tabUntil((x) => x.cls.includes('legend-item'), 30, 'Shift+Tab');
  const kind = await p.evaluate(() => document.activeElement.dataset.kind);
  await p.keyboard.press('Space');
  assert.equal(await p.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'false');
  assert.ok(await p.$eval('#reading', (r, k) => r.classList.contains(`hide-${k}`), kind));
  await p.keyboard.press('Space');
  assert.equal(await p.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
  // 6. the tabs: arrows switch panels
  a = await tabUntil((x) => x.role === 'tab');
  assert.ok(a.outline || a.shadow, 'visible focus on the tab');
  await p.keyboard.press('ArrowRight');
  a = await active();
  assert.equal(a.id, 'tab-timeline');
  assert.equal(await p.getAttribute('#panel-timeline', 'hidden'), null);
  // 7. an entry activated with Enter flashes its sentence
  a = await tabUntil((x) => x.cls.includes('tl-entry'));
  assert.ok(a.outline, 'visible focus on the timeline entry');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => CSS.highlights.has('storyline-flash'));
  // 8. export: pick a format with arrows, copy
  await p.focus('#tab-timeline');
  await p.keyboard.press('End');
  assert.equal((await active()).id, 'tab-export');
  a = await tabUntil((x) => x.tag === 'input' && x.id === '');
  await p.keyboard.press('ArrowDown');
  assert.equal(await p.$eval('input[name="format"]:checked', (e) => e.value), 'entities-csv');
  assert.match(await p.inputValue('#export-preview'), /^id,kind,name/);
  assert.deepEqual(t.errors, []);
});

test('the skip link is the first stop and jumps to the article', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  await p.goto(`${t.origin}/index.html`);
  await p.keyboard.press('Tab');
  const a = await active();
  assert.equal(a.cls, 'skip');
  assert.ok(a.outline);
});
