// <storyline-view>: drop-in annotated article for any page.
//
//   <script type="module" src="/storyline/storyline-view.js"></script>
//   <storyline-view reference-date="2025-03-13">Article text…</storyline-view>
//
// Analyzes its text content (or its `text` attribute / property) in a Web Worker and renders, in a
// shadow root, the highlighted text, the entity list and the timeline. Fires `storyline-result`
// (detail: the result document) and `storyline-error` (detail: {message}). Theme it with CSS custom
// properties (--storyline-bg, --storyline-fg, --storyline-accent, --storyline-font, --storyline-person, …)
// or ::part(text | entities | timeline). The text is never parsed as HTML and never leaves the page.

import { createStoryline } from './storyline.js';
import { spansOf, renderAnnotated } from './lib/highlight.js';
import { KINDS, kindPlural, kindLabel, humanValue, explainResolution } from './lib/describe.js';
import { timelineList } from './lib/timeline.js';

let shared = null;
const storyline = () => (shared ||= createStoryline());

const CSS = `
:host { display: block; font-family: var(--storyline-font, system-ui, sans-serif); color: var(--storyline-fg, #1b1b1b);
  background: var(--storyline-bg, #ffffff); border: 1px solid var(--storyline-border, #cfd2d8); border-radius: var(--storyline-radius, 8px);
  padding: var(--storyline-padding, 1rem); line-height: 1.6;
  --c-person: var(--storyline-person, #b4500f); --b-person: var(--storyline-person-bg, #fde4cf);
  --c-organization: var(--storyline-organization, #1d4ed8); --b-organization: var(--storyline-organization-bg, #dbe8fd);
  --c-place: var(--storyline-place, #15803d); --b-place: var(--storyline-place-bg, #d6f3de);
  --c-group: var(--storyline-group, #7e22ce); --b-group: var(--storyline-group-bg, #efe3fc);
  --c-event: var(--storyline-event, #b91c1c); --b-event: var(--storyline-event-bg, #fde0e0);
  --c-quantity: var(--storyline-quantity, #0f766e); --b-quantity: var(--storyline-quantity-bg, #cff3ec);
  --c-other: var(--storyline-other, #475569); --b-other: var(--storyline-other-bg, #eceff3);
  --c-time: var(--storyline-time, #92400e); --b-time: var(--storyline-time-bg, #fdefbf);
  --muted: var(--storyline-muted, #4f5560); --line: var(--storyline-border, #cfd2d8); --accent: var(--storyline-accent, #1d4ed8); }
:host([hidden]) { display: none; }
.k-person { --c: var(--c-person); --cbg: var(--b-person); }
.k-organization { --c: var(--c-organization); --cbg: var(--b-organization); }
.k-place { --c: var(--c-place); --cbg: var(--b-place); }
.k-group { --c: var(--c-group); --cbg: var(--b-group); }
.k-event { --c: var(--c-event); --cbg: var(--b-event); }
.k-quantity { --c: var(--c-quantity); --cbg: var(--b-quantity); }
.k-work, .k-product, .k-law, .k-other { --c: var(--c-other); --cbg: var(--b-other); }
.k-time { --c: var(--c-time); --cbg: var(--b-time); }
.grid { display: grid; grid-template-columns: minmax(0, 2fr) minmax(12rem, 1fr); gap: 1rem; }
@container (max-width: 40rem) { .grid { grid-template-columns: minmax(0, 1fr); } }
:host { container-type: inline-size; }
h2 { font-size: 0.95em; margin: 0 0 0.4rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.text { overflow-wrap: anywhere; }
.line { white-space: pre-wrap; }
mark.hl { color: inherit; background: var(--cbg); border-bottom: 2px solid var(--c); padding: 0 1px; border-radius: 2px; }
mark.hl.outer { background: transparent; border-bottom-width: 3px; padding-bottom: 0.3em; }
mark.k-time { border-bottom-style: dashed; }
span.k-quote { font-style: italic; }
::highlight(storyline-view-flash) { background-color: var(--storyline-flash, #fde047); }
.empty { color: var(--muted); font-style: italic; font-size: 0.9em; margin: 0; }
.status { color: var(--muted); font-size: 0.85em; min-height: 1.2em; margin: 0.5rem 0 0; }
.status.error { color: #a11; }
.ents { list-style: none; padding: 0; margin: 0 0 1rem; }
.ents li { display: flex; justify-content: space-between; gap: 0.5rem; border-left: 4px solid var(--c); padding: 0.1rem 0.5rem; margin: 0.2rem 0; background: color-mix(in srgb, var(--cbg) 45%, transparent); }
.ents .n { color: var(--muted); font-size: 0.85em; }
.ents .role { display: block; font-size: 0.8em; color: var(--muted); }
.ents .kind-h { display: block; background: none; border: 0; padding: 0.4rem 0 0; font-weight: 600; font-size: 0.85em; color: var(--muted); }
.tl-list, .tl-entries { list-style: none; margin: 0; padding: 0; }
.tl-list { border-left: 2px solid var(--line); padding-left: 0.8rem; margin-left: 0.3rem; }
.tl-group { position: relative; margin-bottom: 0.6rem; }
.tl-dot { position: absolute; left: calc(-0.8rem - 6px); top: 0.45em; width: 10px; height: 10px; border-radius: 50%; background: var(--accent); }
.tl-group:not(.g-day) .tl-dot { border-radius: 2px; height: 18px; top: 0.2em; }
.tl-group.unplaced .tl-dot { background: transparent; border: 1px dashed var(--muted); }
.tl-date { display: flex; flex-wrap: wrap; gap: 0 0.4rem; align-items: baseline; font-size: 0.9em; }
.tl-value, .tl-range { color: var(--muted); font-size: 0.8em; }
.badge { font-size: 0.72em; border: 1px solid var(--line); border-radius: 999px; padding: 0 0.35rem; color: var(--muted); }
.badge.st-scheduled { border-style: dashed; }
.tl-entry { display: block; width: 100%; text-align: left; font: inherit; font-size: 0.85em; color: inherit; background: transparent; border: 0; border-left: 3px solid var(--accent); padding: 0.2rem 0.5rem; margin: 0.2rem 0; cursor: pointer; }
.tl-item.s-scheduled .tl-entry { border-left-style: dashed; }
.tl-item.s-background .tl-entry { border-left-color: var(--muted); }
.tl-meta, .tl-ents { display: flex; flex-wrap: wrap; gap: 0.2rem; }
.tl-text { display: block; }
.chip { font-size: 0.75em; color: var(--muted); }
.tl-sep { font-size: 0.8em; color: var(--muted); font-style: italic; margin: 0.5rem 0; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;

let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

export class StorylineView extends HTMLElement {
  static get observedAttributes() {
    return ['text', 'reference-date'];
  }

  constructor() {
    super();
    this._text = null;
    this._result = null;
    this._gen = 0;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    const grid = el('div', 'grid');
    const main = el('section', 'main');
    main.appendChild(el('h2', null, 'Article'));
    this._textEl = el('div', 'text');
    this._textEl.setAttribute('part', 'text');
    main.appendChild(this._textEl);
    this._status = el('p', 'status');
    this._status.setAttribute('role', 'status');
    main.appendChild(this._status);
    const side = el('section', 'side');
    side.appendChild(el('h2', null, 'Who & what'));
    this._ents = el('ul', 'ents');
    this._ents.setAttribute('part', 'entities');
    side.appendChild(this._ents);
    side.appendChild(el('h2', null, 'Timeline'));
    this._tl = el('div', 'timeline');
    this._tl.setAttribute('part', 'timeline');
    side.appendChild(this._tl);
    grid.append(main, side);
    root.appendChild(grid);
    this._observer = new MutationObserver(() => {
      if (this._text == null && !this.hasAttribute('text')) this._schedule();
    });
  }

  connectedCallback() {
    this._observer.observe(this, { childList: true, characterData: true, subtree: true });
    this._schedule();
  }
  disconnectedCallback() {
    this._observer.disconnect();
  }
  attributeChangedCallback() {
    if (this.isConnected) this._schedule();
  }

  /** The text analyzed: the `text` property, else the `text` attribute, else the element's text content. */
  get text() {
    return this._text ?? this.getAttribute('text') ?? this.textContent ?? '';
  }
  set text(v) {
    this._text = v == null ? null : String(v);
    this._schedule();
  }
  /** The reference date (YYYY-MM-DD) or null to use the article's dateline. */
  get referenceDate() {
    return this.getAttribute('reference-date') || null;
  }
  set referenceDate(v) {
    if (v) this.setAttribute('reference-date', String(v));
    else this.removeAttribute('reference-date');
  }
  /** The last result document, or null. */
  get result() {
    return this._result;
  }

  _schedule() {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._run(), 0);
  }

  async _run() {
    const gen = ++this._gen;
    const text = this.text.replace(/^\s*\n/, '');
    this._textEl.textContent = text; // plain text at once, highlights when ready
    this._status.className = 'status';
    this._status.textContent = text.trim() ? 'Analyzing…' : '';
    if (!text.trim()) return;
    try {
      const s = await storyline();
      const result = await s.analyze(text, { referenceDate: this.referenceDate });
      if (gen !== this._gen) return;
      this._result = result;
      await this._render(result, text, gen);
      if (gen !== this._gen) return;
      this._status.textContent = `${result.entities.length} entities, ${result.timeline.length} dated events${result.reference.date ? ` · reference date ${result.reference.date}` : ''}`;
      this.dispatchEvent(new CustomEvent('storyline-result', { detail: result, bubbles: true, composed: true }));
    } catch (e) {
      if (gen !== this._gen) return;
      this._status.className = 'status error';
      this._status.textContent = `Could not analyze: ${e.message}`;
      this.dispatchEvent(new CustomEvent('storyline-error', { detail: { message: e.message }, bubbles: true, composed: true }));
    }
  }

  async _render(doc, text, gen) {
    const spans = spansOf(doc, text);
    const map = await renderAnnotated(this._textEl, text, spans, { isStale: () => gen !== this._gen });
    if (!map) return;
    this._map = map;
    for (const m of this._textEl.querySelectorAll('.hl.first')) {
      const id = m.dataset.id;
      const i = Number(id.slice(1));
      if (id[0] === 'm') {
        const mm = doc.mentions[i];
        const e = doc.entities[mm.entity];
        const roles = e && e.roles.length ? ` — ${[...new Set(e.roles.map((r) => r.role))].join('; ')}` : '';
        m.title = `${e ? e.name : mm.text} (${kindLabel(mm.kind)})${roles}`;
      } else if (id[0] === 't') {
        const t = doc.times[i];
        m.title = `${humanValue(t.value)} [${t.value ?? '—'}]: ${explainResolution(t, doc)}`;
      }
    }
    this._ents.textContent = '';
    for (const [k] of KINDS) {
      const ents = doc.entities.filter((e) => e.kind === k).sort((a, b) => b.salience - a.salience);
      if (!ents.length) continue;
      this._ents.appendChild(el('li', 'kind-h', `${kindPlural(k)} (${ents.length})`));
      for (const e of ents) {
        const li = el('li', `k-${k}`);
        const name = el('span', null, e.name);
        const roles = [...new Set(e.roles.map((r) => r.role))];
        if (roles.length) name.appendChild(el('span', 'role', roles.join('; ')));
        li.appendChild(name);
        li.appendChild(el('span', 'n', `×${e.mentions.length}`));
        this._ents.appendChild(li);
      }
    }
    this._tl.textContent = '';
    if (!doc.timeline.length) {
      this._tl.appendChild(el('p', 'empty', doc.reference.date ? 'No dated events found.' : 'No dated events found (no reference date: relative dates stay unplaced).'));
      return;
    }
    this._tl.appendChild(
      timelineList(document, doc.timeline, {
        times: doc.times,
        entityName: (i) => doc.entities[i] && doc.entities[i].name,
        onSelect: (t) => this._flash(t.start, t.end),
      }),
    );
  }

  _flash(start, end) {
    const r = this._map && this._map.range(start, end);
    if (!r) return;
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    if (window.CSS && CSS.highlights && typeof Highlight === 'function') {
      CSS.highlights.set('storyline-view-flash', new Highlight(r));
      clearTimeout(this._flashTimer);
      this._flashTimer = setTimeout(() => CSS.highlights.delete('storyline-view-flash'), 2500);
    }
  }
}

if (!customElements.get('storyline-view')) customElements.define('storyline-view', StorylineView);
