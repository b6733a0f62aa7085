# MockInterview: `make run` sets up and serves the app; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

run: install
	$(BIN)/mockinterview db upgrade
	$(BIN)/mockinterview questions import
	$(BIN)/mockinterview serve --host $(HOST) --port $(PORT)

lint: install-dev
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

test: install-dev
	bash scripts/test.sh

bench: install-dev
	$(BIN)/python bench/coaching.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/transition.py
	bash scripts/with_postgres.sh sh -c '$(BIN)/python bench/transition.py --database-url "$$POSTGRES_URL"'
	$(BIN)/python bench/speech.py
	$(BIN)/python bench/ops.py
	$(BIN)/python bench/follow_ups.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-artifacts
