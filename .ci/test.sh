#!/usr/bin/env bash
# Every test Storyline has, in order; stops at the first failing section (exit non-zero) and ends
# with each runner's summary lines. `make test` and `.ci/run` call this.
#
#   FUZZ_SECONDS=60   length of the bounded fuzz run (0 skips it)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$root/tests/node_modules/.bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export CARGO_TERM_COLOR=never NO_COLOR=1
fuzz_seconds=${FUZZ_SECONDS:-60}
logs=$root/target/ci-logs
mkdir -p "$logs"
rm -f "$logs"/*.log
t0=$(date +%s)
summary=()

section() { # name command...: runs a section, logs it, remembers its summary lines
  local name=$1; shift
  local log="$logs/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-').log" s=$(date +%s) rc
  printf '\n======== %s ========\n' "$name"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local took=$(( $(date +%s) - s ))
  # The runners' closing lines: cargo/wasm-bindgen-test "test result:", node --test "# pass/# fail", fuzz.
  local lines
  lines=$(grep -E '^(test result:|# (tests|pass|fail|skipped) |fuzz:|equal:)' "$log" | sed 's/^/    /')
  summary+=("$(printf '%-34s %s (%ss)' "$name" "$([ $rc = 0 ] && echo ok || echo "FAILED (exit $rc)")" "$took")")
  [ -n "$lines" ] && summary+=("$lines")
  if [ $rc != 0 ]; then
    finish 1 "$name"
  fi
}

finish() { # code [failed section]
  printf '\n======== summary (%ss) ========\n' "$(( $(date +%s) - t0 ))"
  printf '%s\n' "${summary[@]}"
  # One plain total line over all runners: Rust (native + wasm) "test result:" and node's "# pass/# fail".
  local pf
  pf=$(cat "$logs"/*.log 2>/dev/null | awk '
    /^test result:/ { for (i = 2; i <= NF; i++) { if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1) } }
    /^# pass / { p += $3 } /^# fail / { f += $3 }
    END { printf "%d passed, %d failed", p, f }')
  if [ "$1" != 0 ]; then
    echo "FAILED in section: $2"
  fi
  echo "total: $pf"
  exit "$1"
}

section "setup" bash .ci/setup.sh test
section "cargo test (unit, integration, doc)" cargo test
# The library, the CLI and the WebAssembly build compile on the oldest Rust Cargo.toml claims (its
# rust-version; the benches' and tests' dev dependencies may need a newer one). Own target dir.
msrv=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' Cargo.toml)
msrv_check() {
  CARGO_TARGET_DIR="$root/target/msrv" cargo "+$msrv" check --locked --lib --bins \
    && CARGO_TARGET_DIR="$root/target/msrv" cargo "+$msrv" check --locked --lib --target wasm32-unknown-unknown
}
section "lib, CLI and wasm on Rust $msrv (rust-version)" msrv_check
section "rustdoc (broken or private links fail)" env RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --lib
section "benches build and run once (test mode)" cargo test --benches
section "pathological 1 MB inputs (release)" cargo test --release --test odd_inputs -- --ignored
section "wasm-pack test --node" wasm-pack test --node
section "wasm-pack test --headless --chrome" wasm-pack test --headless --chrome
section "build www/pkg (release wasm)" bash .ci/build-wasm.sh
section "release CLI" cargo build --quiet --release --bin storyline
section "CLI == WASM (node, chromium)" node tests/node/equal.mjs
if compgen -G "tests/e2e/*.mjs" >/dev/null || compgen -G "tests/e2e/*.js" >/dev/null \
   || compgen -G "tests/e2e/*.test.*" >/dev/null; then
  section "browser end-to-end (node --test tests/e2e/)" node --test tests/e2e/
else
  printf '\n======== browser end-to-end ========\nskipped: tests/e2e/ has no test files yet\n'
  summary+=("browser end-to-end                 skipped (tests/e2e/ is empty)")
fi
if [ "$fuzz_seconds" != 0 ]; then
  section "fuzz analyze (${fuzz_seconds}s)" bash tests/fuzz/run.sh "$fuzz_seconds"
fi
finish 0
