# Storyline: the two commands for a fresh machine are `make serve` and `make test`.
# Every target installs what it needs first (.ci/setup.sh; quick when already installed).
#
#   make serve   install what is missing, build the release wasm into www/pkg, serve www/ on http://127.0.0.1:8080
#   make test    install what is missing, run every test (what CI runs: .ci/run)
#   make pkg     just build www/pkg
#   make bench   speed and size against the peers (benches/), native per-stage time and memory; fails over the size budget
#   make fuzz    fuzz analyze for FUZZ_SECONDS (default 600)
SHELL := /bin/bash
PORT ?= 8080
FUZZ_SECONDS ?= 600
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/tests/node_modules/.bin:$(PATH)

.PHONY: serve test pkg setup bench bench-native fuzz

serve: pkg
	@echo "Storyline: http://127.0.0.1:$(PORT)/  (Ctrl-C stops)"
	cd www && python3 -m http.server $(PORT) --bind 127.0.0.1

pkg:
	bash .ci/setup.sh build
	bash .ci/build-wasm.sh

test:
	bash .ci/test.sh

setup:
	bash .ci/setup.sh test

bench:
	bash .ci/setup.sh bench
	bash .ci/build-wasm.sh
	cargo build --quiet --release --bin storyline
	node benches/bench.mjs $(BENCH_ARGS)
	bash benches/parallel.sh
	cargo bench --bench stages
	cargo bench --bench memory

bench-native:
	cargo bench --bench stages
	cargo bench --bench memory

fuzz:
	bash .ci/setup.sh fuzz
	bash tests/fuzz/run.sh $(FUZZ_SECONDS)
