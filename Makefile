# Two commands for a fresh machine: `make demo` and `make test` (see README).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install demo serve test lint clean

$(BIN)/diplograph: pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	touch $@

install: $(BIN)/diplograph

demo: install
	$(BIN)/diplograph ingest examples/
	$(BIN)/diplograph serve --host 127.0.0.1 --port 8000

serve: install
	$(BIN)/diplograph serve

test: install
	scripts/test

lint: install
	$(BIN)/ruff check . && $(BIN)/mypy

clean:
	rm -rf $(VENV) .neo4j
