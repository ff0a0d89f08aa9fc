# Two commands for a newcomer: `make demo` and `make test`. Both run `setup` first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup compile demo test bench lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Byte-compile the package once: a run then starts without compiling its modules, also where
# PYTHONDONTWRITEBYTECODE keeps Python from caching them itself (compileall skips up-to-date files).
compile: setup
	$(BIN)/python -m compileall -q hadath > /dev/null

demo: compile
	$(BIN)/hadath demo

test: setup
	$(BIN)/python -m pytest -q

bench: compile
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info hadath.db
