# Two entry points that work on a fresh machine with Python 3.11 and make:
#   make demo   set everything up, then parse and check the example reports
#   make test   set everything up, then run the linter and the tests
#   make bench  speed and memory figures; options after ARGS=, e.g. make bench ARGS="--no-ocr --n 2000"
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/zfxxgk parse examples/
	$(BIN)/zfxxgk check --fail-on never examples/

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

test: $(STAMP) lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/bench.py $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
