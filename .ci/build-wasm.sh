#!/usr/bin/env bash
# Builds the release WebAssembly into www/pkg: cargo (wasm32, release) -> wasm-bindgen --target web ->
# wasm-opt -Oz from npm's binaryen (tests/node_modules; never Debian's wasm-opt, whose output fails to load).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$HOME/.cargo/bin:$PATH"
cd "$root"
out=www/pkg
cargo build --quiet --target wasm32-unknown-unknown --profile wasm-release --lib
mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" target/wasm32-unknown-unknown/wasm-release/storyline.wasm
opt=tests/node_modules/.bin/wasm-opt
[ -x "$opt" ] || { echo "build-wasm: $opt missing: run .ci/setup.sh build" >&2; exit 1; }
raw=$(stat -c %s "$out/storyline_bg.wasm")
# The features rustc enables by default for wasm32 (and that every current browser has).
# -Os rather than -Oz: its output is larger raw but 2.4 KB smaller gzipped, and ~3% faster; the
# producers and target-features sections are of no use to a browser.
"$opt" -Os --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-multivalue --enable-reference-types \
  "$out/storyline_bg.wasm" -o "$out/storyline_bg.wasm.opt"
mv "$out/storyline_bg.wasm.opt" "$out/storyline_bg.wasm"
# An ES module package: www/pkg can be copied or published as it is (wasm-bindgen writes no package.json).
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
cat > "$out/package.json" <<JSON
{
  "name": "storyline",
  "version": "$version",
  "description": "Find who, what and when in a news article, in the browser: entities, TIMEX3 dates, quotes and a timeline (WebAssembly).",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "storyline.js",
  "module": "storyline.js",
  "types": "storyline.d.ts",
  "files": ["storyline.js", "storyline.d.ts", "storyline_bg.wasm", "storyline_bg.wasm.d.ts"],
  "sideEffects": false
}
JSON
size=$(stat -c %s "$out/storyline_bg.wasm"); gz=$(gzip -9c "$out/storyline_bg.wasm" | wc -c)
echo "  www/pkg/storyline_bg.wasm: $raw bytes before wasm-opt, $size after, $gz gzip -9"
# Smoke test: the optimized module instantiates and analyzes in Node.
node --input-type=module -e "
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const m = await import(pathToFileURL('$out/storyline.js').href);
m.initSync({ module: readFileSync('$out/storyline_bg.wasm') });
const r = m.analyze('Paris, March 13 - It rained on Thursday.', { referenceDate: '2025-03-13' });
if (r.reference_date !== '2025-03-13') { console.error('build-wasm: smoke test failed', r); process.exit(1); }
console.log('  www/pkg loads in Node: ok (storyline ' + m.version() + ')');
"
