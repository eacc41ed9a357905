# The two set-up commands of the README: `make demo` and `make test`.
# Each creates .venv on first use and installs what it needs from the package registries.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORE := $(VENV)/.core-installed
DEV := $(VENV)/.dev-installed
# Every install is constrained to the locked versions (scripts/lock.sh regenerates them).
LOCK := requirements/lock.txt

.PHONY: demo test lint typecheck system-deps clean

$(CORE): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c $(LOCK) -e .
	$(BIN)/python -m diplograph.web.build_assets || echo "web page assets not built (needs node and npm); the API still works"
	touch $@

$(DEV): $(CORE) pyproject.toml $(LOCK)
	$(BIN)/python -m pip install -q -c $(LOCK) -e '.[dev]'
	touch $@

demo: $(CORE)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/diplograph ingest examples --db demo.db
	$(BIN)/diplograph stats --db demo.db

lint: $(DEV)
	$(BIN)/ruff check diplograph tests benchmarks fuzz eval scripts

# the packages listed in pyproject.toml [tool.mypy] files (a subset that grows)
typecheck: $(DEV)
	$(BIN)/python -m mypy

system-deps:
	@bash scripts/system-deps.sh

test: $(DEV) lint typecheck system-deps
	$(BIN)/python -m pytest -q; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; rc=0; fi; exit $$rc

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache .ruff_cache .mypy_cache
