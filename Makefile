PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
SHARED ?= ../shared

.PHONY: run test browser eval eval-dev eval-test eval-real-dev eval-real-test bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEVSTAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

output/kg.ttl: $(STAMP) $(wildcard seeds/*) $(wildcard kg/*.py kg/*/*.py kg/lexicon/*.tsv ontology/*.ttl ontology/gazetteer/*.json)
	$(BIN)/kg build seeds/ --out output/

run: output/kg.ttl

# Debian's Chromium and its driver for the browser tests of kg serve (skipped, with a reason, where they are missing)
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } || \
	  echo "chromium could not be installed: the browser tests will be skipped"

test: $(DEVSTAMP) browser
	$(BIN)/python -m pytest -q

eval: output/kg.ttl
	$(BIN)/python $(SHARED)/eval/score_kg.py --gold $(SHARED)/gold/seeds.gold.json output/*.ttl ontology/kg.ttl --cli $(BIN)/kg $(EVAL_ARGS)

eval-dev: $(STAMP)
	$(BIN)/kg build eval/dev/articles --out output/dev
	KG_GRAPH=output/dev $(BIN)/python $(SHARED)/eval/score_kg.py --gold eval/dev/dev.gold.json output/dev/kg.ttl ontology/kg.ttl --cli $(BIN)/kg $(EVAL_ARGS)

eval-test: $(STAMP)
	$(BIN)/kg build eval/test/articles --out output/test
	KG_GRAPH=output/test $(BIN)/python $(SHARED)/eval/score_kg.py --gold eval/test/test.gold.json output/test/kg.ttl ontology/kg.ttl --cli $(BIN)/kg $(EVAL_ARGS)

eval-real-dev eval-real-test: eval-real-%: $(STAMP)
	$(BIN)/kg build $$($(BIN)/python eval/real/score_real.py --list $*) --out output/real-$*
	$(BIN)/python eval/real/score_real.py --split $* --graph output/real-$*/kg.ttl $(EVAL_ARGS)

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf output/*.ttl output/*.graphml output/*.json output/*.md output/*.png output/*.tsv
