// Words for what Storyline found: kind names, human-readable dates, how a date was resolved.
// Pure functions over the result document; no DOM.

/** Display order and labels of the kinds (mention kinds, then times and quotes). */
export const KINDS = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['place', 'Places'],
  ['group', 'Nationalities & groups'],
  ['event', 'Events'],
  ['work', 'Works'],
  ['product', 'Products'],
  ['law', 'Laws'],
  ['quantity', 'Quantities'],
  ['other', 'Other'],
];
export const LAYERS = [...KINDS, ['time', 'Dates & times'], ['quote', 'Quotes']];
const KIND_SINGULAR = {
  person: 'person', organization: 'organization', place: 'place', group: 'nationality or group',
  event: 'event', work: 'work', product: 'product', law: 'law', quantity: 'quantity', other: 'other',
  time: 'date or time', quote: 'quote',
};
/** "nationality or group" for "group". */
export const kindLabel = (k) => KIND_SINGULAR[k] || String(k);
/** "Nationalities & groups" for "group". */
export const kindPlural = (k) => (LAYERS.find(([x]) => x === k) || [k, String(k)])[1];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PARTS = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const ordinal = (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] || 'th'}`;
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };

/** Day of week of a proleptic Gregorian date (0 = Sunday), for any year. */
function weekday(y, m, d) {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  if (m < 3) y -= 1;
  return ((y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[m - 1] + d) % 7 + 7) % 7;
}

/** Turns a TIMEX3 value into words: "2025-03-13" → "Thursday 13 March 2025", "P30D" → "30 days". */
export function humanValue(value) {
  if (value == null) return 'no value';
  const v = String(value);
  let m;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?$/.exec(v))) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (mo < 1 || mo > 12) return v;
    const s = `${WEEKDAYS[weekday(y, mo, d)]} ${d} ${MONTHS[mo - 1]} ${y}`;
    return m[4] ? `${s}, ${m[4]}:${m[5]}` : s;
  }
  if ((m = /^(\d{4})-(\d\d)$/.exec(v)) && +m[2] >= 1 && +m[2] <= 12) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d\d)$/.exec(v))) return `week ${+m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(v))) return m[1];
  if ((m = /^(\d{3})X?$/.exec(v))) return `the ${m[1]}0s`;
  if ((m = /^(\d\d)X{0,2}$/.exec(v))) return `the ${ordinal(+m[1] + 1)} century`;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)T(MO|AF|EV|NI|DT)$/.exec(v))) return `${humanValue(`${m[1]}-${m[2]}-${m[3]}`)}, ${PARTS[m[4]]}`;
  if (/^X{4}(-XX){0,2}$/.test(v)) return v.length === 4 ? 'a year (not resolved)' : v.length === 7 ? 'a month (not resolved)' : 'a day (not resolved)';
  if (v === 'XXXX-WXX') return 'a week (not resolved)';
  if (v === 'PRESENT_REF') return 'now (the time of writing)';
  if (v === 'PAST_REF') return 'the past';
  if (v === 'FUTURE_REF') return 'the future';
  if ((m = /^XXXX-WXX-([1-7])$/.exec(v))) return `a ${WEEKDAYS[+m[1] % 7]} (no reference date to place it)`;
  if ((m = /^XXXX-(\d\d)-(\d\d)$/.exec(v)) && +m[1] >= 1 && +m[1] <= 12) return `${+m[2]} ${MONTHS[+m[1] - 1]} (year unknown)`;
  if ((m = /^XXXX-(\d\d)$/.exec(v)) && +m[1] >= 1 && +m[1] <= 12) return `${MONTHS[+m[1] - 1]} (year unknown)`;
  if ((m = /^P(T?)(\d+|X)(Y|M|W|D|H|S)$/.exec(v))) {
    const units = m[1] ? { H: 'hour', M: 'minute', S: 'second' } : { Y: 'year', M: 'month', W: 'week', D: 'day' };
    const u = units[m[3]] || m[3];
    return m[2] === 'X' ? `some ${u}s` : `${m[2]} ${u}${m[2] === '1' ? '' : 's'}`;
  }
  return v;
}

const MODS = { START: 'the start of', MID: 'the middle of', END: 'the end of', APPROX: 'about', BEFORE: 'before', AFTER: 'after', ON_OR_BEFORE: 'on or before', ON_OR_AFTER: 'on or after', LESS_THAN: 'less than', MORE_THAN: 'more than', EQUAL_OR_LESS: 'at most', EQUAL_OR_MORE: 'at least' };
/** "about" for mod APPROX. */
export const modLabel = (mod) => (mod ? MODS[mod] || mod.toLowerCase() : '');

/** Explains how a time's value was resolved, in a sentence, using the document for anchors. */
export function explainResolution(time, doc) {
  const r = time && time.resolution;
  if (!r) return 'resolution not reported';
  const method = String(r.method || '');
  const ref = doc && doc.reference;
  const refWords = ref && ref.date
    ? `the reference date ${ref.date}${ref.source === 'dateline' ? ' (from the dateline)' : ref.source === 'option' ? ' (set by you)' : ''}`
    : 'the reference date';
  let how;
  if (method === 'unresolved' || time.value == null || /^XXXX/.test(time.value || '')) how = 'not resolved: no reference date to count from';
  else if (r.anchor === 'none') how = method === 'absolute' ? 'stated in full in the text' : `read directly from the text (${method})`;
  else if (r.anchor === 'reference') how = `counted from ${refWords} (${method})`;
  else if (r.anchor === 'time') {
    const a = doc && doc.times && Number.isInteger(r.anchor_time) ? doc.times[r.anchor_time] : null;
    how = a ? `counted from “${a.text}” = ${a.value ?? '?'} (${method})` : `counted from another date in the text (${method})`;
  } else how = method || 'unknown method';
  return how;
}

/** The granularity word for a timeline entry or a value. */
export function granularityOf(value) {
  const v = String(value || '');
  if (/T(\d|MO|AF|EV|NI|DT)/.test(v)) return 'time';
  if (/^\d{4}-\d\d-\d\d$/.test(v)) return 'day';
  if (/W\d\d$/.test(v)) return 'week';
  if (/^\d{4}-\d\d$/.test(v)) return 'month';
  if (/Q\d$/.test(v)) return 'quarter';
  if (/(SP|SU|FA|AU|WI)$/.test(v)) return 'season';
  if (/^\d{4}$/.test(v)) return 'year';
  if (/^\d{3}X?$/.test(v)) return 'decade';
  if (/^\d\dX{0,2}$/.test(v)) return 'century';
  if (/REF$/.test(v)) return 'present';
  return '';
}

/** Number formatting with thousands separators. */
export const fmtInt = (n) => Number(n || 0).toLocaleString('en-US');
