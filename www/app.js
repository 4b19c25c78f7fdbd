// The Storyline page: analysis as you type (in a worker), the reading view, entity/timeline/quote
// panels and exports. User text only ever reaches the DOM through textContent / text nodes.

import { createStoryline } from './storyline.js';
import { spansOf, renderAnnotated, nextFrame } from './lib/highlight.js';
import { KINDS, LAYERS, kindLabel, kindPlural, humanValue, explainResolution, modLabel, fmtInt } from './lib/describe.js';
import { timelineSVG, timelineList } from './lib/timeline.js';
import { toJSON, entitiesCSV, timelineCSV, timelineJS, annotatedHTML } from './lib/exports.js';
import { SAMPLE_TEXT, SAMPLE_CREDIT } from './sample.js';

const $ = (id) => document.getElementById(id);
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

const DRAFT_KEY = 'storyline.draft.v1';
const ui = {
  text: $('text'), refdate: $('refdate'), refsource: $('refsource'), refreset: $('refreset'),
  status: $('status'), progress: $('progress'), cancel: $('cancel'), error: $('error'),
  reading: $('reading'), legend: $('legend'), tooltip: $('tooltip'),
  stepper: $('stepper'), stepperLabel: $('stepper-label'),
  entities: $('entities'), filter: $('filter'), timeline: $('timeline'), quotes: $('quotes'),
  preview: $('export-preview'), copyStatus: $('copy-status'),
};

const state = {
  storyline: null,
  doc: null, // last result
  text: '', // the text `doc` describes
  refUser: null, // reference date chosen by the user, or null to use the detected one
  gen: 0, // analysis generation
  renderGen: 0,
  map: null, // TextMap of the reading view
  hidden: new Set(),
  selected: null, // {entity, marks, pos}
  stale: new Set(), // panels not yet drawn for the current result
  current: null, // the mark with tabindex 0
};

// ---------------------------------------------------------------- draft
function loadDraft() {
  try {
    const d = JSON.parse(localStorage.getItem(DRAFT_KEY) || 'null');
    if (d && typeof d.text === 'string') {
      ui.text.value = d.text;
      if (typeof d.refDate === 'string' && /^\d{4,}-\d\d-\d\d$/.test(d.refDate)) {
        state.refUser = d.refDate;
        ui.refdate.value = d.refDate;
      }
    }
  } catch {
    /* a broken draft is ignored */
  }
}
let draftTimer = 0;
function saveDraftSoon() {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(saveDraft, 400);
}
function saveDraft() {
  clearTimeout(draftTimer);
  try {
    if (!ui.text.value && !state.refUser) localStorage.removeItem(DRAFT_KEY);
    else localStorage.setItem(DRAFT_KEY, JSON.stringify({ text: ui.text.value, refDate: state.refUser }));
  } catch {
    setStatus('Could not keep a draft in this browser (storage full or disabled).');
  }
}

// ---------------------------------------------------------------- analysis
let analyzeTimer = 0;
function analyzeSoon() {
  clearTimeout(analyzeTimer);
  const n = ui.text.textLength; // (reading .value would copy the whole text on every keystroke)
  const delay = n < 20000 ? 250 : n < 300000 ? 500 : 1200;
  analyzeTimer = setTimeout(runAnalysis, delay);
}

async function runAnalysis() {
  clearTimeout(analyzeTimer);
  if (!state.storyline) return;
  const text = ui.text.value;
  const gen = ++state.gen;
  if (state.storyline.busy) state.storyline.cancel(); // the newest text wins
  if (!text.trim()) {
    showResult({ ...emptyDoc() }, text, 0, gen);
    setStatus('Paste or type an article to analyze it.');
    return;
  }
  const progressTimer = setTimeout(() => {
    if (gen !== state.gen) return;
    ui.progress.hidden = false;
    ui.cancel.hidden = false;
    setStatus(`Analyzing ${sizeWords(text.length)}…`);
  }, 150);
  try {
    const { result, ms } = await state.storyline.analyzeTimed(text, { referenceDate: state.refUser });
    if (gen !== state.gen) return;
    hideError();
    await showResult(result, text, ms, gen);
  } catch (e) {
    if (gen !== state.gen) return;
    if (e.name === 'AbortError') setStatus('Analysis cancelled. Edit the text or press “Analyze now” to run it again.');
    else {
      showError(e.message);
      setStatus('The analysis failed; your text is untouched.');
    }
  } finally {
    clearTimeout(progressTimer);
    if (gen === state.gen) {
      ui.progress.hidden = true;
      ui.cancel.hidden = true;
    }
  }
}

