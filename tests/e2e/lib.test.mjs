// The page's pure helpers, in Node: TIMEX3 values in words, resolution explanations, CSV and HTML
// escaping, TimelineJS dates. Table-driven, one named row per case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { WWW, TEST_TIMEOUT } from './harness.mjs';

const describe = await import(join(WWW, 'lib', 'describe.js'));
const exportsLib = await import(join(WWW, 'lib', 'exports.js'));

test('TIMEX3 values in words', { timeout: TEST_TIMEOUT }, () => {
  const rows = [
    ['day with weekday', '2025-03-13', 'Thursday 13 March 2025'],
    ['leap day', '2024-02-29', 'Thursday 29 February 2024'],
    ['old date', '1969-07-20', 'Sunday 20 July 1969'],
    ['month', '2024-08', 'August 2024'],
    ['year', '2022', '2022'],
    ['ISO week', '2025-W11', 'week 11 of 2025'],
    ['quarter', '2024-Q1', 'Q1 2024'],
    ['season', '2024-SU', 'summer 2024'],
    ['decade', '199', 'the 1990s'],
    ['century', '20', 'the 21st century'],
    ['clock time', '2025-03-13T10:00', 'Thursday 13 March 2025, 10:00'],
    ['part of day', '2025-03-11TMO', 'Tuesday 11 March 2025, morning'],
    ['duration days', 'P30D', '30 days'],
    ['duration one', 'P1D', '1 day'],
    ['vague months', 'PXM', 'some months'],
    ['hours', 'PT3H', '3 hours'],
    ['present', 'PRESENT_REF', 'now (the time of writing)'],
    ['unresolved weekday', 'XXXX-WXX-4', 'a Thursday (no reference date to place it)'],
    ['unresolved sunday', 'XXXX-WXX-7', 'a Sunday (no reference date to place it)'],
    ['year unknown', 'XXXX-03-17', '17 March (year unknown)'],
    ['fully unresolved', 'XXXX-XX-XX', 'a day (not resolved)'],
    ['null', null, 'no value'],
    ['unknown kept', 'FOO', 'FOO'],
  ];
  for (const [name, v, want] of rows) assert.equal(describe.humanValue(v), want, name);
});

test('resolution explained', { timeout: TEST_TIMEOUT }, () => {
  const doc = { reference: { date: '2025-03-13', source: 'dateline' }, times: [{ text: 'Wednesday', value: '2025-03-12' }] };
  const rows = [
    ['absolute', { value: '2024-08-06', resolution: { method: 'absolute', anchor: 'none' } }, /stated in full/],
    ['weekday', { value: '2025-03-13', resolution: { method: 'weekday:past', anchor: 'reference' } }, /reference date 2025-03-13 \(from the dateline\) \(weekday:past\)/],
    ['anaphoric', { value: '2025-03-11', resolution: { method: 'anaphoric:narrative', anchor: 'time', anchor_time: 0 } }, /“Wednesday” = 2025-03-12/],
    ['unresolved', { value: 'XXXX-WXX-4', resolution: { method: 'unresolved', anchor: 'none' } }, /not resolved/],
  ];
  for (const [name, t, re] of rows) assert.match(describe.explainResolution(t, doc), re, name);
});

test('CSV fields are quoted and formulas defused', { timeout: TEST_TIMEOUT }, () => {
  const rows = [
    ['plain', 'Lisbon', 'Lisbon'],
    ['comma', 'a, b', '"a, b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'a\nb', '"a\nb"'],
    ['formula', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['plus', '+1', "'+1"],
    ['at', '@cmd', "'@cmd"],
    ['null', null, ''],
    ['number', 3, '3'],
  ];
  for (const [name, v, want] of rows) assert.equal(exportsLib.csvField(v), want, name);
});

test('HTML escaping covers every special character', { timeout: TEST_TIMEOUT }, () => {
  assert.equal(exportsLib.escapeHTML(`<a href="x" onclick='y'>&\`</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
});

test('TimelineJS dates follow the granularity', { timeout: TEST_TIMEOUT }, () => {
  const e = (value, granularity, from, to) => ({ value, granularity, from, to, status: 'reported', text: `<b>${value}</b>`, entities: [], times: [], durations: [], open_ended: false, start: 0, end: 1 });
  const doc = { reference: { date: '2025-03-13' }, timeline: [e('2024', 'year', '2024-01-01', '2024-12-31'), e('2024-08', 'month', '2024-08-01', '2024-08-31'), e('2025-W11', 'week', '2025-03-10', '2025-03-16'), e('2025-03-13', 'day', '2025-03-13', '2025-03-13'), e('XXXX-WXX-4', 'day', null, null)] };
  const tj = JSON.parse(exportsLib.timelineJS(doc));
  assert.equal(tj.events.length, 4, 'the unplaced entry is left out');
  assert.deepEqual(Object.keys(tj.events[0].start_date).sort(), ['display_date', 'year']);
  assert.deepEqual(Object.keys(tj.events[1].start_date).sort(), ['display_date', 'month', 'year']);
  assert.deepEqual(tj.events[2].end_date, { year: '2025', month: '3', day: '16' });
  assert.equal(tj.events[3].start_date.day, '13');
  assert.equal(tj.events[3].end_date, undefined);
  assert.equal(tj.events[3].text.text, '&lt;b&gt;2025-03-13&lt;/b&gt;');
});
