// Each export's content: JSON (the result), entities CSV, timeline CSV, TimelineJS JSON, annotated
// HTML; download and copy-to-clipboard give the same bytes as the preview.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setup, openPage, pasteAndWait, sampleText, TEST_TIMEOUT } from './harness.mjs';

let t;
let sample;
let doc;
before(async () => {
  t = await setup();
  await t.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.origin });
  sample = await sampleText();
  await openPage(t.page, t.origin);
  await pasteAndWait(t.page, sample);
  await t.page.click('#tab-export');
  doc = JSON.parse(await exportOf('json'));
});
after(async () => {
  await t?.close();
});

async function exportOf(format) {
  await t.page.check(`input[name="format"][value="${format}"]`);
  return t.page.inputValue('#export-preview');
}

/** Minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF). */
function parseCSV(s) {
  const rows = [];
  let row = [];
  let f = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\n' || (c === '\r' && s[i + 1] === '\n')) { row.push(f); rows.push(row); row = []; f = ''; if (c === '\r') i++; }
    else f += c;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  // (a textarea shows CRLF as LF; the file itself uses CRLF)
  return rows;
}

test('JSON export is the schema document of the analyzed text', { timeout: TEST_TIMEOUT }, async () => {
  for (const k of ['reference_date', 'reference', 'mentions', 'entities', 'times', 'timeline', 'quotes', 'sentences', 'warnings']) assert.ok(k in doc, k);
  assert.equal(doc.offsets, 'utf16');
  assert.ok(doc.mentions.length > 0 && doc.entities.length > 0 && doc.timeline.length > 0);
  for (const m of doc.mentions) assert.equal(sample.slice(m.start, m.end), m.text);
  for (const x of doc.times) assert.equal(sample.slice(x.start, x.end), x.text);
});

test('entities CSV has one row per entity with kind, name, count, roles, aliases', { timeout: TEST_TIMEOUT }, async () => {
  const rows = parseCSV(await exportOf('entities-csv'));
  assert.deepEqual(rows[0], ['id', 'kind', 'name', 'mentions', 'salience', 'roles', 'aliases', 'first_offset']);
  assert.equal(rows.length - 1, doc.entities.length);
  for (const r of rows.slice(1)) {
    const e = doc.entities[Number(r[0])];
    assert.equal(r[1], e.kind);
    assert.equal(r[2].replace(/^'/, ''), e.name);
    assert.equal(Number(r[3]), e.mentions.length);
    assert.equal(r[5], [...e.roles.map((x) => x.role)].join('; '));
    assert.equal(r[6], e.aliases.join('; '));
  }
});

test('timeline CSV has one row per entry, in the timeline order', { timeout: TEST_TIMEOUT }, async () => {
  const rows = parseCSV(await exportOf('timeline-csv'));
  assert.equal(rows[0][0], 'value');
  assert.equal(rows.length - 1, doc.timeline.length);
  rows.slice(1).forEach((r, i) => {
    assert.equal(r[0], doc.timeline[i].value);
    assert.equal(r[5], doc.timeline[i].status);
    assert.equal(r[7], doc.timeline[i].text);
  });
});

test('TimelineJS JSON has an event per dated entry with escaped text', { timeout: TEST_TIMEOUT }, async () => {
  const tj = JSON.parse(await exportOf('timelinejs'));
  assert.ok(tj.title && tj.title.text && typeof tj.title.text.headline === 'string');
  const dated = doc.timeline.filter((e) => e.from);
  assert.equal(tj.events.length, dated.length);
  tj.events.forEach((ev, i) => {
    const [y, m, d] = dated[i].from.split('-');
    assert.equal(ev.start_date.year, y);
    if (ev.start_date.month) assert.equal(ev.start_date.month, String(Number(m)));
    if (ev.start_date.day) assert.equal(ev.start_date.day, String(Number(d)));
    assert.ok(!/[<>]/.test(ev.text.text), 'no raw markup in TimelineJS text');
  });
});

test('annotated HTML export is a standalone page with the text, entities and timeline', { timeout: TEST_TIMEOUT }, async () => {
  const html = await exportOf('html');
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.ok(!/<script/i.test(html), 'no script in the export');
  // open it in the browser and compare its text with the article
  const p2 = await t.context.newPage();
  await p2.setContent(html);
  assert.equal(await p2.$eval('.text', (e) => e.textContent), sample);
  assert.equal(await p2.locator('.text mark').count() >= doc.mentions.length, true);
  const names = await p2.$$eval('table >> nth=0', () => [...document.querySelectorAll('table')[0].querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent));
  assert.deepEqual(new Set(names), new Set(doc.entities.map((e) => e.name)));
  await p2.close();
});

test('download and copy give the preview content', { timeout: TEST_TIMEOUT }, async () => {
  for (const f of ['json', 'entities-csv', 'timeline-csv', 'timelinejs', 'html']) {
    const preview = await exportOf(f);
    const [dl] = await Promise.all([t.page.waitForEvent('download'), t.page.click('#download')]);
    assert.match(dl.suggestedFilename(), /^storyline\./);
    const body = await readFile(await dl.path(), 'utf8');
    // a textarea reports line breaks as LF; the file keeps its own (CRLF for CSV)
    assert.equal(body.replace(/\r\n/g, '\n'), preview, `${f} download`);
    await t.page.click('#copy');
    await t.page.waitForFunction(() => document.getElementById('copy-status').textContent === 'Copied.');
    const clip = await t.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(clip, body, `${f} copy`);
  }
});
