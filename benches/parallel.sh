#!/usr/bin/env bash
# Batch throughput of the native CLI, and the CLI as a line filter under GNU parallel (issue 6).
#
#   benches/parallel.sh [MEGABYTES]      (default 4; make bench runs it)
#
# 1. `storyline analyze --jsonl --threads 1` vs `--jsonl` (all cores): throughput in MB/s, same output.
# 2. GNU parallel --pipe: the input is cut into blocks of whole lines, each block piped to its own
#    `storyline analyze --jsonl`, and -k keeps the blocks' output in input order. The output must be
#    byte-identical to the single-process run. The same command spreads a corpus over machines:
#
#      parallel --pipe -k --block 10M -S host1,host2,: storyline analyze --jsonl < corpus.jsonl > out.jsonl
#
#    (each host needs the storyline binary on its PATH; ':' is this machine). Spark users can do the
#    same with RDD.pipe('storyline analyze --jsonl'): the CLI reads JSONL lines and writes one line each.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/target/release/storyline
mb=${1:-4}
[ -x "$bin" ] || cargo build --quiet --release --manifest-path "$root/Cargo.toml" --bin storyline
command -v parallel >/dev/null || { echo "parallel.sh: GNU parallel missing (apt-get install parallel)"; exit 1; }
shared=${STORYLINE_SHARED:-$root/../shared}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# The corpus: the dev sets' texts (read here, never copied into the project) cycled to ~$mb MB of JSONL.
python3 - "$shared/eval/dev" "$root/tests/fixtures" "$mb" > "$tmp/in.jsonl" <<'PY'
import json, sys, glob, os
dev, fixtures, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
docs = []
for f in sorted(glob.glob(os.path.join(dev, '*.jsonl'))):
    for line in open(f, encoding='utf-8'):
        if line.strip():
            d = json.loads(line)
            docs.append((d['text'], d.get('reference_date')))
if not docs:
    for f in sorted(glob.glob(os.path.join(fixtures, '*.txt'))):
        docs.append((open(f, encoding='utf-8').read(), None))
total, i = 0, 0
while total < mb * 2**20:
    t, r = docs[i % len(docs)]
    line = json.dumps({'id': i, 'text': t, 'reference_date': r}, ensure_ascii=False)
    print(line)
    total += len(line.encode()) + 1
    i += 1
PY
bytes=$(stat -c %s "$tmp/in.jsonl"); lines=$(wc -l < "$tmp/in.jsonl")
text_bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$tmp/in.jsonl")
cores=$(nproc)
echo "corpus: $lines documents, $((text_bytes / 1024)) KB of text ($((bytes / 1024)) KB of JSONL), $cores cores"

run() { # label outfile command...
  local label=$1 out=$2; shift 2
  local s e
  s=$(date +%s.%N)
  "$@" < "$tmp/in.jsonl" > "$out"
  e=$(date +%s.%N)
  python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f'{sys.argv[3]:<46} {t:7.2f} s  {int(sys.argv[4])/t/2**20:6.2f} MB/s of text')" "$s" "$e" "$label" "$text_bytes"
}
run "analyze --jsonl --threads 1" "$tmp/one.jsonl" "$bin" analyze --jsonl --threads 1
run "analyze --jsonl (all $cores cores)" "$tmp/all.jsonl" "$bin" analyze --jsonl
run "parallel --pipe -k -j $cores (--threads 1 each)" "$tmp/par.jsonl" \
  parallel --pipe -k --block 512k -j "$cores" "$bin" analyze --jsonl --threads 1
ok=0
cmp -s "$tmp/one.jsonl" "$tmp/all.jsonl" && echo "same output: --threads 1 == all cores" || { echo "DIFFERENT output between --threads 1 and all cores"; ok=1; }
cmp -s "$tmp/one.jsonl" "$tmp/par.jsonl" && echo "same output: GNU parallel --pipe -k == one process (order kept)" || { echo "DIFFERENT output under GNU parallel"; ok=1; }
[ "$(wc -l < "$tmp/par.jsonl")" = "$lines" ] || { echo "line count differs"; ok=1; }
exit $ok
