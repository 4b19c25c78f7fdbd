// Screenshots for the README (written to www/screenshots/), taken on the sample article: the page
// in light and dark at 1280 px, the timeline panel, the phone layout, and the embed demo. Also
// checks the phone layout never scrolls sideways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setup, openPage, nextRender, WWW, TEST_TIMEOUT } from './harness.mjs';

const OUT = join(WWW, 'screenshots');
mkdirSync(OUT, { recursive: true });

async function loaded(opts) {
  const t = await setup(opts);
  await openPage(t.page, t.origin);
  await nextRender(t.page, () => t.page.click('#sample'));
  await t.page.evaluate(() => document.activeElement.blur());
  return t;
}
const shot = async (page, name, opts = {}) => {
  const path = join(OUT, name);
  // Two frames after the last scroll: the reading view's lines skip rendering while off screen
  // (content-visibility: auto), and on a loaded machine a picture taken at once showed the phone
  // layout's text box empty.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path, ...opts });
  assert.ok(statSync(path).size > 10000, `${name} is a real picture`);
};

for (const scheme of ['light', 'dark']) {
  test(`page, ${scheme}, 1280 px, sample article`, { timeout: TEST_TIMEOUT }, async () => {
    const t = await loaded({ colorScheme: scheme, viewport: { width: 1280, height: 1200 } });
    try {
      // show a tooltip on a person with a role, as a reader would see it
      const m = t.page.locator('#reading mark.k-person').first();
      await m.hover();
      await t.page.waitForSelector('#tooltip:not([hidden])');
      await t.page.evaluate(() => window.scrollTo(0, 0));
      await m.hover();
      await shot(t.page, `page-${scheme}.png`);
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });
}

test('timeline panel with an entity marked', { timeout: TEST_TIMEOUT }, async () => {
  const t = await loaded({ viewport: { width: 1280, height: 1000 } });
  try {
    await t.page.click('#entities button.ent');
    await t.page.click('#tab-timeline');
    await t.page.evaluate(() => window.scrollTo(0, 0));
    await shot(t.page, 'page-timeline.png');
  } finally {
    await t.close();
  }
});

test('phone width: one column, no sideways scrolling', { timeout: TEST_TIMEOUT }, async () => {
  const t = await loaded({ viewport: { width: 390, height: 844 } });
  try {
    const overflow = await t.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    const cols = await t.page.$eval('main', (m) => getComputedStyle(m).gridTemplateColumns.split(' ').length);
    assert.equal(cols, 1);
    await t.page.mouse.move(0, 0);
    await t.page.evaluate(() => window.scrollTo(0, document.getElementById('reader-h').getBoundingClientRect().top + scrollY - 8));
    await shot(t.page, 'page-phone.png');
  } finally {
    await t.close();
  }
});

test('embed demo', { timeout: TEST_TIMEOUT }, async () => {
  const t = await setup({ viewport: { width: 1280, height: 900 } });
  try {
    await t.page.goto(`${t.origin}/embed.html`);
    await t.page.waitForFunction(() => document.getElementById('story').result);
    await shot(t.page, 'embed.png');
  } finally {
    await t.close();
  }
});
