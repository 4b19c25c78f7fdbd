// Storyline's Web Worker: loads the WebAssembly core once and analyzes texts sent by storyline.js.
// Protocol: in  {id, text, options}        out {id, ok: true, pieces, ms, memory}
//                                              {id, ok: false, error: {name, message}}
//           in  {id, type: "version"}      out {id, ok: true, result: "x.y.z"}
// Everything happens in this thread: the text never leaves the machine.
import init, { analyzePieces, version } from './pkg/storyline.js';

const ready = init({ module_or_path: new URL('./pkg/storyline_bg.wasm', import.meta.url) }).then((x) => {
  // Warm up: the first analysis parses the compiled-in word lists and builds the date patterns its
  // text needs; do it now, not on the user's text. Written to reach the patterns most articles
  // need (dates, weekdays, relative and anaphoric times, durations, quantities, quotes). Through
  // `analyzePieces`, the export every message below uses.
  analyzePieces(
    'On Monday, March 3, 2025, President Anna Berg of Norway told reporters in Paris: "We will act." ' +
      'Two days later, 40 people had waited for five hours; last week the ministry said sales rose 3% ' +
      'in 2024, three years after the 2021 vote, and talks resume next month.',
    null,
  );
  return x;
});

self.onmessage = async (ev) => {
  const { id, type, text, options } = ev.data || {};
  let core;
  try {
    core = await ready;
  } catch (e) {
    self.postMessage({ id, ok: false, error: { name: 'LoadError', message: `The Storyline engine could not be loaded: ${e && e.message ? e.message : e}` } });
    return;
  }
  if (type === 'version') {
    self.postMessage({ id, ok: true, result: version() });
    return;
  }
  const t0 = performance.now();
  try {
    // The document as the core writes it, JSON text in pieces of ~32 KB ([key, json]; see
    // storyline.js): strings cross threads almost for free, this thread never parses the result
    // nor serializes it again, and the page parses the pieces a few at a time, where a structured
    // clone of the whole object graph would block its main thread on a big article.
    const pieces = analyzePieces(String(text ?? ''), options ?? null);
    const ms = performance.now() - t0;
    // The WebAssembly memory's size now: it grows with the largest text analyzed, never shrinks.
    const memory = core.memory.buffer.byteLength;
    self.postMessage({ id, ok: true, pieces, ms, memory });
  } catch (e) {
    self.postMessage({ id, ok: false, error: { name: (e && e.name) || 'Error', message: (e && e.message) || String(e) } });
  }
};
