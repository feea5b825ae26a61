# Entry points that work on a fresh machine with Python 3.11 and make:
#   make demo   set everything up, then parse and check the example reports
#   make test   set everything up, then run the linter and the tests (saying why any was skipped)
#   make fuzz   the real reports mutated: FUZZ_CASES cases from FUZZ_SEED (see tests/fuzz.py)
#   make bench  speed and memory figures; options after ARGS=, e.g. make bench ARGS="--no-ocr --n 2000"
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint fuzz bench clean
FUZZ_CASES ?= 5000
FUZZ_SEED ?= 1

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,ray]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/zfxxgk parse examples/
	$(BIN)/zfxxgk check --fail-on never examples/

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src

test: $(STAMP) lint
	$(BIN)/pytest -rs

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz.py --cases $(FUZZ_CASES) --seed $(FUZZ_SEED) --keep fuzz-failures

bench: $(STAMP)
	$(BIN)/python bench/bench.py $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis
