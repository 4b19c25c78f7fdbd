// The page's main features on the sample article: highlights, entity list, timeline, legend toggles,
// tooltips, click-to-mark with stepping, timeline click scrolls and flashes, reference-date change,
// the year offered for a dateline without one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, pasteAndWait, nextRender, sampleText, TEST_TIMEOUT } from './harness.mjs';

let t;
let sample;
before(async () => {
  t = await setup();
  sample = await sampleText();
  await openPage(t.page, t.origin);
  await pasteAndWait(t.page, sample);
});
after(async () => {
  await t?.close();
});

const result = () => t.page.evaluate(() => JSON.parse(document.getElementById('export-preview').value || 'null'));
async function currentDoc() {
  await t.page.click('#tab-export');
  await t.page.check('input[value="json"]');
  const doc = await result();
  await t.page.click('#tab-entities');
  return doc;
}

test('highlights, entity list and timeline appear after pasting an article', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  assert.ok(await p.locator('#reading mark.k-person').count() >= 1, 'at least one person highlighted');
  assert.ok(await p.locator('#reading mark.k-place').count() >= 1, 'at least one place highlighted');
  assert.ok(await p.locator('#reading mark.k-time').count() >= 1, 'at least one date highlighted');
  // the reading view shows exactly the pasted text
  assert.equal(await p.$eval('#reading', (e) => e.textContent), sample);
  // every highlight covers the characters its mention names
  const doc = await currentDoc();
  const bad = await p.evaluate((doc) => {
    const out = [];
    for (const m of document.querySelectorAll('#reading mark.first[data-id^="m"]')) {
      const mm = doc.mentions[Number(m.dataset.id.slice(1))];
      const frags = [...document.querySelectorAll(`#reading mark[data-id="${m.dataset.id}"]`)].map((f) => f.textContent).join('');
      if (frags !== mm.text) out.push([frags, mm.text]);
    }
    return out;
  }, doc);
  assert.deepEqual(bad, []);
  assert.ok(await p.locator('#entities .ent-group.k-person button.ent').count() >= 1, 'entity panel lists people');
  const counts = await p.$$eval('#entities button.ent .count', (els) => els.map((e) => e.textContent));
  assert.ok(counts.every((c) => /^×\d+ mentions?$/.test(c)), `mention counts shown: ${counts}`);
  await p.click('#tab-timeline');
  assert.ok(await p.locator('#timeline .tl-entry').count() >= 1, 'timeline has entries');
  assert.ok(await p.locator('#timeline svg.tl-svg .tl-mark').count() >= 1, 'timeline overview draws marks');
  // chronological: group start dates never decrease
  const froms = doc.timeline.filter((e) => e.from).map((e) => e.from);
  assert.deepEqual(froms, [...froms].sort());
  await p.click('#tab-entities');
});

test('entity panel: grouped by kind, sorted by salience, filter box', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const doc = await currentDoc();
  const groups = await p.$$eval('#entities .ent-group', (gs) => gs.map((g) => [...g.classList].find((c) => c.startsWith('k-')).slice(2)));
  const kinds = [...new Set(doc.entities.map((e) => e.kind))];
  assert.deepEqual(new Set(groups), new Set(kinds));
  for (const g of groups) {
    const ids = await p.$$eval(`#entities .ent-group.k-${g} button.ent`, (bs) => bs.map((b) => Number(b.dataset.entity)));
    const sal = ids.map((i) => doc.entities[i].salience);
    assert.deepEqual(sal, [...sal].sort((a, b) => b - a), `${g} sorted by salience`);
  }
  const person = doc.entities.find((e) => e.kind === 'person');
  await p.fill('#filter', person.name);
  const names = await p.$$eval('#entities .ent-name', (els) => els.map((e) => e.textContent));
  assert.ok(names.includes(person.name));
  assert.ok(names.length < doc.entities.length);
  await p.fill('#filter', 'zzzz-no-such-name');
  assert.match(await p.textContent('#entities'), /No entity matches/);
  await p.fill('#filter', '');
});

