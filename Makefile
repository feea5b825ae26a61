# Entry points that work on a fresh machine with Python 3.11 and make:
#   make demo   set everything up, then parse and check the example reports
#   make test   set everything up, then run the linter and the tests (saying why any was skipped)
#   make fuzz   the real reports mutated: FUZZ_CASES cases from FUZZ_SEED (see tests/fuzz.py)
#   make bench  speed and memory figures; options after ARGS=, e.g. make bench ARGS="--no-ocr --n 2000"
#   make compiled  the package with the modules of a text's parse compiled to C by mypyc, in build/compiled
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
COMPILED := build/compiled
SOURCES := $(shell find src -name '*.py') setup.py pyproject.toml

.PHONY: demo test test-source test-compiled lint fuzz bench compiled clean
FUZZ_CASES ?= 5000
FUZZ_SEED ?= 1

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,ray]'
	touch $(STAMP)

$(COMPILED)/.built: $(STAMP) $(SOURCES)
	rm -rf build
	ZFXXGK_COMPILE=1 $(BIN)/pip wheel --quiet --no-deps --wheel-dir build/wheel .
	$(BIN)/python -m zipfile -e build/wheel/zfxxgk-*.whl $(COMPILED)
	touch $@

compiled: $(COMPILED)/.built

demo: $(STAMP)
	$(BIN)/zfxxgk parse examples/
	$(BIN)/zfxxgk check --fail-on never examples/

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src

# the test suite on the source, and the compiled build's own tests once it is built, side by side
test: $(STAMP) lint
	$(MAKE) --no-print-directory -j2 --output-sync=target test-source test-compiled

test-source: $(STAMP)
	$(BIN)/pytest -rs

test-compiled: $(COMPILED)/.built
	PYTHONPATH=$(COMPILED) ZFXXGK_COMPILED=1 $(BIN)/pytest -rs -p no:cacheprovider tests/test_compiled.py tests/test_real_reports.py

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz.py --cases $(FUZZ_CASES) --seed $(FUZZ_SEED) --keep fuzz-failures

bench: $(COMPILED)/.built
	PYTHONPATH=$(COMPILED) $(BIN)/python bench/bench.py $(ARGS)

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache .mypy_cache .hypothesis
