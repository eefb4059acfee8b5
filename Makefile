# Two commands for a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CATALOGS := $(wildcard locales/*/LC_MESSAGES/messages.po)
COMPILED := $(CATALOGS:.po=.mo)

.PHONY: run test install dev translations extract worker bench

# `make run PORT=5050` (or PORT in the environment) picks the port; make passes it on to the app.
run: install
	mkdir -p instance
	$(BIN)/flask --app app db upgrade
	$(BIN)/python app.py

test: dev $(COMPILED)
	$(BIN)/python -m pytest

# Every command works after this alone: packages, and the catalogs compiled (the app refuses to start without).
install: $(VENV)/.installed $(COMPILED)
dev: $(VENV)/.dev-installed
translations: $(COMPILED)

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is needed")'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt $(VENV)/.installed
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	touch $@

locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po $(VENV)/.installed
	$(BIN)/pybabel compile -d locales -D messages -l $* --statistics

# After changing user-facing text: refresh the template and every catalog, then translate the new entries.
extract: install
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k text_plural:1,2 --no-location --sort-output \
		-o locales/messages.pot .
	$(BIN)/pybabel update -i locales/messages.pot -d locales -D messages --no-fuzzy-matching

worker: install
	$(BIN)/python worker.py

# Every benchmark in one run; writes bench/RESULTS.md. Needs PostgreSQL and Redis as on CI (.ci/run) and wrk,
# installed here from Debian's packages when missing and allowed. `make bench BENCH_ARGS="--rounds 3"`.
bench: dev $(COMPILED)
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& (apt-get install -y -q wrk || (apt-get update -q && apt-get install -y -q wrk)); } \
		|| { echo "make bench needs wrk: apt-get install wrk (Debian/Ubuntu)"; exit 1; }
	$(BIN)/python bench/run.py $(BENCH_ARGS)
