# talks — build, test and demo. `make demo` and `make test` work on a fresh clone.
SWIFT    ?= swift
PREFIX   ?= /usr/local
BIN      := .build/debug/talks
# A release build links Swift's runtime and Foundation into the binary: it starts a third quicker
# (the dynamic linker binds no Swift library, Docs/performance.md) and runs where no Swift is installed.
RELEASE  := $(SWIFT) build -c release --static-swift-stdlib
SAMPLE   := Docs/examples/sample-province.json

.PHONY: all build test demo install lint clean deps test-deps width-table bench fuzz

all: build

# SQLite, zlib (DEFLATE for .docx and .xlsx) and libpq (a shared PostgreSQL store) are the system
# libraries we use (the sqlite3 shell only for tests); install them, or say exactly how.
deps:
	@if [ ! -f /usr/include/sqlite3.h ] || [ ! -f /usr/include/zlib.h ] || [ ! -f /usr/include/postgresql/libpq-fe.h ] \
	    || ! command -v sqlite3 >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing libsqlite3-dev zlib1g-dev libpq-dev sqlite3"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q libsqlite3-dev zlib1g-dev libpq-dev sqlite3; \
	  else \
	    echo "talks needs SQLite, zlib and libpq. Run: sudo apt-get install -y libsqlite3-dev zlib1g-dev libpq-dev sqlite3"; exit 1; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "talks needs the Swift 6 toolchain (swift) on PATH"; exit 1; }

build: deps
	$(SWIFT) build

# The tests also print the HTML report with headless Chromium and read the PDF with poppler;
# open the .docx and .xlsx in LibreOffice Writer and Calc (headless) and in Python's openpyxl and
# python-docx (Debian's /usr/bin/python3), read the work list's iCalendar file with Python's
# icalendar, build corpus ZIPs with python3, start throwaway PostgreSQL servers (postgresql), and
# deliver a signal at a chosen system call with strace's fault injection.
TEST_PACKAGES := chromium poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui python3-openpyxl python3-docx \
  python3-icalendar postgresql strace
test-deps: deps
	@if ! command -v chromium >/dev/null || ! command -v pdfinfo >/dev/null || [ ! -x /usr/bin/soffice ] \
	    || ! dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || ! /usr/bin/python3 -c "import openpyxl, docx, icalendar" 2>/dev/null \
	    || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v strace >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing $(TEST_PACKAGES)"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(TEST_PACKAGES); \
	  else \
	    echo "the tests need these. Run: sudo apt-get install -y $(TEST_PACKAGES)"; exit 1; \
	  fi; \
	fi

test: test-deps
	$(SWIFT) build --build-tests
	TALKS_BIN=$(CURDIR)/$(BIN) $(SWIFT) test --skip-build

# The main job on the bundled sample, in a fresh temporary store.
demo: build
	@set -e; dir=$$(mktemp -d); trap 'rm -rf "$$dir"' EXIT; \
	export TALKS_DB="$$dir/demo.db"; \
	echo "== talks init"; $(BIN) init; \
	echo; echo "== talks load $(SAMPLE)"; $(BIN) load $(SAMPLE); \
	echo; echo "== talks record (a regular talk with 安平市委, typed as flags)"; \
	$(BIN) record --id T2026-030 --kind regular --organization ap --talker p-zhou --held 2026-11-18 \
	  --plan P2026-12 --self-check --steps all --record --participant discipline-inspection \
	  --problem "示例：对换届风气监督不够有力" --requirement "示例：一个月内提出整改措施"; \
	echo; echo "== talks measures (what followed an earlier talk)"; \
	$(BIN) measures T2026-003 --reported 2026-11-19 --reflections; \
	echo; echo "== talks show T2026-030"; $(BIN) --lang zh show T2026-030; \
	echo; echo "== talks overdue --as-of 2026-11-21 (逾期和即将到期的整改报告等)"; \
	$(BIN) --lang zh overdue --as-of 2026-11-21 || true; \
	echo; echo "== talks coverage --as-of 2026-11-21 (届内覆盖缺口，是否列入年度计划)"; \
	$(BIN) --lang zh coverage --as-of 2026-11-21; \
	echo; echo "== talks explain T2026-003 --as-of 2026-11-21 (一次逾期谈话的逐条说明)"; \
	$(BIN) --lang zh explain T2026-003 --as-of 2026-11-21; \
	echo; echo "== talks audit log --last 2 (审计日志：谁在何时改动了哪些记录)"; \
	$(BIN) --lang zh audit log --last 2; $(BIN) --lang zh audit verify; \
	echo; echo "== talks report annual --conductor jd --year 2026 (第十三条 年度监督谈话情况，前 30 行)"; \
	$(BIN) report annual --conductor jd --year 2026 --as-of 2026-11-21 2>/dev/null | head -30

install: deps
	$(RELEASE) --product talks
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/talks $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions
	install -m 0755 .build/release/talks $(DESTDIR)$(PREFIX)/bin/talks
	cp -R Rules $(DESTDIR)$(PREFIX)/share/talks/
	.build/release/talks --lang en man > $(DESTDIR)$(PREFIX)/share/man/man1/talks.1
	.build/release/talks completions bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/talks
	.build/release/talks completions zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_talks

# The display-width table, from the Unicode data Debian ships (unicode-data); the version is
# written into the table, so a change of Unicode version shows in the diff.
width-table:
	@test -f /usr/share/unicode/EastAsianWidth.txt || { echo "Run: sudo apt-get install -y unicode-data"; exit 1; }
	$(SWIFT) run -q GenerateWidthTable /usr/share/unicode/EastAsianWidth.txt > Sources/TalkModel/DisplayWidthTable.swift

# Synthetic national stores (scale 1: ~45,000 organizations, ~250,000 talks; scale 4: ~1,000,000
# talks), whole-process timings of load, check, overdue, coverage and the centre's roll-up, and the overdue
# set of a hand-written SQL baseline (Sources/Bench/overdue.sql); check of the bundled sample; and issue 16's
# targets, each met or not. Figures: Docs/performance.md.
BENCH_ARGS ?= --scales 1,4 --runs 3
bench: deps
	$(RELEASE) --product talks
	$(RELEASE) --product Bench
	.build/release/Bench --talks .build/release/talks $(BENCH_ARGS)

# libFuzzer targets for the rule-file parser, the dataset decoder and the sheet importer, each
# run for FUZZ_SECONDS. A crash is kept in .build/fuzz/ to be added to Tests/Corpus.
FUZZ_SECONDS ?= 60
fuzz: build
	FUZZ_SECONDS=$(FUZZ_SECONDS) Tests/Fuzz/run

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests

clean:
	rm -rf .build
