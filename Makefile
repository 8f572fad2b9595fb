# Borderline: the two commands of the README, and the ones behind them.
#   make map    set up, build, and map seeds/ into output/
#   make test   set up, build, and run the test suite
#   make bench  throughput, border distance cost and memory, beside the common Python stack
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BORDERLINE := .build/release/borderline

.PHONY: map previews test setup build gazetteer fuzz bench clean

## Installs what building and testing need, only when missing: PROJ's library and headers
## (libproj-dev), its command-line tools (proj-bin: the tests compare with `geod`), pkg-config,
## GDAL's tools (gdal-bin: the tests read every layer back with `ogrinfo`), and jemalloc
## (libjemalloc-dev: the allocator the borderline and borderline-bench programs link on Linux).
setup:
	@if [ "$$(uname)" = Darwin ]; then \
	  command -v pkg-config >/dev/null && pkg-config --exists proj && command -v geod >/dev/null \
	    || brew install proj pkg-config; \
	else \
	  missing=""; \
	  for p in libproj-dev proj-bin pkg-config gdal-bin libjemalloc-dev; do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    echo "setup: installing$$missing"; \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "setup: Swift 6.2 or later is required (https://www.swift.org/install)"; exit 1; }
	@version=$$($(SWIFT) --version 2>/dev/null | sed -n 's/.*Swift version \([0-9][0-9]*\)\.\([0-9][0-9]*\).*/\1 \2/p' | head -n 1); \
	  set -- $$version; \
	  if [ -n "$$1" ] && { [ "$$1" -lt 6 ] || { [ "$$1" -eq 6 ] && [ "$$2" -lt 2 ]; }; }; then \
	    echo "setup: Swift $$1.$$2 found; Swift 6.2 or later is required (InlineArray, OutputSpan, UTF8Span): https://www.swift.org/install"; exit 1; \
	  fi
	@echo "setup: PROJ $$(pkg-config --modversion proj), $$($(SWIFT) --version 2>/dev/null | head -n 1)"

build: setup
	$(SWIFT) build -c release --product borderline

## The main job: every article in seeds/ -> output/ (layers, QGIS styles and project, claims
## table and report, the overview map and one map per article).
map: build
	$(BORDERLINE) map seeds --out output --per-document

## PNG renders of the overview map by librsvg and headless Chromium, with the project's SVG
## checker (../shared/tools; its install.sh installs librsvg2-bin and chromium).
previews:
	../shared/tools/check_svg --png-dir output/previews output/map.svg

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Rebuilds gazetteer/ from the shared source data (see gazetteer/README.md).
gazetteer: build
	$(BORDERLINE) gazetteer build --from ../shared/data --out gazetteer

## libFuzzer over the text pipeline, the GeoJSON reader, the gazetteer table reader and JSON
## Lines input, FUZZ_SECONDS each. New inputs go to .build-fuzz/corpus; a crash leaves a
## crash-* file to replay with `swift run borderline-fuzz FILE` (BORDERLINE_FUZZ_TARGET=…).
## Leak detection is off: Foundation's Data(contentsOf:) leaks 4 KiB on an empty file.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= text geojson gazetteer jsonl
fuzz: setup
	$(SWIFT) build -c release --product borderline-fuzz --scratch-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$t .build-fuzz/artifacts; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=0 BORDERLINE_FUZZ_TARGET=$$t .build-fuzz/release/borderline-fuzz .build-fuzz/corpus/$$t Tests/Fuzz/corpus/$$t \
	    -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 \
	    -artifact_prefix=.build-fuzz/artifacts/$$t- 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==.*ERROR|SUMMARY)" \
	    || true; \
	  if ls .build-fuzz/artifacts/$$t-* >/dev/null 2>&1; then echo "fuzz: $$t found crashes:"; ls .build-fuzz/artifacts/$$t-*; exit 1; fi; \
	done

## The benchmark: borderline-bench over a generated corpus of BENCH_MB megabytes (whole
## pipeline and each stage, --jobs 1 and 2, border distance, load and index times, peak
## memory), then the same work by the common Python stack (geotext, flashtext, shapely +
## pyproj, installed into .build/bench-venv when missing), printed side by side.
BENCH_MB ?= 50
BENCH_RUNS ?= 1
BENCH_DIR := .build/bench
BENCH_VENV := .build/bench-venv
bench: setup
	$(SWIFT) build -c release --product borderline-bench
	.build/release/borderline-bench --megabytes $(BENCH_MB) --runs $(BENCH_RUNS) --out $(BENCH_DIR) --gazetteer gazetteer
	@if [ ! -x $(BENCH_VENV)/bin/python ]; then \
	  echo "bench: creating $(BENCH_VENV) (geotext flashtext shapely pyproj)"; \
	  python3 -m venv $(BENCH_VENV) && $(BENCH_VENV)/bin/pip install -q geotext flashtext shapely pyproj; \
	fi
	$(BENCH_VENV)/bin/python Tests/Bench/python_baseline.py $(BENCH_DIR) gazetteer | tee $(BENCH_DIR)/python.tsv
	@python3 Tests/Bench/side_by_side.py $(BENCH_DIR)

clean:
	rm -rf .build
