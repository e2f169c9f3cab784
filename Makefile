# Interleave build, test and serve. `make serve` runs the playground; `make test` passes the tests.
GO ?= go
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec

.PHONY: all std build serve dist test test-go test-wasm test-wasm-outcomes test-wasm-rest test-e2e lint bench bench-go bench-page pgo clean

all: build

# The standard library the runner embeds, gathered from this toolchain's
# GOROOT and merged with runner/std/_overlay (see runner/std/gen).
std:
	$(GO) run ./runner/std/gen

build: std
	$(GO) build -o bin/interleave ./cmd/interleave

dist: build
	bash web/build.sh

serve: dist
	./bin/interleave serve --addr 127.0.0.1:8080 --dir dist

test: test-go test-wasm test-e2e

# The engine's suites explore hundreds of programs; go test's default
# 10-minute limit is too tight for wasm (one thread, several times slower).
TEST_TIMEOUT ?= 40m

test-go: std
	$(GO) test -timeout $(TEST_TIMEOUT) ./...

# wasm32 has 4 GB of memory, and the heap may grow to twice the live data
# before a collection: GOMEMLIMIT makes the collector run earlier near 3 GiB
# (the tear_ and sb_ outcome programs alone peak at 2.3 GB without it, 1.3 GB
# with a 1 GiB limit).
#
# wasm runs one thread per process, so the runner package's tests run as two
# processes side by side: the outcome programs from k to z, and the rest
# (the outcome programs from a to j with every other test). On two cores
# that nearly halves the suite's wall time: 1,683 s in one process; split
# as outcomes / rest, 902 s and 512 s; these letters even the two out.
WASM_TEST = GOMEMLIMIT=3GiB GOOS=js GOARCH=wasm $(GO) test -timeout $(TEST_TIMEOUT) -exec "$(WASM_EXEC)"

test-wasm: std
	$(MAKE) --no-print-directory -j2 test-wasm-outcomes test-wasm-rest

test-wasm-outcomes:
	$(WASM_TEST) -run '^TestOutcomes$$/^[k-z]' ./runner

test-wasm-rest:
	$(WASM_TEST) -skip '^TestOutcomes$$/^[k-z]' ./runner/...

# Each browser test file runs once, in its own Chromium: a failure fails the
# build (a flaky test is a bug to find and fix, never to run again).
test-e2e: dist
	cd web && npm ci --no-audit --no-fund && \
	for f in e2e/*.test.mjs; do \
		node --test $$f || exit 1; \
	done

lint: std
	test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); exit 1)
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.7.0 ./...

# One run, one table: native Go, yaegi and Interleave on the same workloads,
# then exploration speed on the examples (bench/ is its own module, so the
# product's go.mod never sees yaegi). bench-go runs the package benchmarks.
bench: std
	cd bench && $(GO) run .

# Exploration in headless Chromium beside the CLI: schedules/s of random, pct
# and dfs on every example, on one worker and on two (web/e2e/bench-explore.mjs).
bench-page: dist
	cd web && npm ci --no-audit --no-fund && node e2e/bench-explore.mjs

# A profile for the page's runner (profile-guided optimisation: go build
# reads wasm/worker/default.pgo unless told -pgo=off, as web/build.sh does
# for now: see there): every example explored with every strategy on one
# worker, about a second each. Re-take it before trying PGO again.
pgo: std
	$(GO) test ./runner -run '^$$' -bench BenchmarkExploreExamples -benchtime 1s -cpu 1 \
		-o bin/runner.test -cpuprofile $(CURDIR)/wasm/worker/default.pgo

bench-go: std
	$(GO) test -run '^$$' -bench . ./runner/...

clean:
	rm -rf bin dist runner/std/_gen/*/ runner/std/_gen/packages.txt