function emptyDoc() {
  return { reference_date: null, reference: { date: null, source: 'none' }, offsets: 'utf16', mentions: [], entities: [], times: [], timeline: [], quotes: [], sentences: [], warnings: [] };
}
const sizeWords = (n) => (n < 10000 ? `${fmtInt(n)} characters` : `${fmtInt(Math.round(n / 1024))} KB of text`);

function showError(msg) {
  ui.error.hidden = false;
  ui.error.textContent = `Could not analyze: ${msg}`;
}
function hideError() {
  ui.error.hidden = true;
  ui.error.textContent = '';
}
function setStatus(s) {
  ui.status.textContent = s;
}

async function showResult(doc, text, ms, gen) {
  state.doc = doc;
  state.text = text;
  document.body.dataset.state = 'rendering';
  renderReference();
  renderLegend();
  const done = await renderReading(gen);
  if (!done) return;
  // panels: drawn when shown, each in its own task, so a big result never blocks the page
  state.stale = new Set(['entities', 'timeline', 'quotes', 'export']);
  updateCounts();
  for (const name of [...state.stale]) {
    if ($(`panel-${name}`).hidden) continue;
    await nextFrame();
    if (gen !== state.gen) return;
    renderPanel(name);
  }
  if (text.trim()) {
    const parts = [`${fmtInt(doc.mentions.length)} mentions of ${fmtInt(doc.entities.length)} entities`, `${fmtInt(doc.times.length)} dates and times`, `${fmtInt(doc.timeline.length)} timeline entries`];
    setStatus(`Analyzed ${sizeWords(text.length)} in ${Math.max(1, Math.round(ms))} ms: ${parts.join(', ')}.`);
  }
  if (doc.warnings && doc.warnings.length) {
    const w = el('span', 'warnings', ` Note: ${doc.warnings.join(' ')}`);
    ui.status.appendChild(w);
  }
  document.body.dataset.state = 'ready';
  document.dispatchEvent(new CustomEvent('storyline:rendered', { detail: { gen } }));
}

