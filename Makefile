# The two commands of the README: `make demo` and `make test`.
# Each creates .venv on first use and installs the project into it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install

$(BIN)/xuncha: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/xuncha

install: $(BIN)/xuncha  ## Create the venv and install xuncha with its test extra

demo: install  ## Open the application on the bundled sample township
	$(BIN)/xuncha demo

test: install  ## Run the whole test suite
	$(BIN)/python -m pytest -q
