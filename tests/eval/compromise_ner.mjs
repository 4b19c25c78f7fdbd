// Baseline: compromise (with compromise-dates) as a Storyline-schema predictor.
//   npm --prefix tests/eval install
//   node tests/eval/compromise_ner.mjs GOLD.jsonl > pred.jsonl && python3 ../shared/eval/score.py GOLD.jsonl pred.jsonl
// Mentions: people() → person, places() → place, organizations() → organization, #Demonym → group.
// Times: compromise-dates' dates() with its ISO start as the value (date-only granularity where it has one).
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import dates from 'compromise-dates';
nlp.plugin(dates);

const path = process.argv[2];
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line);
  const doc = nlp(d.text);
  const mentions = [];
  const add = (view, kind) => {
    for (const m of view.json({ offset: true })) {
      const o = m.offset;
      if (!o) continue;
      // compromise's offsets include trailing punctuation in some cases; trim it to the text.
      const text = m.text.replace(/[\s.,;:!?'"”’)]+$/u, '').replace(/^[\s"“‘(]+/u, '');
      const lead = m.text.indexOf(text);
      mentions.push({ start: o.start + Math.max(lead, 0), end: o.start + Math.max(lead, 0) + text.length, text, kind, entity: mentions.length });
    }
  };
  add(doc.people(), 'person');
  add(doc.places(), 'place');
  add(doc.organizations(), 'organization');
  add(doc.match('#Demonym'), 'group');
  const times = [];
  const opts = d.reference_date ? { today: d.reference_date } : {};
  let found = [];
  try {
    found = doc.dates(opts).json({ offset: true });
  } catch (e) {
    console.error(`compromise-dates failed on ${d.id}: ${String(e).slice(0, 120)}`);
  }
  for (const t of found) {
    const o = t.offset;
    if (!o) continue;
    const start = t.dates?.start ?? t.date?.start;
    times.push({ start: o.start, end: o.start + o.length, text: t.text, type: 'date', value: start ? String(start).slice(0, 10) : null });
  }
  console.log(JSON.stringify({ id: d.id, reference_date: d.reference_date ?? null, mentions, entities: [], times, timeline: [] }));
}
