// CLI == WASM: the release CLI (target/release/storyline) and the release WASM (www/pkg, as the
// page loads it) must emit the same JSON document for the same input — in Node (initSync) and in
// headless Chromium (the page's own loader). Inputs: the fixture articles, the odd-input corpus
// (tests/odd), generated long/pathological texts, each with and without a reference date, CRLF
// variants, and (WASM only) a lone surrogate, which JS strings can hold and the CLI cannot.
//   node tests/node/equal.mjs        (after .ci/build-wasm.sh and cargo build --release)
import { readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = join(root, 'www', 'pkg');
const cli = join(root, 'target', 'release', 'storyline');
for (const f of [join(pkg, 'storyline.js'), join(pkg, 'storyline_bg.wasm'), cli]) {
  if (!existsSync(f)) { console.error(`equal: ${f} is missing (build www/pkg and the release CLI first)`); process.exit(1); }
}

// ---- inputs
const inputs = [];
const add = (name, text, ref = null) => inputs.push({ name, text, ref });
for (const dir of ['fixtures', 'odd']) {
  for (const f of readdirSync(join(root, 'tests', dir)).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(root, 'tests', dir, f), 'utf8');
    add(`${dir}/${f}`, text);
    add(`${dir}/${f} @2025-03-13`, text, '2025-03-13');
    if (text.includes('\n') && !text.includes('\r')) add(`${dir}/${f} CRLF @2025-03-13`, text.replace(/\n/g, '\r\n'), '2025-03-13');
  }
}
// The same generated list as tests/common/mod.rs `generated(10_000)`.
const fill = (unit, size) => unit.repeat(Math.floor(size / Buffer.byteLength(unit)) + 1);
for (const [name, unit] of [
  ['long_sentence', 'Vladimir Putin said on Thursday that talks with Donald Trump in Moscow would go on, and '],
  ['one_capitalized_word', 'Washington '], ['capitalized_no_space', 'Washington'], ['digits', '0123456789'],
  ['digits_spaced', '2025 13 03 '], ['quotes', '"'], ['curly_quotes', '“”'], ['dates', 'March 13, 2025, '],
  ['weekdays', 'on Thursday '], ['all_caps_words', 'THE KREMLIN SAID '], ['emoji', '😀'], ['crlf', '\r\n'],
  ['periods', '. '], ['hyphens', '-'],
]) add(`generated/${name}`, fill(unit, 10_000), '2025-03-13');
// A dateline without a year, its year taken from the text (reference.year_evidence).
add('yearless dateline, year from the text', 'MILAN, Feb. 3 (Reuters) - A train derailed on Saturday on a line that reopened in January 2018.');

// ---- the CLI: every input through --jsonl (order and id kept), and each through the one-document mode
const tmp = mkdtempSync(join(tmpdir(), 'storyline-equal-'));
const jsonl = inputs.map((x, i) => JSON.stringify({ id: i, text: x.text, reference_date: x.ref })).join('\n') + '\n';
const lines = execFileSync(cli, ['analyze', '--jsonl'], { input: jsonl, maxBuffer: 1 << 30 }).toString().trim().split('\n');
const norm = (doc) => { const { id, ...rest } = doc; return JSON.stringify(rest); };
const expected = [];
let failures = 0;
const fail = (msg) => { failures++; if (failures <= 10) console.error('equal: ' + msg); };
if (lines.length !== inputs.length) fail(`--jsonl gave ${lines.length} lines for ${inputs.length} inputs`);
inputs.forEach((x, i) => {
  const doc = JSON.parse(lines[i]);
  if (doc.id !== i) fail(`--jsonl line ${i} echoes id ${doc.id}`);
  if (doc.error) fail(`${x.name}: CLI error ${doc.error}`);
  const file = join(tmp, `in${i}.txt`);
  writeFileSync(file, x.text);
  const one = execFileSync(cli, ['analyze', ...(x.ref ? ['--reference-date', x.ref] : []), file], { maxBuffer: 1 << 30 }).toString();
  if (norm(JSON.parse(one)) !== norm(doc)) fail(`${x.name}: 'analyze FILE' differs from 'analyze --jsonl'`);
  expected.push(norm(doc));
});
rmSync(tmp, { recursive: true, force: true });

const compare = (where, got) => {
  let same = 0;
  inputs.forEach((x, i) => {
    if (got[i] === expected[i]) { same++; return; }
    const a = expected[i], b = String(got[i]);
    let k = 0; while (k < a.length && a[k] === b[k]) k++;
    fail(`${where}: ${x.name}: WASM differs from CLI at char ${k}:\n  cli:  ${a.slice(Math.max(0, k - 80), k + 80)}\n  wasm: ${b.slice(Math.max(0, k - 80), k + 80)}`);
  });
  return same;
};

// ---- Node
const m = await import(pathToFileURL(join(pkg, 'storyline.js')).href);
m.initSync({ module: readFileSync(join(pkg, 'storyline_bg.wasm')) });
const run = (x) => { try { return JSON.stringify(m.analyze(x.text, x.ref ? { referenceDate: x.ref } : undefined)); } catch (e) { return 'threw: ' + e.message; } };
const nodeSame = compare('node', inputs.map(run));
// A lone surrogate (possible in a JS string, not in UTF-8) reads as U+FFFD with the same offsets.
const lone = '\uD800 Vladimir Putin said on Thursday \uDC00 in Moscow.';
const loneDoc = JSON.stringify(m.analyze(lone, { referenceDate: '2025-03-13' }));
const fffd = JSON.stringify(m.analyze(lone.replace(/[\uD800-\uDFFF]/g, '\uFFFD'), { referenceDate: '2025-03-13' }));
if (loneDoc !== fffd) fail('a lone surrogate is not read as U+FFFD');

// ---- Chromium, loading www/pkg as the page does (fetch + instantiateStreaming)
let chromeSame = 0, chromeNote = '';
const require = createRequire(join(root, 'tests', 'package.json'));
let chromium = null;
try { ({ chromium } = require('playwright-core')); } catch { /* below */ }
if (!chromium || !existsSync('/usr/bin/chromium')) {
  chromeNote = 'chromium part skipped (playwright-core or /usr/bin/chromium missing)';
  if (process.env.CI) fail(chromeNote);
} else {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/') { res.writeHead(200, { 'content-type': 'text/html' }); return res.end('<!doctype html><title>equal</title>'); }
    const f = path.startsWith('/pkg/') && !path.includes('..') ? join(pkg, path.slice(5)) : null;
    if (!f || !existsSync(f)) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'content-type': f.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' });
    res.end(readFileSync(f));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const got = await page.evaluate(async (inputs) => {
      const m = await import('/pkg/storyline.js');
      await m.default();
      return inputs.map((x) => { try { return JSON.stringify(m.analyze(x.text, x.ref ? { referenceDate: x.ref } : undefined)); } catch (e) { return 'threw: ' + e.message; } });
    }, inputs);
    chromeSame = compare('chromium', got);
  } finally {
    await browser.close();
    server.close();
  }
}

console.log(`equal: ${inputs.length} inputs; CLI --jsonl == CLI FILE; WASM == CLI in node ${nodeSame}/${inputs.length}, in chromium ${chromeSame}/${inputs.length}${chromeNote ? ' (' + chromeNote + ')' : ''}; ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
