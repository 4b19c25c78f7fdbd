#!/usr/bin/env bash
# Installs whatever is missing, idempotently: every step is guarded by a version check, so a warm
# run takes a second or two. Only package registries are used (crates.io, npm, Debian apt).
#
#   .ci/setup.sh build   rust wasm target, wasm-bindgen-cli (= Cargo.lock's version), npm binaryen (wasm-opt)
#   .ci/setup.sh test    build + wasm-pack, tests/ npm packages, Debian chromium + chromium-driver,
#                        the Rust toolchain named by Cargo.toml's rust-version (minimal, with the wasm target)
#   .ci/setup.sh fuzz    cargo-fuzz (the fuzz run uses the nightly toolchain when one is installed)
#   .ci/setup.sh bench   build + benches/ npm packages (the peers), GNU parallel
#
# Never installs Debian's binaryen: its wasm-opt (108) writes .wasm files that fail to load.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$HOME/.cargo/bin:$PATH"
what=${1:-test}

say() { printf '  setup: %s\n' "$*"; }

need_root_apt() { # packages...
  local sudo=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root (or sudo) to apt-get install $*" >&2; exit 1; }
    sudo="sudo -n"
  fi
  say "apt-get install $*"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

rust() {
  command -v cargo >/dev/null || { echo "setup: cargo not found: install Rust with rustup first" >&2; exit 1; }
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

msrv() {
  # The oldest Rust the crate claims (Cargo.toml's rust-version), for the test run's check on it.
  local want
  want=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' "$root/Cargo.toml")
  [ -n "$want" ] || { echo "setup: no rust-version in Cargo.toml" >&2; exit 1; }
  if ! rustup target list --toolchain "$want" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "rustup toolchain install $want --profile minimal --target wasm32-unknown-unknown (the crate's rust-version)"
    rustup toolchain install "$want" --profile minimal --target wasm32-unknown-unknown
  fi
}

wasm_bindgen() {
  # wasm-bindgen's CLI must match the library version in Cargo.lock exactly.
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/, ""); print; exit}' "$root/Cargo.lock")
  [ -n "$want" ] || { echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; }
  have=$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2 || true)
  if [ "$have" != "$want" ]; then
    say "cargo install wasm-bindgen-cli --version $want (had: ${have:-none}; takes ~6 min)"
    # Not --locked: one of its locked dependency versions is no longer on the registry.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

wasm_pack() {
  if ! command -v wasm-pack >/dev/null; then
    say "cargo install wasm-pack --locked (takes ~4 min)"
    cargo install wasm-pack --locked
  fi
}

npm_dir() { # dir: npm install when node_modules is missing or older than package.json / the lock
  local dir=$1 stamp=$1/node_modules/.package-lock.json
  command -v npm >/dev/null || need_root_apt nodejs npm
  if [ ! -f "$stamp" ] || [ "$dir/package.json" -nt "$stamp" ] \
     || { [ -f "$dir/package-lock.json" ] && [ "$dir/package-lock.json" -nt "$stamp" ]; }; then
    say "npm install in ${dir#$root/}"
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error)
  fi
}

chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    need_root_apt chromium chromium-driver
  fi
}

python() {
  command -v python3 >/dev/null || need_root_apt python3
}

cargo_fuzz() {
  if ! cargo fuzz --version >/dev/null 2>&1; then
    say "cargo install cargo-fuzz (takes ~2 min)"
    cargo install cargo-fuzz --locked || cargo install cargo-fuzz
  fi
}

parallel_() {
  command -v parallel >/dev/null || need_root_apt parallel
}

case $what in
  build) rust; wasm_bindgen; npm_dir "$root/tests"; python ;;
  test)  rust; msrv; wasm_bindgen; wasm_pack; npm_dir "$root/tests"; chromium; python ;;
  fuzz)  rust; cargo_fuzz ;;
  bench) rust; wasm_bindgen; npm_dir "$root/tests"; npm_dir "$root/benches"; parallel_ ;;
  *) echo "usage: $0 build|test|fuzz|bench" >&2; exit 2 ;;
esac
