# Two commands for a fresh machine: `make demo` and `make test` (see README).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
# make demo HOST=0.0.0.0 PORT=8080; the demo graph lives in its own folder, never in the user's data dir.
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_DIR ?= .demo
DEMO_ENV := DIPLOGRAPH_STORE=embedded DIPLOGRAPH_DATA_DIR=$(DEMO_DIR)

.PHONY: install demo serve test lint clean

$(BIN)/diplograph: pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[dev,distributed]'
	touch $@

install: $(BIN)/diplograph

demo: install
	$(DEMO_ENV) $(BIN)/diplograph ingest examples/
	$(DEMO_ENV) $(BIN)/diplograph serve --host $(HOST) --port $(PORT)

serve: install
	$(BIN)/diplograph serve --host $(HOST) --port $(PORT)

test: install
	scripts/test

lint: install
	$(BIN)/ruff check . && $(BIN)/mypy

clean:
	rm -rf $(VENV) .neo4j $(DEMO_DIR)
