// The highlight renderer on synthetic spans the core may or may not produce today: nested,
// crossing, touching, spanning line breaks, over surrogate pairs — the text is kept exactly, every
// span's fragments spell its text, ranges map back to the right characters. Same for the HTML export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, TEST_TIMEOUT } from './harness.mjs';

let t;
before(async () => {
  t = await setup();
  await t.page.goto(`${t.origin}/embed.html`);
});
after(async () => {
  await t?.close();
});

const TEXT = 'Alpha Beta 😀 Gamma\nDelta <b>Epsilon</b> & Zeta\n\nEta Theta';
const at = (s) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length];
function docFor() {
  const spans = [
    ['Alpha Beta 😀 Gamma', 'place'], // outer
    ['Beta', 'person'], // nested inside
    ['😀 Gamma\nDelta', 'organization'], // crosses the outer end and a line break
    ['Delta <b>Epsilon</b>', 'event'], // crosses the previous one
    ['Epsilon', 'group'], // nested
    ['Zeta\n\nEta', 'other'], // over an empty line
  ];
  const mentions = spans.map(([s, kind], i) => {
    const [start, end] = at(s);
    return { start, end, text: s, kind, entity: i, rule: 'test', confidence: 1 };
  });
  const entities = mentions.map((m, i) => ({ id: i, kind: m.kind, name: m.text, mentions: [i], aliases: [], roles: [], salience: 0.5 }));
  const [ts, te] = at('Gamma');
  const times = [{ start: ts, end: te, text: 'Gamma', type: 'date', value: '2025-03-13', rule: 'test', resolution: { method: 'absolute', anchor: 'none' } }];
  const [qs, qe] = at('Eta Theta');
  const quotes = [{ start: qs, end: qe, text: 'Eta Theta', speaker: 0, cue: null, rule: 'test' }];
  return { reference: { date: null, source: 'none' }, mentions, entities, times, timeline: [], quotes, sentences: [], warnings: [] };
}

test('nested, crossing and multi-line spans render with the text intact', { timeout: TEST_TIMEOUT }, async () => {
  const out = await t.page.evaluate(async ({ text, doc }) => {
    const { spansOf, renderAnnotated } = await import('/lib/highlight.js');
    const c = document.createElement('div');
    document.body.appendChild(c);
    const map = await renderAnnotated(c, text, spansOf(doc, text));
    const spell = {};
    for (const el of c.querySelectorAll('[data-id]')) spell[el.dataset.id] = (spell[el.dataset.id] || '') + el.textContent;
    const ranges = doc.mentions.map((m) => map.range(m.start, m.end).toString());
    const outerOfBeta = c.querySelector('mark[data-id="m1"]').parentElement;
    const res = {
      text: c.textContent,
      spell,
      ranges,
      firsts: [...c.querySelectorAll('.hl.first')].map((e) => e.dataset.id).sort(),
      outer: outerOfBeta.dataset.id + ':' + outerOfBeta.classList.contains('outer'),
      userTags: c.querySelectorAll('b').length,
    };
    c.remove();
    return res;
  }, { text: TEXT, doc: docFor() });
  assert.equal(out.text, TEXT);
  const doc = docFor();
  doc.mentions.forEach((m, i) => {
    assert.equal(out.spell[`m${i}`], m.text, `fragments of m${i}`);
    assert.equal(out.ranges[i], m.text, `range of m${i}`);
  });
  assert.equal(out.spell.t0, 'Gamma');
  assert.equal(out.spell.q0, 'Eta Theta');
  assert.deepEqual(out.firsts, ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'q0', 't0'], 'one first fragment per span');
  assert.equal(out.outer, 'm0:true', 'a mark holding another is drawn as the outer one');
  assert.equal(out.userTags, 0, '<b> in the text stays text');
});

test('the annotated HTML export renders the same spans and text', { timeout: TEST_TIMEOUT }, async () => {
  const out = await t.page.evaluate(async ({ text, doc }) => {
    const { annotatedHTML } = await import('/lib/exports.js');
    const html = annotatedHTML(doc, text, 'T <i>itle</i>');
    const d = new DOMParser().parseFromString(html, 'text/html');
    return { text: d.querySelector('.text').textContent, marks: d.querySelectorAll('.text mark').length, title: d.title, tags: d.querySelectorAll('.text b, i, script').length };
  }, { text: TEXT, doc: docFor() });
  assert.equal(out.text, TEXT);
  assert.ok(out.marks >= 7);
  assert.equal(out.title, 'T <i>itle</i>');
  assert.equal(out.tags, 0);
});
