// The worker-backed API (storyline.js): a round trip gives the same document as the core run
// directly in Node; bad options reject with the core's Error; cancel rejects with AbortError.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, sampleText, WWW, TEST_TIMEOUT } from './harness.mjs';

let t;
before(async () => {
  t = await setup();
  await t.page.goto(`${t.origin}/embed.html`); // any page of ours, for its origin and CSP
});
after(async () => {
  await t?.close();
});

test('createStoryline().analyze round-trips through the worker and equals the core in Node', { timeout: TEST_TIMEOUT }, async () => {
  const text = await sampleText();
  const viaWorker = await t.page.evaluate(async (text) => {
    const { createStoryline } = await import('/storyline.js');
    const s = await createStoryline();
    const r = await s.analyze(text, { referenceDate: '2025-03-13' });
    const v = await s.version();
    s.terminate();
    return { r, v };
  }, text);
  const m = await import(join(WWW, 'pkg', 'storyline.js'));
  m.initSync({ module: readFileSync(join(WWW, 'pkg', 'storyline_bg.wasm')) });
  const direct = m.analyze(text, { referenceDate: '2025-03-13' });
  assert.deepEqual(viaWorker.r, direct);
  assert.equal(viaWorker.v, m.version());
  assert.equal(viaWorker.r.reference.date, '2025-03-13');
  assert.equal(viaWorker.r.reference.source, 'option');
});

test('a long article, posted in many JSON pieces, is assembled to the same document as the core in Node', { timeout: TEST_TIMEOUT }, async () => {
  const text = (await sampleText()).repeat(40);
  const viaWorker = await t.page.evaluate(async (text) => {
    const { createStoryline } = await import('/storyline.js');
    const s = await createStoryline();
    const r = await s.analyze(text, { referenceDate: '2025-03-13' });
    s.terminate();
    return r;
  }, text);
  const m = await import(join(WWW, 'pkg', 'storyline.js'));
  m.initSync({ module: readFileSync(join(WWW, 'pkg', 'storyline_bg.wasm')) });
  const pieces = m.analyzePieces(text, { referenceDate: '2025-03-13' });
  assert.ok(pieces.length > 10, `${pieces.length} pieces`);
  assert.deepEqual(viaWorker, m.analyze(text, { referenceDate: '2025-03-13' }));
});

test('bad options reject with an Error naming the field; the worker keeps working', { timeout: TEST_TIMEOUT }, async () => {
  const out = await t.page.evaluate(async () => {
    const { createStoryline } = await import('/storyline.js');
    const s = await createStoryline();
    let err = null;
    try {
      await s.analyze('On Monday it rained.', { referenceDate: '2025-13-45' });
    } catch (e) {
      err = { name: e.name, message: e.message, isError: e instanceof Error };
    }
    const ok = await s.analyze('On Monday it rained.', { referenceDate: '2025-03-13' });
    s.terminate();
    return { err, ok: ok.reference.date };
  });
  assert.ok(out.err && out.err.isError);
  assert.match(out.err.message, /referenceDate/);
  assert.equal(out.ok, '2025-03-13');
});

test('cancel rejects a running analysis with AbortError and the next call still works', { timeout: TEST_TIMEOUT }, async () => {
  const out = await t.page.evaluate(async () => {
    const { createStoryline } = await import('/storyline.js');
    const s = await createStoryline();
    const big = 'President Anna Berg visited Oslo on Tuesday. '.repeat(20000);
    const p = s.analyze(big);
    s.cancel();
    let name = null;
    try {
      await p;
    } catch (e) {
      name = e.name;
    }
    const ctl = new AbortController();
    const p2 = s.analyze(big, { signal: ctl.signal });
    ctl.abort();
    let name2 = null;
    try {
      await p2;
    } catch (e) {
      name2 = e.name;
    }
    const after = await s.analyze('Hello.', {});
    s.terminate();
    return { name, name2, after: Array.isArray(after.mentions) };
  });
  assert.equal(out.name, 'AbortError');
  assert.equal(out.name2, 'AbortError');
  assert.ok(out.after);
});

test('after a text over RECYCLE_CHARS the worker is replaced once idle, and its memory is given back', { timeout: TEST_TIMEOUT }, async () => {
  const out = await t.page.evaluate(async () => {
    const { createStoryline, RECYCLE_CHARS } = await import('/storyline.js');
    const s = await createStoryline();
    const sentence = 'President Anna Berg visited Oslo on Tuesday. ';
    const sized = (n) => sentence.repeat(Math.floor(n / sentence.length));
    const small = await s.analyzeTimed(sentence);
    const under = await s.analyzeTimed(sized(RECYCLE_CHARS)); // just under the limit: kept
    const workersUnder = s.workers;
    const over = await s.analyzeTimed(sized(RECYCLE_CHARS) + sentence + sentence);
    const workersOver = s.workers;
    const next = await s.analyzeTimed(sentence);
    s.terminate();
    return {
      small: small.memory, under: under.memory, over: over.memory, next: next.memory,
      workersUnder, workersOver, nextPlaces: next.result.mentions.filter((m) => m.kind === 'place').map((m) => m.text),
    };
  });
  assert.equal(out.workersUnder, 1, 'a text under the limit keeps the worker');
  assert.equal(out.workersOver, 2, 'a text over the limit replaces it');
  assert.ok(out.over > 2 * out.small, `the large text grew the memory: ${out.small} -> ${out.over}`);
  assert.ok(out.next <= out.small, `the fresh worker's memory is back where it started: ${out.small} -> ${out.over} -> ${out.next}`);
  assert.deepEqual(out.nextPlaces, ['Oslo'], 'the fresh worker analyzes');
});