test('legend entries toggle each kind', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const btn = p.locator('#legend button[data-kind="person"]');
  assert.equal(await btn.getAttribute('aria-pressed'), 'true');
  const bgBefore = await p.$eval('#reading mark.k-person', (m) => getComputedStyle(m).backgroundColor);
  await btn.click();
  assert.equal(await btn.getAttribute('aria-pressed'), 'false');
  assert.ok(await p.$eval('#reading', (r) => r.classList.contains('hide-person')));
  const bgAfter = await p.$eval('#reading mark.k-person', (m) => getComputedStyle(m).backgroundColor);
  assert.notEqual(bgAfter, bgBefore);
  assert.equal(bgAfter, 'rgba(0, 0, 0, 0)');
  // other kinds stay
  assert.notEqual(await p.$eval('#reading mark.k-place', (m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)');
  await btn.click();
  assert.equal(await btn.getAttribute('aria-pressed'), 'true');
  assert.equal(await p.$eval('#reading mark.k-person', (m) => getComputedStyle(m).backgroundColor), bgBefore);
});

test('tooltips name the canonical entity, kind and role; dates show value and resolution', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  let doc = await currentDoc();
  if (!doc.reference.date) {
    // (dateline detection has its own test below; here we only need relative dates resolved)
    await nextRender(p, () => p.fill('#refdate', '2025-03-13'));
    doc = await currentDoc();
  }
  // a person with a role
  const withRole = doc.entities.find((e) => e.kind === 'person' && e.roles.length);
  assert.ok(withRole, 'the sample article yields a person with a role');
  const mi = withRole.mentions[withRole.mentions.length - 1];
  await p.hover(`#reading mark[data-id="m${mi}"]`);
  await p.waitForSelector('#tooltip:not([hidden])');
  const tip = await p.textContent('#tooltip');
  assert.ok(tip.includes(withRole.name), `tooltip "${tip}" names ${withRole.name}`);
  assert.ok(tip.includes('person'), tip);
  assert.ok(tip.includes(withRole.roles[0].role), tip);
  // a resolved relative date
  const ti = doc.times.findIndex((x) => x.resolution && x.resolution.anchor === 'reference' && x.value);
  assert.ok(ti >= 0, 'the sample article has a date resolved against the reference date');
  await p.hover(`#reading mark[data-id="t${ti}"]`);
  await p.waitForFunction((v) => document.getElementById('tooltip').textContent.includes(v), doc.times[ti].value);
  const tip2 = await p.textContent('#tooltip');
  assert.ok(tip2.includes(doc.times[ti].value), tip2);
  assert.ok(tip2.includes(doc.reference.date), `resolution names the reference date: ${tip2}`);
  assert.ok(tip2.includes(doc.times[ti].resolution.method), tip2);
  await p.mouse.move(0, 0);
  await p.waitForSelector('#tooltip', { state: 'hidden' });
  if (doc.reference.source === 'option') await nextRender(p, () => p.click('#refreset'));
});

test('clicking an entity marks all its mentions and steps through them', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const doc = await currentDoc();
  const e = [...doc.entities].filter((x) => x.mentions.length >= 2).sort((a, b) => b.mentions.length - a.mentions.length)[0];
  assert.ok(e, 'an entity mentioned at least twice');
  await p.click(`#entities button.ent[data-entity="${e.id}"]`);
  assert.equal(await p.getAttribute(`#entities button.ent[data-entity="${e.id}"]`, 'aria-pressed'), 'true');
  const marked = await p.$$eval('#reading mark.first.selected', (ms) => ms.map((m) => Number(m.dataset.id.slice(1))));
  assert.deepEqual(marked.sort((a, b) => a - b), [...e.mentions].sort((a, b) => a - b));
  assert.match(await p.textContent('#stepper-label'), new RegExp(`mention 1 of ${e.mentions.length}`));
  await p.click('#step-next');
  assert.match(await p.textContent('#stepper-label'), new RegExp(`mention 2 of ${e.mentions.length}`));
  const cur = await p.$eval('#reading mark.step-current', (m) => Number(m.dataset.id.slice(1)));
  assert.equal(cur, [...e.mentions].sort((a, b) => doc.mentions[a].start - doc.mentions[b].start)[1]);
  await p.click('#step-prev');
  assert.match(await p.textContent('#stepper-label'), /mention 1 of/);
  await p.click('#step-clear');
  assert.equal(await p.locator('#reading mark.selected').count(), 0);
  // clicking a mention in the text does the same
  const m = doc.mentions.findIndex((x) => x.entity === e.id);
  await p.click(`#reading mark[data-id="m${m}"]`);
  assert.equal(await p.locator('#reading mark.first.selected').count(), e.mentions.length);
  await p.click('#step-clear');
});

test('clicking a timeline entry scrolls to its sentence and flashes it', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const doc = await currentDoc();
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.click('#tab-timeline');
  const entries = p.locator('#timeline .tl-entry');
  const n = await entries.count();
  const last = entries.nth(n - 1);
  const idx = Number(await last.getAttribute('data-index'));
  await last.click();
  const flashed = await p.waitForFunction(() => {
    const h = CSS.highlights.get('storyline-flash');
    return h && h.size ? [...h][0].toString() : null;
  });
  assert.equal(await flashed.jsonValue(), doc.timeline[idx].text);
  const inView = await p.evaluate(() => {
    const r = [...CSS.highlights.get('storyline-flash')][0].getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });
  assert.ok(inView, 'the sentence is scrolled into view');
  await p.click('#tab-entities');
});

