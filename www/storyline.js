// Storyline's worker-backed API, for this page and for any site that embeds Storyline.
//
//   import { createStoryline } from './storyline.js';
//   const s = await createStoryline();
//   const result = await s.analyze(text, { referenceDate: '2025-03-13' });
//
// Analysis runs in a Web Worker (worker.js), so the page never freezes, even on a megabyte of text.
// WebAssembly memory grows with the largest text analyzed and never shrinks (about 8 bytes per
// byte of text): after a text over RECYCLE_CHARS, once no analysis is running, the worker is
// replaced by a fresh one, which gives that memory back (in Chromium, 1 MB of dense news text left
// the worker with 19 MB of it, against 2.9 MB fresh; a 10 MB text leaves ~80 MB).
// `analyze` rejects with an Error carrying the core's message for bad input (e.g. an invalid date),
// and with an AbortError when cancelled (`s.cancel()` or an AbortSignal in `options.signal`).

/** Creates a Storyline backed by its own worker. Resolves once the engine is loaded. */
export async function createStoryline({ workerUrl = new URL('./worker.js', import.meta.url) } = {}) {
  let worker = null;
  let nextId = 1;
  const pending = new Map();
  let workers = 0; // workers started so far
  let heavy = false; // a text over RECYCLE_CHARS was analyzed by the current worker

  // Replaces the worker by a fresh one (it loads and warms up at once) when it has analyzed a
  // large text and nothing is running.
  function recycle() {
    if (!heavy || pending.size > 0 || !worker) return;
    heavy = false;
    worker.terminate();
    spawn();
  }

  function spawn() {
    worker = new Worker(workerUrl, { type: 'module' });
    workers += 1;
    worker.onmessage = async (ev) => {
      const { id, ok, pieces, error, ms, memory } = ev.data || {};
      let { result } = ev.data || {};
      const p = pending.get(id);
      if (!p) return;
      if (ok && pieces) {
        // The document's JSON in pieces: [null, the document with its lists empty (or whole, when
        // it fits in one piece)], then [list key, a JSON array of its next items]. A few hundred
        // KB are parsed per task, so a big result never blocks the page.
        let since = 0;
        for (const [key, json] of pieces) {
          if ((since += json.length) > PARSE_PER_TASK) {
            since = 0;
            await pause();
            if (pending.get(id) !== p) return; // cancelled meanwhile
          }
          if (key === null) result = JSON.parse(json);
          else for (const item of JSON.parse(json)) result[key].push(item);
        }
      }
      pending.delete(id);
      p.cleanup();
      if (p.chars > RECYCLE_CHARS) heavy = true;
      recycle();
      if (ok) p.resolve(p.raw ? { result, ms, memory } : result);
      else {
        const e = new Error(error && error.message ? error.message : 'analysis failed');
        if (error && error.name === 'LoadError') e.name = 'LoadError';
        p.reject(e);
      }
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      const msg = `The Storyline worker failed: ${ev.message || 'could not start'}`;
      failAll(new Error(msg));
      worker.terminate();
      worker = null;
    };
  }

  function failAll(err) {
    for (const [, p] of pending) {
      p.cleanup();
      p.reject(err);
    }
    pending.clear();
  }

  function call(msg, { signal, raw } = {}) {
    const chars = typeof msg.text === 'string' ? msg.text.length : 0;
    if (!worker) spawn();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => api.cancel();
      const cleanup = () => signal && signal.removeEventListener('abort', onAbort);
      if (signal) {
        if (signal.aborted) {
          reject(abortError());
          return;
        }
        signal.addEventListener('abort', onAbort, { once: true });
      }
      pending.set(id, { resolve, reject, cleanup, raw, chars });
      worker.postMessage({ id, ...msg });
    });
  }

  const api = {
    /** Analyzes `text`; `options.referenceDate` is "YYYY-MM-DD" or null; `options.signal` cancels. */
    analyze(text, options = {}) {
      const { signal, referenceDate = null } = options || {};
      return call({ text: String(text ?? ''), options: { referenceDate } }, { signal });
    },
    /** Like analyze, but resolves to {result, ms, memory}: the time the worker spent, and the size
     * in bytes of its WebAssembly memory after the analysis. */
    analyzeTimed(text, options = {}) {
      const { signal, referenceDate = null } = options || {};
      return call({ text: String(text ?? ''), options: { referenceDate } }, { signal, raw: true });
    },
    /** The core's version string. */
    version() {
      return call({ type: 'version' });
    },
    /** How many workers this instance has started (cancel and recycling start new ones). */
    get workers() {
      return workers;
    },
    /** True while an analysis is running. */
    get busy() {
      return pending.size > 0;
    },
    /** Stops every running analysis now (their promises reject with AbortError); the next call starts a fresh worker. */
    cancel() {
      if (worker) {
        worker.terminate();
        worker = null;
      }
      heavy = false;
      failAll(abortError());
    },
    /** Frees the worker. */
    terminate() {
      api.cancel();
    },
  };

  await api.version(); // loads the engine; rejects if the wasm cannot be loaded
  return api;
}

/** Texts longer than this (UTF-16 units) make the worker be replaced once idle: see above. */
export const RECYCLE_CHARS = 1 << 18;

/** Characters of result JSON the page parses per task (~2 ms of JSON.parse). */
const PARSE_PER_TASK = 256 * 1024;

const pause = () => new Promise((r) => setTimeout(r, 0));

function abortError() {
  const e = new Error('Analysis cancelled');
  e.name = 'AbortError';
  return e;
}
