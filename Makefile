# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean fast

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/ffdb demo

test: $(STAMP)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks tools
	$(VENV)/bin/ruff format --check src tests benchmarks tools
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(VENV)/bin/python benchmarks/ingest.py

# The extraction rules compiled with mypyc, in a venv of their own (`.venv` stays plain
# Python for development): checked by the extraction tests, then timed.
FAST := .venv-fast
FAST_STAMP := $(FAST)/.installed

$(FAST_STAMP): pyproject.toml setup.py $(wildcard src/ffdb/*/*.py src/ffdb/*/data/*)
	$(PYTHON) -m venv $(FAST)
	$(FAST)/bin/pip install -q --upgrade pip
	$(FAST)/bin/pip install -q "setuptools>=68" wheel "mypy>=1.10,<2" "pytest>=8,<10"
	$(FAST)/bin/pip install -q .  # the dependencies, whose types mypyc reads
	FFDB_COMPILE=1 $(FAST)/bin/pip install -q --no-build-isolation --no-deps --force-reinstall .
	$(FAST)/bin/python -c "import ffdb.extract.events as m; assert m.__file__.endswith('.so'), m.__file__"
	touch $(FAST_STAMP)

fast: $(FAST_STAMP)
	$(FAST)/bin/pytest -q -p no:cacheprovider tests/extract tests/cli/test_extract.py
	$(FAST)/bin/python benchmarks/extract.py --stage extract_document

clean:
	rm -rf $(VENV) $(FAST) demo-output
