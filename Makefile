# talks — build, test and demo. `make demo` and `make test` work on a fresh clone.
SWIFT    ?= swift
PREFIX   ?= /usr/local
BIN      := .build/debug/talks
SAMPLE   := Docs/examples/sample-province.json

.PHONY: all build test demo install lint clean deps

all: build

# SQLite is the one system library we use (the sqlite3 shell only for tests); install them,
# or say exactly how.
deps:
	@if [ ! -f /usr/include/sqlite3.h ] || ! command -v sqlite3 >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing libsqlite3-dev sqlite3"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q libsqlite3-dev sqlite3; \
	  else \
	    echo "talks needs SQLite. Run: sudo apt-get install -y libsqlite3-dev sqlite3"; exit 1; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "talks needs the Swift 6 toolchain (swift) on PATH"; exit 1; }

build: deps
	$(SWIFT) build

test: deps
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
	$(BIN) --lang zh explain T2026-003 --as-of 2026-11-21

install:
	$(SWIFT) build -c release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/talks
	install -m 0755 .build/release/talks $(DESTDIR)$(PREFIX)/bin/talks
	cp -R Rules $(DESTDIR)$(PREFIX)/share/talks/

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests

clean:
	rm -rf .build
