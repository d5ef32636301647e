# Two commands do all the set-up: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
BSTAMP := $(VENV)/.installed-bench

.PHONY: demo test install eval bench system-deps clean

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

demo: $(STAMP)
	$(BIN)/dossier analyze --example
	$(BIN)/dossier analyze --example --format html --out demo-output
	$(BIN)/dossier analyze --example --format json --out demo-output
	@echo "HTML and JSON reports written to demo-output/"

system-deps:
	bash scripts/system-deps.sh

test: $(TSTAMP) system-deps
	$(BIN)/python -m pytest -q

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