// ---------------------------------------------------------------- reference date
function renderReference() {
  const r = (state.doc && state.doc.reference) || { date: null, source: 'none' };
  ui.refreset.hidden = !state.refUser;
  if (state.refUser) {
    ui.refsource.textContent = `Set by you. Relative dates (“on Thursday”, “last week”) count from ${humanValue(state.refUser)}.`;
    return;
  }
  ui.refdate.value = r.date || '';
  // The small buttons after the message ("Show in text", "Show the year", "Use …").
  const button = (label, onClick, id) => {
    const b = el('button', 'quiet small', label);
    b.type = 'button';
    if (id) b.id = id;
    b.addEventListener('click', onClick);
    return b;
  };
  if (r.source === 'dateline' && r.date) {
    const ev = r.evidence && r.evidence.text ? ` “${r.evidence.text.trim()}”` : '';
    // A dateline without a year took the latest year the article writes: say so, and where.
    const y = r.year_evidence;
    ui.refsource.textContent = y
      ? `Found in the dateline${ev}, which gives no year: ${humanValue(r.date)}, the year being the latest the article writes (“${y.text.trim()}”). Check it, and change it if the story is from another year. `
      : `Found in the dateline${ev}: ${humanValue(r.date)}. Change it to re-resolve every relative date. `;
    if (r.evidence) ui.refsource.appendChild(button('Show in text', () => jumpTo(r.evidence.start, r.evidence.end, 'the dateline')));
    if (y) ui.refsource.append(' ', button('Show the year', () => jumpTo(y.start, y.end, 'the year the date took'), 'refyearfrom'));
  } else if (r.partial && r.evidence) {
    // A dateline without a year ("LONDON, Feb 27 (Reuters)") in an article that writes none:
    // offer that day in the latest year it has already come (the core never reads the clock).
    const [mm, dd] = r.partial.slice(2).split('-').map(Number);
    const now = new Date();
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    let y = now.getFullYear();
    const valid = (yy) => new Date(Date.UTC(yy, mm - 1, dd)).getUTCDate() === dd;
    while (y > now.getFullYear() - 8 && (!valid(y) || Date.UTC(y, mm - 1, dd) > today)) y -= 1;
    const iso = `${String(y).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
    ui.refsource.textContent = `The dateline “${r.evidence.text.trim()}” gives no year, nor does the article: relative dates stay unresolved until you set a date. `;
    ui.refsource.appendChild(button(`Use ${humanValue(iso)}`, () => {
      ui.refdate.value = iso;
      state.refUser = iso;
      saveDraft();
      runAnalysis();
    }, 'refyear'));
  } else if (state.text.trim()) {
    ui.refsource.textContent = 'No dateline found: relative dates stay unresolved until you set a date.';
  } else ui.refsource.textContent = 'Filled in from the article’s dateline when one is found.';
}

// ---------------------------------------------------------------- legend
function renderLegend() {
  const doc = state.doc;
  const counts = new Map();
  for (const m of doc.mentions) counts.set(m.kind, (counts.get(m.kind) || 0) + 1);
  counts.set('time', doc.times.length);
  counts.set('quote', doc.quotes.length);
  ui.legend.textContent = '';
  for (const [k] of LAYERS) {
    const n = counts.get(k) || 0;
    if (!n && !['person', 'organization', 'place', 'group', 'time'].includes(k)) continue;
    const b = el('button', `legend-item k-${k}`);
    b.type = 'button';
    b.dataset.kind = k;
    b.setAttribute('aria-pressed', String(!state.hidden.has(k)));
    b.appendChild(el('span', 'swatch'));
    b.appendChild(el('span', 'legend-label', kindPlural(k)));
    b.appendChild(el('span', 'count', String(n)));
    ui.legend.appendChild(b);
  }
}
ui.legend.addEventListener('click', (ev) => {
  const b = ev.target.closest('button[data-kind]');
  if (!b) return;
  const k = b.dataset.kind;
  if (state.hidden.has(k)) state.hidden.delete(k);
  else state.hidden.add(k);
  b.setAttribute('aria-pressed', String(!state.hidden.has(k)));
  ui.reading.classList.toggle(`hide-${k}`, state.hidden.has(k));
  hideTooltip();
  // keep the highlight in the tab order a visible one
  if (state.current && !isVisibleMark(state.current)) {
    const next = [...ui.reading.querySelectorAll('mark.first')].find(isVisibleMark);
    if (next) setCurrent(next, false);
  }
});

// ---------------------------------------------------------------- reading view
async function renderReading(gen) {
  const rg = ++state.renderGen;
  state.selected = null;
  state.current = null;
  ui.stepper.hidden = true;
  hideTooltip();
  const spans = spansOf(state.doc, state.text);
  const map = await renderAnnotated(ui.reading, state.text, spans, { isStale: () => rg !== state.renderGen || gen !== state.gen });
  if (!map) return false;
  state.map = map;
  for (const k of LAYERS.map(([k]) => k)) ui.reading.classList.toggle(`hide-${k}`, state.hidden.has(k));
  // roving tabindex: one highlight is in the tab order, arrows move between them
  setCurrent(ui.reading.querySelector('mark.first'), false);
  return true;
}

function setCurrent(mark, focus = true) {
  if (state.current && state.current !== mark) state.current.tabIndex = -1;
  state.current = mark;
  if (!mark) return;
  mark.tabIndex = 0;
  if (focus) {
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}
const isVisibleMark = (m) => !state.hidden.has(kindOfMark(m));
const kindOfMark = (m) => (m.className.match(/\bk-(\w+)/) || [])[1];

ui.reading.addEventListener('keydown', (ev) => {
  const mark = ev.target.closest && ev.target.closest('mark.first');
  if (!mark) return;
  const all = [...ui.reading.querySelectorAll('mark.first')].filter(isVisibleMark);
  const i = all.indexOf(mark);
  let to = null;
  if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') to = all[i + 1];
  else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') to = all[i - 1];
  else if (ev.key === 'Home') to = all[0];
  else if (ev.key === 'End') to = all[all.length - 1];
  else if (ev.key === 'Enter' || ev.key === ' ') {
    ev.preventDefault();
    activateMark(mark);
    return;
  } else if (ev.key === 'Escape') {
    hideTooltip();
    clearSelection();
    return;
  } else return;
  ev.preventDefault();
  if (to) setCurrent(to);
});

ui.reading.addEventListener('click', (ev) => {
  const mark = ev.target.closest('mark');
  if (!mark || !isVisibleMark(mark)) return;
  const first = mark.classList.contains('first') ? mark : ui.reading.querySelector(`mark.first[data-id="${mark.dataset.id}"]`);
  activateMark(first || mark);
});

function activateMark(mark) {
  if (mark.dataset.entity != null) {
    const id = Number(mark.dataset.entity);
    selectEntity(id, mark);
  }
  setCurrent(mark);
  showTooltipFor(mark);
}

// ---------------------------------------------------------------- selection: mark all mentions
function selectEntity(id, fromMark = null) {
  clearSelection();
  const e = state.doc.entities[id];
  if (!e) return;
  const all = ui.reading.querySelectorAll(`mark[data-entity="${id}"]`);
  for (const m of all) m.classList.add('selected');
  const steps = [...ui.reading.querySelectorAll(`mark.first[data-entity="${id}"]`)];
  let pos = fromMark ? Math.max(0, steps.indexOf(fromMark)) : 0;
  state.selected = { entity: id, steps, pos };
  for (const b of ui.entities.querySelectorAll('button.ent')) b.setAttribute('aria-pressed', String(Number(b.dataset.entity) === id));
  ui.stepper.hidden = false;
  updateStepper();
  if (!fromMark && steps[pos]) {
    setCurrent(steps[pos], false);
    steps[pos].scrollIntoView({ block: 'center' });
  }
}
function updateStepper() {
  const s = state.selected;
  if (!s) return;
  const e = state.doc.entities[s.entity];
  ui.stepperLabel.textContent = '';
  ui.stepperLabel.appendChild(el('strong', null, e.name));
  ui.stepperLabel.appendChild(document.createTextNode(` — mention ${s.steps.length ? s.pos + 1 : 0} of ${s.steps.length}`));
  for (const m of ui.reading.querySelectorAll('mark.step-current')) m.classList.remove('step-current');
  if (s.steps[s.pos]) s.steps[s.pos].classList.add('step-current');
}
function step(delta) {
  const s = state.selected;
  if (!s || !s.steps.length) return;
  s.pos = (s.pos + delta + s.steps.length) % s.steps.length;
  updateStepper();
  const m = s.steps[s.pos];
  setCurrent(m, false);
  m.scrollIntoView({ block: 'center' });
}
function clearSelection() {
  if (!state.selected) return;
  for (const m of ui.reading.querySelectorAll('mark.selected, mark.step-current')) m.classList.remove('selected', 'step-current');
  for (const b of ui.entities.querySelectorAll('button.ent[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  state.selected = null;
  ui.stepper.hidden = true;
}
$('step-prev').addEventListener('click', () => step(-1));
$('step-next').addEventListener('click', () => step(1));
$('step-clear').addEventListener('click', clearSelection);

// ---------------------------------------------------------------- tooltip
function describeMark(mark) {
  const doc = state.doc;
  const id = mark.dataset.id || '';
  const i = Number(id.slice(1));
  const box = el('div', 'tip-item');
  if (id[0] === 'm') {
    const m = doc.mentions[i];
    const e = m && doc.entities[m.entity];
    if (!m) return null;
    box.appendChild(el('div', 'tip-title', e ? e.name : m.text));
    const meta = `${kindLabel(m.kind)}${e ? ` · ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}` : ''}`;
    box.appendChild(el('div', `tip-kind k-${m.kind}`, meta));
    if (e && e.roles && e.roles.length) box.appendChild(el('div', 'tip-line', `Role: ${[...new Set(e.roles.map((r) => r.role))].join('; ')}`));
    if (e && e.aliases && e.aliases.length) box.appendChild(el('div', 'tip-line', `Also: ${e.aliases.join(', ')}`));
    if (e && e.country) box.appendChild(el('div', 'tip-line', `Country: ${e.country}`));
    if (e && m.text !== e.name) box.appendChild(el('div', 'tip-line', `Here: “${m.text}”`));
    box.appendChild(el('div', 'tip-rule', `rule: ${m.rule}`));
  } else if (id[0] === 't') {
    const t = doc.times[i];
    if (!t) return null;
    const mod = modLabel(t.mod);
    box.appendChild(el('div', 'tip-title', `${mod ? `${mod} ` : ''}${humanValue(t.value)}`));
    box.appendChild(el('div', 'tip-kind k-time', `${t.type} · ${t.value ?? 'no value'}`));
    box.appendChild(el('div', 'tip-line', `Resolved: ${explainResolution(t, doc)}`));
    box.appendChild(el('div', 'tip-rule', `“${t.text}” · rule: ${t.rule}`));
  } else if (id[0] === 'q') {
    const q = doc.quotes[i];
    if (!q) return null;
    const sp = q.speaker != null ? doc.entities[q.speaker] : null;
    box.appendChild(el('div', 'tip-title', sp ? `Quote by ${sp.name}` : 'Quote (speaker not identified)'));
    if (q.cue) box.appendChild(el('div', 'tip-line', `Cue: “${q.cue.text}”`));
  } else return null;
  return box;
}

function showTooltipFor(mark) {
  const chain = [];
  for (let m = mark; m && m !== ui.reading; m = m.parentElement) {
    if (m.classList && m.classList.contains('hl') && isVisibleMark(m)) chain.push(m);
  }
  if (!chain.length) return hideTooltip();
  const tip = ui.tooltip;
  tip.textContent = '';
  for (const m of chain) {
    const d = describeMark(m);
    if (d) tip.appendChild(d);
  }
  if (!tip.childNodes.length) return hideTooltip();
  tip.hidden = false;
  mark.setAttribute('aria-describedby', 'tooltip');
  const r = mark.getBoundingClientRect();
  const tw = Math.min(360, window.innerWidth - 16);
  tip.style.maxWidth = `${tw}px`;
  const th = tip.offsetHeight;
  let top = r.bottom + 6;
  if (top + th > window.innerHeight - 8 && r.top - th - 6 > 8) top = r.top - th - 6;
  const left = Math.max(8, Math.min(r.left, window.innerWidth - tip.offsetWidth - 8));
  tip.style.top = `${Math.round(top)}px`;
  tip.style.left = `${Math.round(left)}px`;
  state.tipFor = mark;
}
function hideTooltip() {
  ui.tooltip.hidden = true;
  if (state.tipFor) state.tipFor.removeAttribute('aria-describedby');
  state.tipFor = null;
}
ui.reading.addEventListener('mouseover', (ev) => {
  const m = ev.target.closest && ev.target.closest('.hl');
  if (m && isVisibleMark(m)) showTooltipFor(m);
});
ui.reading.addEventListener('mouseleave', hideTooltip);
ui.reading.addEventListener('focusin', (ev) => {
  const m = ev.target.closest && ev.target.closest('mark');
  if (m) {
    if (m !== state.current && m.classList.contains('first')) setCurrent(m, false);
    showTooltipFor(m);
  }
});
ui.reading.addEventListener('focusout', hideTooltip);
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape') hideTooltip();
});
let tipFrame = 0;
window.addEventListener('scroll', () => {
  if (!state.tipFor || tipFrame) return;
  tipFrame = requestAnimationFrame(() => {
    tipFrame = 0;
    if (state.tipFor && state.tipFor.isConnected) showTooltipFor(state.tipFor);
  });
}, { passive: true });

// ---------------------------------------------------------------- jump to a span and flash it
function jumpTo(start, end, label) {
  if (!state.map) return;
  const range = state.map.range(start, end);
  if (!range) return;
  // Centre the range itself (a block of text can be taller than the window).
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const r = range.getBoundingClientRect();
  const dy = r.top + r.height / 2 - window.innerHeight / 2;
  window.scrollBy({ top: r.height > window.innerHeight ? r.top - 16 : dy, behavior: reduce ? 'auto' : 'smooth' });
  if (window.CSS && CSS.highlights && typeof Highlight === 'function') {
    CSS.highlights.set('storyline-flash', new Highlight(range));
    clearTimeout(state.flashTimer);
    state.flashTimer = setTimeout(() => CSS.highlights.delete('storyline-flash'), 2500);
  }
  const first = [...ui.reading.querySelectorAll('mark.first')].find((m) => range.intersectsNode(m) && isVisibleMark(m));
  if (first) setCurrent(first, false);
  setStatus(`Showing in the text: ${label}`);
}

// ---------------------------------------------------------------- panels
const PANELS = { entities: () => renderEntities(), timeline: () => renderTimeline(), quotes: () => renderQuotes(), export: () => renderExport() };
function renderPanel(name) {
  state.stale.delete(name);
  PANELS[name]();
}
function updateCounts() {
  const d = state.doc;
  $('count-entities').textContent = d.entities.length ? String(d.entities.length) : '';
  $('count-timeline').textContent = d.timeline.length ? String(d.timeline.length) : '';
  $('count-quotes').textContent = d.quotes.length ? String(d.quotes.length) : '';
}

// ---------------------------------------------------------------- entities panel
const GROUP_CAP = 100;
function renderEntities() {
  const doc = state.doc;
  const q = ui.filter.value.trim().toLowerCase();
  ui.entities.textContent = '';
  if (!doc.entities.length) {
    ui.entities.appendChild(el('p', 'empty', state.text.trim() ? 'No names found in this text.' : 'Nothing yet: paste an article or load the sample.'));
    return;
  }
  let shown = 0;
  for (const [k] of KINDS) {
    let ents = doc.entities.filter((e) => e.kind === k);
    if (!ents.length) continue;
    if (q) ents = ents.filter((e) => [e.name, ...(e.aliases || []), ...(e.roles || []).map((r) => r.role)].some((s) => s.toLowerCase().includes(q)));
    if (!ents.length) continue;
    ents.sort((a, b) => b.salience - a.salience || b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1));
    const sec = el('section', `ent-group k-${k}`);
    const hid = `eg-${k}`;
    const h = el('h3', null);
    h.id = hid;
    h.appendChild(el('span', 'swatch'));
    h.appendChild(document.createTextNode(` ${kindPlural(k)} `));
    h.appendChild(el('span', 'count', String(ents.length)));
    sec.appendChild(h);
    const ul = el('ul', 'ent-list');
    ul.setAttribute('aria-labelledby', hid);
    const addItem = (e) => {
      const li = el('li');
      const b = el('button', 'ent');
      b.type = 'button';
      b.dataset.entity = String(e.id);
      b.setAttribute('aria-pressed', String(!!(state.selected && state.selected.entity === e.id)));
      const top = el('span', 'ent-top');
      top.appendChild(el('span', 'ent-name', e.name));
      const n = e.mentions.length;
      const c = el('span', 'count', `×${n}`);
      c.title = `${n} mention${n === 1 ? '' : 's'}`;
      c.appendChild(el('span', 'visually-hidden', ` mention${n === 1 ? '' : 's'}`));
      top.appendChild(c);
      b.appendChild(top);
      const roles = [...new Set((e.roles || []).map((r) => r.role))];
      if (roles.length) b.appendChild(el('span', 'ent-roles', roles.join('; ')));
      if (e.aliases && e.aliases.length) b.appendChild(el('span', 'ent-aliases', `also: ${e.aliases.join(', ')}`));
      const bar = el('span', 'salience');
      const fill = el('span', 'salience-fill');
      fill.style.width = `${Math.round(Math.max(0, Math.min(1, e.salience || 0)) * 100)}%`;
      bar.appendChild(fill);
      bar.title = `salience ${(e.salience || 0).toFixed(2)}`;
      b.appendChild(bar);
      li.appendChild(b);
      ul.appendChild(li);
    };
    ents.slice(0, GROUP_CAP).forEach(addItem);
    sec.appendChild(ul);
    if (ents.length > GROUP_CAP) {
      const more = el('button', 'quiet more', `Show ${ents.length - GROUP_CAP} more`);
      more.type = 'button';
      more.addEventListener('click', () => {
        ents.slice(GROUP_CAP).forEach(addItem);
        more.remove();
      });
      sec.appendChild(more);
    }
    ui.entities.appendChild(sec);
    shown += ents.length;
  }
  if (!shown) ui.entities.appendChild(el('p', 'empty', 'No entity matches the filter.'));
}
ui.filter.addEventListener('input', renderEntities);
ui.entities.addEventListener('click', (ev) => {
  const b = ev.target.closest('button.ent');
  if (!b) return;
  const id = Number(b.dataset.entity);
  if (state.selected && state.selected.entity === id) clearSelection();
  else selectEntity(id);
});

// ---------------------------------------------------------------- timeline panel
function renderTimeline() {
  const doc = state.doc;
  ui.timeline.textContent = '';
  if (!doc.timeline.length) {
    ui.timeline.appendChild(el('p', 'empty', state.text.trim() ? 'No dated events found.' : 'No dated events yet.'));
    return;
  }
  ui.timeline.appendChild(timelineSVG(document, doc.timeline, { referenceDate: doc.reference && doc.reference.date }));
  ui.timeline.appendChild(
    timelineList(document, doc.timeline, {
      times: doc.times,
      limit: 150,
      entityName: (i) => doc.entities[i] && doc.entities[i].name,
      onSelect: (t) => jumpTo(t.start, t.end, `${humanValue(t.value)} — ${t.text.slice(0, 80)}`),
    }),
  );
}

// ---------------------------------------------------------------- quotes panel
function renderQuotes() {
  const doc = state.doc;
  ui.quotes.textContent = '';
  if (!doc.quotes.length) {
    ui.quotes.appendChild(el('p', 'empty', 'No quotations found.'));
    return;
  }
  const ul = el('ul', 'quote-list');
  doc.quotes.forEach((q, i) => {
    const li = el('li', 'quote-item');
    const sp = q.speaker != null ? doc.entities[q.speaker] : null;
    const who = el('button', 'quote-speaker', sp ? sp.name : 'Unattributed');
    who.type = 'button';
    if (sp) who.addEventListener('click', () => selectEntity(sp.id));
    else who.disabled = true;
    li.appendChild(who);
    li.appendChild(el('span', 'arrow', ' → '));
    const body = el('button', 'quote-text', `“${q.text}”`);
    body.type = 'button';
    body.dataset.index = String(i);
    body.addEventListener('click', () => jumpTo(q.start, q.end, `quote ${sp ? `by ${sp.name}` : ''}`));
    li.appendChild(body);
    if (q.cue) li.appendChild(el('span', 'quote-cue', q.cue.text));
    ul.appendChild(li);
  });
  ui.quotes.appendChild(ul);
}

// ---------------------------------------------------------------- export
const FORMATS = {
  json: { ext: 'json', mime: 'application/json', make: (d) => toJSON(d) },
  'entities-csv': { ext: 'entities.csv', mime: 'text/csv', make: (d) => entitiesCSV(d) },
  'timeline-csv': { ext: 'timeline.csv', mime: 'text/csv', make: (d) => timelineCSV(d) },
  timelinejs: { ext: 'timelinejs.json', mime: 'application/json', make: (d) => timelineJS(d, titleOf(state.text)) },
  html: { ext: 'html', mime: 'text/html', make: (d, t) => annotatedHTML(d, t, titleOf(t)) },
};
const titleOf = (t) => {
  const line = (t.split('\n').find((l) => l.trim()) || '').trim();
  return line.length > 90 ? `${line.slice(0, 87)}…` : line || 'Storyline annotation';
};
const currentFormat = () => (document.querySelector('input[name="format"]:checked') || {}).value || 'json';
function exportContent() {
  const f = FORMATS[currentFormat()];
  return state.doc ? f.make(state.doc, state.text) : '';
}
function renderExport() {
  ui.preview.value = exportContent();
  ui.copyStatus.textContent = '';
}
document.querySelectorAll('input[name="format"]').forEach((r) => r.addEventListener('change', renderExport));
$('download').addEventListener('click', () => {
  const f = FORMATS[currentFormat()];
  const blob = new Blob([exportContent()], { type: `${f.mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = el('a');
  a.href = url;
  a.download = `storyline.${f.ext}`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});
$('copy').addEventListener('click', async () => {
  const s = exportContent();
  try {
    await navigator.clipboard.writeText(s);
    ui.copyStatus.textContent = 'Copied.';
  } catch {
    ui.preview.value = s;
    ui.preview.select();
    const ok = document.execCommand && document.execCommand('copy');
    ui.copyStatus.textContent = ok ? 'Copied.' : 'Copy failed: select the preview and copy it by hand.';
  }
});

// ---------------------------------------------------------------- tabs
const tabs = [...document.querySelectorAll('[role="tab"]')];
function selectTab(tab, focus = true) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (focus) tab.focus();
  const name = tab.id.replace('tab-', '');
  if (state.stale.has(name)) renderPanel(name);
}
for (const t of tabs) {
  t.addEventListener('click', () => selectTab(t));
  t.addEventListener('keydown', (ev) => {
    const i = tabs.indexOf(t);
    let to = null;
    if (ev.key === 'ArrowRight') to = tabs[(i + 1) % tabs.length];
    else if (ev.key === 'ArrowLeft') to = tabs[(i - 1 + tabs.length) % tabs.length];
    else if (ev.key === 'Home') to = tabs[0];
    else if (ev.key === 'End') to = tabs[tabs.length - 1];
    if (to) {
      ev.preventDefault();
      selectTab(to);
    }
  });
}

