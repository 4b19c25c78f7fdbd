#!/usr/bin/env bash
# Fuzzes storyline::analyze for SECONDS (default 60): libFuzzer through cargo-fuzz on the nightly
# toolchain when it is installed, else (or with FUZZ_ENGINE=loop) the libFuzzer-free random loop on
# stable. Seeds: tests/odd and tests/fixtures; the growing corpus is tests/fuzz/corpus (ignored by git);
# a crash is saved under tests/fuzz/artifacts and fails the run.
#   tests/fuzz/run.sh [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
secs=${1:-60}
engine=${FUZZ_ENGINE:-auto}
if [ "$engine" = auto ]; then
  if rustup toolchain list 2>/dev/null | grep -q '^nightly' && cargo fuzz --version >/dev/null 2>&1; then
    engine=libfuzzer
  else
    engine=loop
    echo "fuzz: no nightly toolchain or cargo-fuzz here: using the libFuzzer-free random loop (no coverage guidance)"
  fi
fi
if [ "$engine" = libfuzzer ]; then
  mkdir -p tests/fuzz/corpus/analyze
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  echo "fuzz: cargo +nightly fuzz run analyze for ${secs}s (libFuzzer, AddressSanitizer)"
  set +e
  cargo +nightly fuzz run --fuzz-dir tests/fuzz --features libfuzzer analyze \
    tests/fuzz/corpus/analyze tests/odd tests/fixtures -- \
    -max_total_time="$secs" -max_len=65536 -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 2>&1 | tee "$log" \
    | grep -vE '^#[0-9]+\s+(NEW|REDUCE|pulse)' | grep -vE '^\s*(Compiling|Fresh) |# Uses: |^###### ' | tail -n 40
  rc=${PIPESTATUS[0]}
  set -e
  runs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
  if [ "$rc" != 0 ]; then
    echo "fuzz: libFuzzer FAILED (exit $rc); see tests/fuzz/artifacts/analyze/"
    exit 1
  fi
  echo "fuzz: libFuzzer ${runs:-finished}: 0 crashes, corpus $(ls tests/fuzz/corpus/analyze | wc -l) inputs"
else
  cargo build --quiet --release --manifest-path tests/fuzz/Cargo.toml --bin loop
  tests/fuzz/target/release/loop "$secs" tests/odd tests/fixtures
fi
