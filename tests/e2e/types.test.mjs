// The TypeScript declarations of the wasm package (www/pkg/storyline.d.ts, from the
// typescript_custom_section in src/wasm.rs) stay in sync with the JSON analyze() really returns:
// every key of real results is declared with a matching type, every required key is present, the
// public API has no `any`, and the declarations compile under `tsc --strict`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { WWW, ROOT, requirePkg, TEST_TIMEOUT } from './harness.mjs';

requirePkg();
const DTS = readFileSync(join(WWW, 'pkg', 'storyline.d.ts'), 'utf8');

/** Parses `export interface X { key?: type; }` and `export type X = …;` from the declarations. */
function parseDecls(src) {
  const noComments = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const interfaces = new Map();
  for (const m of noComments.matchAll(/export interface (\w+)\s*\{([\s\S]*?)\n\}/g)) {
    const fields = new Map();
    for (const f of m[2].matchAll(/^\s*(readonly\s+)?(\w+)(\??):\s*([^;]+);/gm)) fields.set(f[2], { optional: f[3] === '?', type: f[4].trim() });
    interfaces.set(m[1], fields);
  }
  const aliases = new Map();
  for (const m of noComments.matchAll(/export type (\w+)\s*=\s*([^;]+);/g)) aliases.set(m[1], m[2].trim());
  return { interfaces, aliases };
}
const { interfaces, aliases } = parseDecls(DTS);

/** Checks `value` against a type expression; returns a list of problems with their paths. */
function check(value, type, path, out) {
  const alts = type.split('|').map((s) => s.trim());
  if (alts.length > 1) {
    const fails = alts.map((a) => {
      const o = [];
      check(value, a, path, o);
      return o;
    });
    if (!fails.some((f) => f.length === 0)) out.push(`${path}: ${JSON.stringify(value)?.slice(0, 60)} is not ${type}`);
    return;
  }
  const t = alts[0];
  if (t.endsWith('[]')) {
    if (!Array.isArray(value)) return out.push(`${path}: not an array`);
    value.forEach((v, i) => check(v, t.slice(0, -2), `${path}[${i}]`, out));
    return;
  }
  if (/^".*"$/.test(t)) return value === JSON.parse(t) ? undefined : out.push(`${path}: ${JSON.stringify(value)} is not ${t}`);
  if (t === 'string' || t === 'number' || t === 'boolean') return typeof value === t ? undefined : out.push(`${path}: ${typeof value} is not ${t}`);
  if (t === 'null') return value === null ? undefined : out.push(`${path}: not null`);
  if (aliases.has(t)) return check(value, aliases.get(t), path, out);
  if (interfaces.has(t)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return out.push(`${path}: not an object (${t})`);
    const fields = interfaces.get(t);
    for (const k of Object.keys(value)) if (!fields.has(k)) out.push(`${path}.${k}: key not declared in ${t}`);
    for (const [k, f] of fields) {
      if (!(k in value)) {
        if (!f.optional) out.push(`${path}.${k}: declared in ${t} but missing`);
        continue;
      }
      check(value[k], f.type, `${path}.${k}`, out);
    }
    return;
  }
  out.push(`${path}: unknown type ${t}`);
}

async function analyzeAll() {
  const m = await import(join(WWW, 'pkg', 'storyline.js'));
  m.initSync({ module: readFileSync(join(WWW, 'pkg', 'storyline_bg.wasm')) });
  const { SAMPLE_TEXT } = await import(join(WWW, 'sample.js'));
  const inputs = [
    [SAMPLE_TEXT, null],
    [SAMPLE_TEXT, { referenceDate: '2025-03-13' }],
    ['', null],
    ['MOSCOW, June 3 (Reuters) - The Kremlin said talks would resume on Tuesday.', null], // a yearless dateline: reference.partial
    ['MILAN, Feb. 3 (Reuters) - A train derailed on Saturday on a line that reopened in January 2018.', null], // reference.year_evidence
    ['Ukrainian and Russian officials met on Monday. "We will see," President Anna Berg said. The 30-day truce has held since 2022.', { referenceDate: '2024-05-02' }],
  ];
  const fixture = join(ROOT, 'tests', 'fixtures', 'seed-article.txt');
  if (existsSync(fixture)) inputs.push([readFileSync(fixture, 'utf8'), { referenceDate: '2025-03-13' }], [readFileSync(fixture, 'utf8'), null]);
  return inputs.map(([t, o]) => m.analyze(t, o));
}

test('every key of real results is declared, with a matching type, and vice versa', { timeout: TEST_TIMEOUT }, async (t) => {
  const results = await analyzeAll();
  assert.ok(interfaces.has('Analysis'), 'Analysis is declared');
  const problems = [];
  results.forEach((r, i) => check(r, 'Analysis', `result${i}`, problems));
  assert.deepEqual(problems.slice(0, 20), []);
  // every declared interface is exercised by some real value (so the check above saw its keys)
  const seen = new Set();
  const walk = (v, t) => {
    for (const a of t.split('|').map((s) => s.trim())) {
      if (a.endsWith('[]') && Array.isArray(v)) v.forEach((x) => walk(x, a.slice(0, -2)));
      else if (aliases.has(a)) walk(v, aliases.get(a));
      else if (interfaces.has(a) && v && typeof v === 'object' && !Array.isArray(v)) {
        seen.add(a);
        for (const [k, f] of interfaces.get(a)) if (k in v) walk(v[k], f.type);
      }
    }
  };
  results.forEach((r) => walk(r, 'Analysis'));
  const unexercised = ['Mention', 'Entity', 'Role', 'Timex', 'Resolution', 'Quote', 'Cue', 'TimelineEntry', 'Reference', 'Span'].filter((n) => !seen.has(n));
  // Types the core does not produce yet are reported, not silently passed.
  if (unexercised.length) t.diagnostic(`not yet exercised by real results: ${unexercised.join(', ')}`);
  assert.ok(seen.has('Mention') && seen.has('Entity') && seen.has('Timex') && seen.has('Reference'), `exercised: ${[...seen].join(', ')}`);
});

test('the public API is typed without any', { timeout: TEST_TIMEOUT }, () => {
  assert.match(DTS, /export function analyze\(text: string, options: AnalyzeOptions \| null \| undefined\): Analysis;/);
  const publicPart = DTS.replace(/export interface InitOutput \{[\s\S]*?\n\}/, '');
  assert.ok(!/\bany\b/.test(publicPart.replace(/\/\*[\s\S]*?\*\//g, '')), 'no `any` outside the wasm-bindgen internals');
});

test('the declarations compile with tsc --strict and type a real use', { timeout: TEST_TIMEOUT }, () => {
  const require = createRequire(import.meta.url);
  const tsc = require.resolve('typescript/bin/tsc');
  const dir = mkdtempSync(join(tmpdir(), 'storyline-ts-'));
  writeFileSync(join(dir, 'storyline.d.ts'), DTS);
  writeFileSync(
    join(dir, 'use.ts'),
    `import init, { analyze, type Analysis, type Entity } from './storyline';
await init();
const r: Analysis = analyze('text', { referenceDate: '2025-03-13' });
const people: Entity[] = r.entities.filter((e) => e.kind === 'person');
const firstDate: string | null = r.timeline.length ? r.timeline[0].from : null;
const n: number = r.mentions[0]?.start ?? 0;
// @ts-expect-error: a kind outside the declared union is rejected
const bad: Entity['kind'] = 'planet';
export { people, firstDate, n, bad };
`,
  );
  try {
    execFileSync(process.execPath, [tsc, '--strict', '--noEmit', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', join(dir, 'use.ts')], { encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});
