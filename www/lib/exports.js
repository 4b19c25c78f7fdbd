// Exports of a result: JSON (the schema), CSV of entities and of the timeline, TimelineJS JSON and a
// standalone annotated HTML page. Every text from the article is escaped for its format; the HTML
// export carries a CSP that forbids scripts, so even a bug in escaping could not run code.

import { humanValue, kindLabel, explainResolution, LAYERS } from './describe.js';
import { spansOf } from './highlight.js';

/** The schema document, pretty-printed. */
export function toJSON(doc) {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** One CSV field (RFC 4180), defusing spreadsheet formulas (a leading = + - @ gets a quote mark). */
export function csvField(v) {
  let s = v == null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csvRow = (cells) => cells.map(csvField).join(',');

/** CSV of entities: one row per entity, sorted by kind then salience. */
export function entitiesCSV(doc) {
  const rows = [['id', 'kind', 'name', 'mentions', 'salience', 'roles', 'aliases', 'first_offset']];
  const ents = [...(doc.entities || [])].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : b.salience - a.salience));
  for (const e of ents) {
    const first = (e.mentions || []).map((i) => doc.mentions[i]).filter(Boolean)[0];
    rows.push([e.id, e.kind, e.name, (e.mentions || []).length, round(e.salience), (e.roles || []).map((r) => r.role).join('; '), (e.aliases || []).join('; '), first ? first.start : '']);
  }
  return rows.map(csvRow).join('\r\n') + '\r\n';
}

/** CSV of the timeline: one row per entry, chronological. */
export function timelineCSV(doc) {
  const rows = [['value', 'date_words', 'from', 'to', 'granularity', 'status', 'open_ended', 'event', 'entities', 'start', 'end']];
  for (const t of doc.timeline || []) {
    const names = (t.entities || []).map((i) => doc.entities[i] && doc.entities[i].name).filter(Boolean).join('; ');
    rows.push([t.value, humanValue(t.value), t.from ?? '', t.to ?? '', t.granularity, t.status, t.open_ended ? 'yes' : 'no', t.text, names, t.start, t.end]);
  }
  return rows.map(csvRow).join('\r\n') + '\r\n';
}

const round = (x) => (typeof x === 'number' ? Math.round(x * 1000) / 1000 : '');

