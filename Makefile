# Two commands do all the set-up: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
BSTAMP := $(VENV)/.installed-bench

.PHONY: demo test check lint install eval bench system-deps clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(BSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@

install: $(STAMP)

# One article, then a corpus: the bundled sample (18 invented articles, src/dossier/data/sample/) in a store,
# its actors, one relationship with its evidence, and the command that opens the store in a browser.
# The store is rebuilt on every run (about 10 s).
DEMO_DB := demo-output/sample.db

demo: $(STAMP)
	$(BIN)/dossier analyze --example
	$(BIN)/dossier analyze --example --format html --out demo-output
	$(BIN)/dossier analyze --example --format json --out demo-output
	@echo "HTML and JSON reports written to demo-output/"
	@echo
	@echo "== The sample corpus: 18 invented articles (January-July 2025) into $(DEMO_DB)"
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/dossier ingest --sample --db $(DEMO_DB)
	@echo
	@echo "== Its actors"
	$(BIN)/dossier entities --limit 15 --db $(DEMO_DB)
	@echo
	@echo "== One relationship, with the sentences behind it"
	$(BIN)/dossier relation "Ana Lúcia Prado" "Héctor Salazar" --evidence --db $(DEMO_DB)
	@echo
	@echo "== Explore it in a browser (http://127.0.0.1:8000):"
	@echo "   $(BIN)/dossier serve --db $(DEMO_DB)"

system-deps:
	bash scripts/system-deps.sh

test: $(TSTAMP) system-deps
	$(BIN)/python -m pytest -q

# Style and types: ruff (lint and format) and mypy, configured in pyproject.toml. .ci/run runs it first.
lint: $(TSTAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The edit loop: lint, types and the tests that need no model, no server and no browser (under a minute).
check: lint
	$(BIN)/python -m pytest -q -m "not slow and not browser and not postgres"

# Scores on ../shared/data (needs ../shared beside the checkout).
eval: $(STAMP)
	$(BIN)/dossier eval coref tests/data/coref
	$(BIN)/dossier eval timex ../shared/data/tempeval3/TBAQ-cleaned
	$(BIN)/dossier eval attribution ../shared/data/polnear/dev
	$(BIN)/dossier eval events ../shared/data/events
	$(BIN)/dossier eval resolution ../shared/data/ecbplus

# Speed and memory figures, each against a baseline measured in the same run (see docs/performance.md).
bench: $(BSTAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) demo-output .pytest_cache
