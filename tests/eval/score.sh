#!/usr/bin/env bash
# Scores the CLI against the shared gold files (never copied into the project).
#   tests/eval/score.sh [seed|timex|ner|all] [--errors N]
# Builds the release CLI, feeds each gold file's {id, text, reference_date} to `storyline analyze --jsonl`
# and runs ../shared/eval/score.py. The shared folder sits beside the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${STORYLINE_SHARED:-$root/../shared}
what=${1:-all}; shift || true
extra=("$@")
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin storyline
bin=$root/target/release/storyline
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
run() { # gold task
  local gold=$1 task=$2 name; name=$(basename "$gold" .jsonl)
  python3 -c "import json,sys
for l in open(sys.argv[1]):
    d=json.loads(l); print(json.dumps({'id':d['id'],'text':d['text'],'reference_date':d.get('reference_date')}))" "$gold" \
    | "$bin" analyze --jsonl > "$tmp/$name.pred.jsonl"
  echo "== $name ($task)"
  python3 "$shared/eval/score.py" "$gold" "$tmp/$name.pred.jsonl" --task "$task" ${extra[@]+"${extra[@]}"}
}
case $what in
  seed)  run "$shared/eval/seed-article.gold.jsonl" mentions; run "$shared/eval/seed-article.gold.jsonl" times ;;
  timex) run "$shared/eval/dev/timex_tbaq.jsonl" times ;;
  ner)   run "$shared/eval/dev/ner_gum_news.jsonl" mentions ;;
  all)   run "$shared/eval/seed-article.gold.jsonl" mentions; run "$shared/eval/seed-article.gold.jsonl" times
         run "$shared/eval/dev/timex_tbaq.jsonl" times; run "$shared/eval/dev/ner_gum_news.jsonl" mentions ;;
  *) echo "usage: $0 [seed|timex|ner|all] [score.py options]" >&2; exit 2 ;;
esac
