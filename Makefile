# The README's two commands: `make run` and `make test`. Both build .venv on a
# machine that has only Python 3.11, and reinstall when pyproject.toml changes.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test stress bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@demo="$$($(BIN)/python -m casefile.paths demo)"; \
	  [ -f "$$demo" ] || $(BIN)/casefile demo "$$demo"; \
	  $(BIN)/casefile open "$$demo"

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

stress: $(STAMP)
	CASEFILE_STRESS=full QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m stress

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m casefile.ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