/** Escapes text for HTML element content and attribute values. */
export function escapeHTML(s) {
  return String(s).replace(/[&<>"'`]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c]);
}

const dateParts = (iso) => {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso || '');
  return m ? { year: m[1], month: String(+m[2]), day: String(+m[3]) } : null;
};

/** TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html). TimelineJS renders
 *  headline and text as HTML, so both are escaped here. Entries without a calendar date are left out. */
export function timelineJS(doc, title = 'Storyline timeline') {
  const events = [];
  for (const t of doc.timeline || []) {
    const from = dateParts(t.from);
    if (!from) continue;
    const ev = { start_date: { ...from, display_date: humanValue(t.value) }, text: { headline: escapeHTML(humanValue(t.value) + (t.status === 'scheduled' ? ' (scheduled)' : '')), text: escapeHTML(t.text) }, group: t.status };
    if (t.granularity === 'month') delete ev.start_date.day;
    if (t.granularity === 'year' || t.granularity === 'decade' || t.granularity === 'century') {
      delete ev.start_date.day;
      delete ev.start_date.month;
    }
    const to = dateParts(t.to);
    if (to && t.to !== t.from && t.granularity !== 'month' && t.granularity !== 'year') ev.end_date = to;
    events.push(ev);
  }
  const ref = doc.reference && doc.reference.date ? ` Reference date ${doc.reference.date}.` : '';
  return JSON.stringify({ title: { text: { headline: escapeHTML(title), text: escapeHTML(`Made with Storyline.${ref}`) } }, events }, null, 2) + '\n';
}

/** A standalone HTML page: the article with highlights, the entity list and the timeline. No script. */
export function annotatedHTML(doc, text, title = 'Storyline annotation') {
  const spans = spansOf(doc, text);
  const tip = (s) => {
    if (s.layer === 'mention') {
      const m = doc.mentions[s.index];
      const e = doc.entities[m.entity];
      const roles = e && e.roles && e.roles.length ? ` — ${e.roles.map((r) => r.role).join(', ')}` : '';
      return `${e ? e.name : m.text} (${kindLabel(m.kind)})${roles}`;
    }
    if (s.layer === 'time') {
      const t = doc.times[s.index];
      return `${t.value ?? 'no value'}: ${humanValue(t.value)}, ${explainResolution(t, doc)}`;
    }
    const q = doc.quotes[s.index];
    const sp = q.speaker != null && doc.entities[q.speaker];
    return sp ? `quote by ${sp.name}` : 'quote';
  };
  // Nested rendering with the same rules as the page: crossing spans are split.
  const bounds = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let html = '';
  let active = [];
  let si = 0;
  const openTag = (s) => `<${s.layer === 'quote' ? 'span' : 'mark'} class="k-${escapeHTML(s.kind)}" title="${escapeHTML(tip(s))}">`;
  const closeTag = (s) => `</${s.layer === 'quote' ? 'span' : 'mark'}>`;
  for (let bi = 0; bi < bounds.length - 1; bi++) {
    const p = bounds[bi];
    const q = bounds[bi + 1];
    const k = active.findIndex((s) => s.end <= p);
    if (k !== -1) {
      for (let j = active.length - 1; j >= k; j--) html += closeTag(active[j]);
      const reopen = active.slice(k).filter((s) => s.end > p);
      active = active.slice(0, k).concat(reopen);
      for (const s of reopen) html += openTag(s);
    }
    while (si < spans.length && spans[si].start <= p) {
      const s = spans[si++];
      if (s.start === p && s.end > p) {
        active.push(s);
        html += openTag(s);
      }
    }
    html += escapeHTML(text.slice(p, q));
  }
  for (let j = active.length - 1; j >= 0; j--) html += closeTag(active[j]);

  const ents = [...(doc.entities || [])].sort((a, b) => b.salience - a.salience);
  const entRows = ents
    .map((e) => `<tr><td>${escapeHTML(e.name)}</td><td>${escapeHTML(kindLabel(e.kind))}</td><td>${(e.mentions || []).length}</td><td>${escapeHTML((e.roles || []).map((r) => r.role).join(', '))}</td><td>${escapeHTML((e.aliases || []).join(', '))}</td></tr>`)
    .join('\n');
  const tlRows = (doc.timeline || [])
    .map((t) => `<tr><td>${escapeHTML(t.value)}</td><td>${escapeHTML(humanValue(t.value))}</td><td>${escapeHTML(t.status)}</td><td>${escapeHTML(t.text)}</td></tr>`)
    .join('\n');
  const ref = doc.reference || {};
  const legend = LAYERS.map(([k, label]) => `<span class="k-${k}">${escapeHTML(label)}</span>`).join(' ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHTML(title)}</title>
<style>
body{font:16px/1.6 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark{color:inherit;border-bottom:2px solid;padding:0 1px}
.k-person{background:#fde4cf;border-color:#b4500f}.k-organization{background:#dbe8fd;border-color:#1d4ed8}
.k-place{background:#d9f5e1;border-color:#15803d}.k-group{background:#efe3fc;border-color:#7e22ce}
.k-event{background:#fde0e0;border-color:#b91c1c}.k-quantity{background:#d3f5ef;border-color:#0f766e}
.k-work,.k-product,.k-law,.k-other{background:#eceff3;border-color:#475569}
.k-time{background:#fdf0c2;border-color:#92400e;border-bottom-style:dashed}
.k-quote{font-style:italic;border-bottom:0}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
.legend span{padding:0 .3rem;border-bottom:2px solid}
</style>
</head>
<body>
<h1>${escapeHTML(title)}</h1>
<p>Reference date: ${escapeHTML(ref.date || 'none')} (${escapeHTML(ref.source || 'none')}). Hover a highlight for details.</p>
<p class="legend">${legend}</p>
<div class="text">${html}</div>
<h2>Entities</h2>
<table><thead><tr><th>Name</th><th>Kind</th><th>Mentions</th><th>Roles</th><th>Aliases</th></tr></thead><tbody>
${entRows}
</tbody></table>
<h2>Timeline</h2>
<table><thead><tr><th>Value</th><th>Date</th><th>Status</th><th>Event</th></tr></thead><tbody>
${tlRows}
</tbody></table>
<p><small>Made with Storyline ${escapeHTML(doc.version || '')}, entirely in the browser.</small></p>
</body>
</html>
`;
}
