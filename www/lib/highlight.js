// Draws a text with its highlights: one <mark> per mention and time, a <span> per quote.
// Nested spans become nested elements (the outer one drawn as an underline, the inner as a fill);
// spans that cross each other or a line break are split into fragments sharing one data-id.
// Only text nodes carry the user's text (createTextNode): nothing is ever parsed as HTML.
// The text is cut into blocks of whole lines (a line break inside a block is kept by
// white-space: pre-wrap; the one ending a block is what starts the next). Rendering is sliced into short tasks so a long article never blocks the page.

const BLOCK = 1500;
const LAYER_RANK = { quote: 0, mention: 1, time: 2 };

/** The spans to draw for a result document: quotes, mentions, times (valid, inside the text). */
export function spansOf(doc, text, { quotes = true } = {}) {
  const n = text.length;
  const out = [];
  const ok = (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end;
  if (quotes) (doc.quotes || []).forEach((q, i) => ok(q) && out.push({ start: q.start, end: q.end, layer: 'quote', kind: 'quote', id: `q${i}`, index: i }));
  (doc.mentions || []).forEach((m, i) => ok(m) && out.push({ start: m.start, end: m.end, layer: 'mention', kind: m.kind, id: `m${i}`, index: i, entity: m.entity }));
  (doc.times || []).forEach((t, i) => ok(t) && out.push({ start: t.start, end: t.end, layer: 'time', kind: 'time', id: `t${i}`, index: i }));
  out.sort((a, b) => a.start - b.start || b.end - a.end || LAYER_RANK[a.layer] - LAYER_RANK[b.layer]);
  return out;
}

/** Maps text offsets to DOM positions in the rendered text. */
export class TextMap {
  constructor() {
    this.nodes = [];
    this.starts = [];
  }
  add(node, start) {
    this.nodes.push(node);
    this.starts.push(start);
  }
  /** [node, offsetInNode] for a UTF-16 offset; `end` picks the node the offset ends (not starts) in. */
  locate(off, end = false) {
    const s = this.starts;
    if (!s.length) return null;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (end ? s[mid] < off : s[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    const node = this.nodes[lo];
    return [node, Math.max(0, Math.min(node.length, off - s[lo]))];
  }
  /** A DOM Range over text offsets start..end, or null. */
  range(start, end) {
    const a = this.locate(start);
    const b = this.locate(end, true);
    if (!a || !b) return null;
    const r = new Range();
    r.setStart(a[0], a[1]);
    r.setEnd(b[0], b[1]);
    return r;
  }
}

/** Waits for the next frame to be drawn (or 50 ms in a hidden tab), so each slice of work gets its
 *  own style and layout pass instead of piling up into one long one. */
export const nextFrame = () =>
  new Promise((r) => {
    let done = false;
    const go = () => {
      if (!done) {
        done = true;
        setTimeout(r, 0);
      }
    };
    requestAnimationFrame(go);
    setTimeout(go, 50);
  });

/**
 * Renders `text` with `spans` into `container` (emptied first), one block per line.
 * Resolves to a TextMap, or to null if `isStale()` turned true while rendering.
 * `budgetMs` bounds each slice of work; between slices the browser can paint and handle input.
 */
export async function renderAnnotated(container, text, spans, { isStale = () => false, budgetMs = 6, doc = container.ownerDocument } = {}) {
  // Built off the document in slices, then swapped in at once: the old view stays in place (no
  // jumping while the user types) and the page lays out once.
  const staging = doc.createElement('div');
  const map = new TextMap();
  const n = text.length;
  // Boundaries: span starts/ends and the start of every line.
  const bset = new Set([0, n]);
  for (const s of spans) {
    bset.add(s.start);
    bset.add(s.end);
  }
  for (let i = text.indexOf('\n', BLOCK); i !== -1 && i + 1 < n; i = text.indexOf('\n', i + 1)) bset.add(i + 1);
  const bounds = Float64Array.from(bset).sort();
  const byStart = spans; // sorted by start, end desc
  let si = 0;
  const active = []; // open spans, outermost first
  let stack = []; // elements parallel to active
  let block = null;
  let frag = doc.createDocumentFragment();
  const parent = () => (stack.length ? stack[stack.length - 1] : block);
  const open = (s, first) => {
    const el = doc.createElement(s.layer === 'quote' ? 'span' : 'mark');
    el.className = `hl k-${s.kind}${first ? ' first' : ' frag'}`;
    el.dataset.id = s.id;
    if (s.entity != null) el.dataset.entity = String(s.entity);
    if (s.layer !== 'quote') {
      for (const p of stack) if (p.localName === 'mark') p.classList.add('outer');
    }
    parent().appendChild(el);
    stack.push(el);
  };
  const newBlock = () => {
    block = doc.createElement('div');
    block.className = 'line';
    frag.appendChild(block);
    stack = [];
    for (const s of active) open(s, false);
  };
  let blockStart = 0;
  let t0 = performance.now();
  for (let bi = 0; bi < bounds.length - 1; bi++) {
    const p = bounds[bi];
    const q = bounds[bi + 1];
    // a new block at the first line start after BLOCK characters (blocks are skipped by layout
    // while off screen, thanks to content-visibility)
    const lineStart = p === 0 || (text.charCodeAt(p - 1) === 10 && p - blockStart >= BLOCK);
    // close spans ending here (spans opened inside them are reopened as fragments)
    if (active.some((s) => s.end <= p)) {
      let deepest = active.length;
      for (let k = 0; k < active.length; k++) if (active[k].end <= p) { deepest = k; break; }
      const reopen = active.slice(deepest).filter((s) => s.end > p);
      active.length = deepest;
      stack.length = Math.min(stack.length, deepest);
      for (const s of reopen) {
        active.push(s);
        if (block && !lineStart) open(s, false);
      }
    }
    if (lineStart) {
      newBlock();
      blockStart = p;
    }
    while (si < byStart.length && byStart[si].start <= p) {
      const s = byStart[si++];
      if (s.start < p || s.end <= p) continue;
      active.push(s);
      open(s, true);
    }
    if (q > p) {
      const node = doc.createTextNode(text.slice(p, q));
      parent().appendChild(node);
      map.add(node, p);
    }
    if ((bi & 63) === 0 && performance.now() - t0 > budgetMs) {
      staging.appendChild(frag);
      frag = doc.createDocumentFragment();
      await nextFrame();
      if (isStale()) return null;
      t0 = performance.now();
    }
  }
  if (!block) newBlock();
  staging.appendChild(frag);
  container.replaceChildren(...staging.childNodes);
  return map;
}