test('quotes panel links speaker and quote to the text', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const doc = await currentDoc();
  await p.click('#tab-quotes');
  assert.equal(await p.locator('#quotes .quote-item').count(), doc.quotes.length);
  if (doc.quotes.length) {
    await p.click('#quotes .quote-text >> nth=0');
    const h = await p.waitForFunction(() => CSS.highlights.get('storyline-flash') && [...CSS.highlights.get('storyline-flash')][0].toString());
    assert.equal(await h.jsonValue(), doc.quotes[0].text);
  }
  await p.click('#tab-entities');
});

test('the reference date is prefilled from the dateline and changing it re-resolves', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  const doc = await currentDoc();
  assert.equal(doc.reference.source, 'dateline', 'the sample article has a dateline');
  assert.equal(await p.inputValue('#refdate'), doc.reference.date);
  assert.match(await p.textContent('#refsource'), /dateline/);
  const rel = doc.times.findIndex((x) => x.resolution.anchor === 'reference' && /^\d{4}-\d\d-\d\d$/.test(x.value || ''));
  assert.ok(rel >= 0);
  const before = doc.times[rel].value;
  // one week later: every weekday-relative date moves
  const [y, mo, d] = doc.reference.date.split('-').map(Number);
  const later = new Date(Date.UTC(y, mo - 1, d + 7)).toISOString().slice(0, 10);
  await nextRender(p, () => p.fill('#refdate', later));
  const doc2 = await currentDoc();
  assert.equal(doc2.reference.source, 'option');
  assert.equal(doc2.reference.date, later);
  assert.notEqual(doc2.times[rel].value, before, 'the relative date was re-resolved');
  assert.match(await p.textContent('#refsource'), /Set by you/);
  await p.hover(`#reading mark[data-id="t${rel}"]`);
  await p.waitForFunction((v) => document.getElementById('tooltip').textContent.includes(v), doc2.times[rel].value);
  // back to the detected date
  await nextRender(p, () => p.click('#refreset'));
  const doc3 = await currentDoc();
  assert.equal(doc3.reference.source, 'dateline');
  assert.equal(doc3.times[rel].value, before);
  assert.equal(await p.inputValue('#refdate'), doc.reference.date);
});

test('a dateline whose year comes from the text says so and shows where', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  await pasteAndWait(p, 'MILAN, Feb. 3 (Reuters) - A train derailed on Saturday on a line that reopened in January 2018.');
  const doc = await currentDoc();
  assert.equal(doc.reference.date, '2018-02-03');
  assert.equal(doc.reference.year_evidence.text, 'January 2018');
  assert.match(await p.textContent('#refsource'), /gives no year: .*2018.*latest the article writes \(“January 2018”\)/);
  assert.equal(await p.inputValue('#refdate'), '2018-02-03');
  await p.click('#refyearfrom');
  // A dateline that writes its year names no expression, and the page offers no such button.
  await pasteAndWait(p, 'MILAN, Feb. 3, 2026 (Reuters) - A train derailed on Tuesday, the worst crash since January 2018.');
  assert.equal((await currentDoc()).reference.year_evidence, undefined);
  assert.equal(await p.locator('#refyearfrom').count(), 0);
  assert.doesNotMatch(await p.textContent('#refsource'), /gives no year/);
});

test('a dateline without a year offers its day in the latest year it has come', { timeout: TEST_TIMEOUT }, async () => {
  const p = t.page;
  await pasteAndWait(p, 'MOSCOW, June 3 (Reuters) - The Kremlin said talks would resume on Tuesday.');
  const doc = await currentDoc();
  assert.equal(doc.reference.date, null);
  assert.equal(doc.reference.partial, '--06-03');
  assert.match(await p.textContent('#refsource'), /“MOSCOW, June 3 \(Reuters\)” gives no year/);
  const label = await p.textContent('#refyear');
  await nextRender(p, () => p.click('#refyear'));
  const doc2 = await currentDoc();
  assert.equal(doc2.reference.source, 'option');
  assert.match(doc2.reference.date, /^\d{4}-06-03$/);
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const y = Number(doc2.reference.date.slice(0, 4));
  assert.ok(doc2.reference.date <= today && y >= now.getFullYear() - 1, `${doc2.reference.date} is the latest June 3 by ${today}`);
  assert.ok(label.includes(String(y)), label);
  assert.equal(await p.inputValue('#refdate'), doc2.reference.date);
  assert.match(doc2.times.find((x) => x.text === 'Tuesday').value, /^\d{4}-\d\d-\d\d$/, 'Tuesday resolves');
});

test('no page errors', { timeout: TEST_TIMEOUT }, () => {
  assert.deepEqual(t.errors, []);
  assert.deepEqual(t.dialogs, []);
});