// ---------------------------------------------------------------- input: typing, files, sample, clear
ui.text.addEventListener('input', () => {
  saveDraftSoon();
  analyzeSoon();
});
ui.refdate.addEventListener('change', () => {
  state.refUser = ui.refdate.value || null;
  saveDraft();
  runAnalysis();
});
ui.refreset.addEventListener('click', () => {
  state.refUser = null;
  saveDraft();
  runAnalysis();
  ui.refdate.focus();
});
$('analyze').addEventListener('click', runAnalysis);
ui.cancel.addEventListener('click', () => {
  if (state.storyline) state.storyline.cancel();
});
$('sample').addEventListener('click', () => setText(SAMPLE_TEXT, true));
$('clear').addEventListener('click', () => {
  state.refUser = null;
  ui.refdate.value = '';
  setText('', true);
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    /* nothing stored */
  }
  ui.text.focus();
});
$('file').addEventListener('change', async (ev) => {
  const f = ev.target.files && ev.target.files[0];
  if (f) await loadFile(f);
  ev.target.value = '';
});
async function loadFile(f) {
  if (!/\.txt$/i.test(f.name) && f.type && !f.type.startsWith('text/')) {
    showError(`“${f.name}” is not a text file. Open a .txt file, or paste the article.`);
    return;
  }
  try {
    setText(await f.text(), true);
  } catch (e) {
    showError(`could not read “${f.name}”: ${e.message}`);
  }
}
for (const target of [ui.text, document.body]) {
  target.addEventListener('dragover', (ev) => {
    if (ev.dataTransfer && [...ev.dataTransfer.types].includes('Files')) {
      ev.preventDefault();
      document.body.classList.add('dragging');
    }
  });
}
document.body.addEventListener('dragleave', (ev) => {
  if (!ev.relatedTarget) document.body.classList.remove('dragging');
});
document.body.addEventListener('drop', (ev) => {
  document.body.classList.remove('dragging');
  const f = ev.dataTransfer && ev.dataTransfer.files && ev.dataTransfer.files[0];
  if (!f) return;
  ev.preventDefault();
  loadFile(f);
});

function setText(t, now) {
  ui.text.value = t;
  if (!t) state.refUser = null;
  saveDraft();
  if (now) runAnalysis();
  else analyzeSoon();
}

// ---------------------------------------------------------------- start
async function main() {
  $('sample-credit').textContent = SAMPLE_CREDIT;
  loadDraft();
  state.doc = emptyDoc();
  renderLegend();
  try {
    state.storyline = await createStoryline();
    $('version').textContent = await state.storyline.version();
  } catch (e) {
    showError(`the analysis engine could not start (${e.message}). Your text is kept; reload to try again.`);
    setStatus('Engine not loaded.');
    return;
  }
  document.body.dataset.engine = 'ready';
  if (ui.text.value.trim()) runAnalysis();
  else setStatus('Ready. Paste an article or load the sample.');
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('sw.js').catch(() => {});
  }
}
main();
