// The timeline view: an SVG overview (each event drawn over the period its date names) and a
// chronological list grouped by date. Used by the page and by <storyline-view>.

import { humanValue } from './describe.js';

const SVG = 'http://www.w3.org/2000/svg';
const dayNum = (iso) => {
  const m = /^(-?\d{4,})-(\d\d)-(\d\d)$/.exec(iso || '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : null;
};
const el = (doc, tag, cls, text) => {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};
const svgEl = (doc, tag, attrs) => {
  const e = doc.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  return e;
};

const MAX_LANES = 12;
const STATUS_WORD = { reported: 'reported', scheduled: 'scheduled', background: 'background' };

/** Groups timeline entries by value, keeping the core's chronological order; unplaced ones last. */
export function groupTimeline(timeline) {
  const placed = [];
  const unplaced = [];
  const byValue = new Map();
  for (const [i, t] of (timeline || []).entries()) {
    const list = t.from ? placed : unplaced;
    const key = `${t.value}|${t.from ? 'p' : 'u'}`;
    let g = byValue.get(key);
    if (!g) {
      g = { value: t.value, from: t.from, to: t.to, granularity: t.granularity, entries: [] };
      byValue.set(key, g);
      list.push(g);
    }
    g.entries.push({ entry: t, index: i });
  }
  return { placed, unplaced };
}

/** An SVG overview of the dated entries: x is time, each entry a dot (a day) or a bar (a longer period). */
export function timelineSVG(doc, timeline, { referenceDate = null } = {}) {
  const items = (timeline || []).map((t, i) => ({ t, i, a: dayNum(t.from), b: dayNum(t.to) })).filter((x) => x.a != null);
  const ref = dayNum(referenceDate);
  const svg = svgEl(doc, 'svg', { class: 'tl-svg', viewBox: '0 0 1000 10', preserveAspectRatio: 'none', role: 'img' });
  if (!items.length) {
    svg.setAttribute('aria-label', 'No dated events to draw');
    return svg;
  }
  for (const x of items) if (x.b == null || x.b < x.a) x.b = x.a;
  let min = Math.min(...items.map((x) => x.a));
  let max = Math.max(...items.map((x) => x.b + 1), ref != null && items.some((x) => x.t.open_ended) ? ref + 1 : -Infinity);
  const pad = Math.max(3, (max - min) * 0.04);
  min -= pad;
  max += pad;
  const W = 480;
  const X = (d) => 12 + ((d - min) / (max - min)) * (W - 24);
  // lanes, so that marks never overlap
  const lanes = [];
  items.sort((p, q) => p.a - q.a || q.b - p.b);
  for (const x of items) {
    const x0 = X(x.a);
    const x1 = Math.max(X(x.b + 1), x0 + 9);
    let lane = lanes.findIndex((end) => end + 4 <= x0);
    if (lane === -1 && lanes.length < MAX_LANES) lane = lanes.push(0) - 1;
    if (lane === -1) lane = lanes.indexOf(Math.min(...lanes)); // crowded: overlap the emptiest lane
    x.until = x.t.open_ended ? (ref != null && ref > x.b ? X(ref + 1) : x1 + 8) : x1;
    lanes[lane] = Math.max(x1, x.until);
    x.x0 = x0;
    x.x1 = x1;
    x.lane = lane;
  }
  const laneH = 14;
  const top = 8;
  const axisY = top + lanes.length * laneH + 6;
  const H = axisY + 22;
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  const first = items[0].t;
  const last = items.reduce((p, q) => (q.b > p.b ? q : p)).t;
  svg.setAttribute('aria-label', `Timeline overview: ${items.length} dated events from ${humanValue(first.value)} to ${humanValue(last.value)}`);
  svg.appendChild(svgEl(doc, 'line', { class: 'tl-axis', x1: 4, x2: W - 4, y1: axisY, y2: axisY }));
  // ticks: years, or months when the span is short
  const span = max - min;
  const d0 = new Date(min * 86400000);
  const ticks = [];
  if (span > 800) {
    const step = span > 365 * 40 ? 10 : span > 365 * 12 ? 2 : 1;
    for (let y = d0.getUTCFullYear() + 1; Date.UTC(y, 0, 1) / 86400000 < max; y++) if (y % step === 0) ticks.push([Date.UTC(y, 0, 1) / 86400000, String(y)]);
  } else if (span > 45) {
    const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const step = span > 400 ? 3 : 1;
    for (let y = d0.getUTCFullYear(), m = d0.getUTCMonth() + 1; Date.UTC(y, m, 1) / 86400000 < max; m++) {
      const d = Date.UTC(y, m, 1) / 86400000;
      const mm = ((m % 12) + 12) % 12;
      const yy = y + Math.floor(m / 12);
      if (mm % step === 0) ticks.push([d, mm === 0 ? String(yy) : names[mm]]);
    }
  } else {
    for (let d = Math.ceil(min); d < max; d++) {
      const dt = new Date(d * 86400000);
      if (span <= 16 || dt.getUTCDay() === 1) ticks.push([d, `${dt.getUTCDate()}/${dt.getUTCMonth() + 1}`]);
    }
  }
  let lastX = -100;
  for (const [d, label] of ticks) {
    const x = X(d);
    if (x - lastX < 40) continue;
    lastX = x;
    svg.appendChild(svgEl(doc, 'line', { class: 'tl-tick', x1: x, x2: x, y1: axisY - 3, y2: axisY + 3 }));
    const tx = svgEl(doc, 'text', { class: 'tl-ticklabel', x, y: axisY + 16, 'text-anchor': 'middle' });
    tx.textContent = label;
    svg.appendChild(tx);
  }
  for (const x of items) {
    const y = top + x.lane * laneH;
    const cls = `tl-mark s-${x.t.status}${x.t.open_ended ? ' open' : ''}`;
    const g = svgEl(doc, 'g', { class: cls, 'data-index': x.i });
    if (x.t.granularity === 'day' || x.t.granularity === 'time' || x.x1 - x.x0 <= 9) g.appendChild(svgEl(doc, 'circle', { cx: (x.x0 + x.x1) / 2, cy: y + 5, r: 4.5 }));
    else g.appendChild(svgEl(doc, 'rect', { x: x.x0, y: y + 1, width: x.x1 - x.x0, height: 8, rx: 3 }));
    if (x.t.open_ended) {
      // "since …": the period runs on, up to the time of writing when it is known
      const until = x.until;
      if (until > x.x1 + 8) g.appendChild(svgEl(doc, 'line', { class: 'tl-since', x1: x.x1, x2: until - 6, y1: y + 5, y2: y + 5 }));
      g.appendChild(svgEl(doc, 'path', { d: `M${until - 6} ${y + 1} l6 4 l-6 4 z` }));
    }
    const title = svgEl(doc, 'title');
    title.textContent = `${humanValue(x.t.value)} (${x.t.status}): ${x.t.text}`;
    g.appendChild(title);
    svg.appendChild(g);
  }
  return svg;
}

/**
 * The chronological list, grouped by date. `onSelect(entry, index)` runs when an entry is activated;
 * `entityName(i)` names an entity.
 */
export function timelineList(doc, timeline, { onSelect, entityName, times = [], limit = Infinity } = {}) {
  const { placed, unplaced } = groupTimeline(timeline);
  const root = el(doc, 'ol', 'tl-list');
  let budget = limit;
  const rest = [];
  const addGroup = (g, unplacedGroup) => {
    if (budget <= 0) {
      rest.push([g, unplacedGroup]);
      return;
    }
    budget -= g.entries.length;
    const li = el(doc, 'li', `tl-group g-${g.granularity || 'unknown'}${unplacedGroup ? ' unplaced' : ''}`);
    const head = el(doc, 'div', 'tl-date');
    head.appendChild(el(doc, 'span', 'tl-dot'));
    head.appendChild(el(doc, 'strong', 'tl-human', humanValue(g.value)));
    head.appendChild(el(doc, 'code', 'tl-value', g.value));
    head.appendChild(el(doc, 'span', 'badge gran', g.granularity || '?'));
    if (g.from && g.to && g.from !== g.to) head.appendChild(el(doc, 'span', 'tl-range', `${g.from} → ${g.to}`));
    li.appendChild(head);
    const ul = el(doc, 'ul', 'tl-entries');
    for (const { entry: t, index } of g.entries) {
      const item = el(doc, 'li', `tl-item s-${t.status}${t.open_ended ? ' open' : ''}`);
      const b = el(doc, 'button', 'tl-entry');
      b.type = 'button';
      b.dataset.index = String(index);
      const meta = el(doc, 'span', 'tl-meta');
      meta.appendChild(el(doc, 'span', `badge st-${t.status}`, STATUS_WORD[t.status] || t.status));
      if (t.open_ended) meta.appendChild(el(doc, 'span', 'badge open', /^X|REF$/.test(t.value) ? 'vague' : 'since — open-ended'));
      for (const di of t.durations || []) {
        const d = times[di];
        if (d && d.value) meta.appendChild(el(doc, 'span', 'badge dur', `for ${humanValue(d.value)}`));
      }
      b.appendChild(meta);
      const txt = t.text.length > 320 ? `${t.text.slice(0, 300)}…` : t.text;
      b.appendChild(el(doc, 'span', 'tl-text', txt.replace(/\s*\n\s*/g, ' ')));
      const names = (t.entities || []).map((i) => entityName && entityName(i)).filter(Boolean);
      if (names.length) {
        const chips = el(doc, 'span', 'tl-ents');
        for (const n of names.slice(0, 8)) chips.appendChild(el(doc, 'span', 'chip', n));
        b.appendChild(chips);
      }
      if (onSelect) b.addEventListener('click', () => onSelect(t, index));
      item.appendChild(b);
      ul.appendChild(item);
    }
    li.appendChild(ul);
    root.appendChild(li);
  };
  placed.forEach((g) => addGroup(g, false));
  if (unplaced.length) {
    const sep = el(doc, 'li', 'tl-sep', 'Not placed on the calendar (no reference date, or too vague)');
    root.appendChild(sep);
    unplaced.forEach((g) => addGroup(g, true));
  }
  if (rest.length) {
    const n = rest.reduce((a, [g]) => a + g.entries.length, 0);
    const li = el(doc, 'li', 'tl-more');
    const b = el(doc, 'button', 'quiet more', `Show ${n} more entr${n === 1 ? 'y' : 'ies'}`);
    b.type = 'button';
    b.addEventListener('click', () => {
      li.remove();
      budget = Infinity;
      for (const [g, u] of rest) addGroup(g, u);
    });
    li.appendChild(b);
    root.appendChild(li);
  }
  return root;
}
