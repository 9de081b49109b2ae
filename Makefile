# AraKit: one-command setup, run, test, lint and bench on Debian.
SWIFT ?= swift
APT_PACKAGES = pkg-config libgit2-dev libpoppler-glib-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
	libcairo2-dev poppler-utils python3-yaml time
EXAMPLE ?= examples/tiny-sort
ARAKIT = .build/debug/arakit

.PHONY: setup deps build run test lint format bench templates clean

## setup: install the Debian packages the build needs, then build
setup: deps build

deps:
	@if command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	else \
		echo "apt-get not found: install $(APT_PACKAGES) with your package manager"; \
	fi

build:
	$(SWIFT) build

## run: the main job on the bundled example
run: build
	$(ARAKIT) info $(EXAMPLE)

## test: the whole suite (corpus tests skip with a message when ../shared is absent)
test:
	$(SWIFT) build --build-tests
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict --recursive --configuration .swift-format Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive --configuration .swift-format Sources Tests Package.swift

## bench: read benchmark against the Python baseline, release build
bench:
	$(SWIFT) build -c release --product ara-bench
	ARA_BENCH=.build/release/ara-bench scripts/bench/run_read_bench.sh

## templates: re-embed templates/ after editing it
templates:
	python3 scripts/embed-templates.py

clean:
	rm -rf .build
