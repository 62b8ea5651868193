# Two entry points for people: `make serve` and `make test`. Both bootstrap uv into ./.tools
# with pip (nothing is installed outside the checkout), then install the locked dependencies:
# `serve` only what LimberUp needs to run, `test` the development tools as well. Everything is
# compiled to bytecode at install, so start-up does not depend on PYTHONDONTWRITEBYTECODE.
PYTHON ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
UV_VERSION := 0.13.9

export UV_PYTHON_DOWNLOADS := never
export UV_SYSTEM_CERTS := 1
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: serve test check install install-runtime clean

serve: install-runtime
	$(VENV)/bin/limberup serve

test: install
	$(VENV)/bin/python -m pytest

check: install
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/ruff format --check src tests bench scripts
	$(VENV)/bin/mypy --strict src
	$(VENV)/bin/lint-imports

install: $(VENV)/.synced
install-runtime: $(VENV)/.runtime

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet "uv==$(UV_VERSION)"

# --inexact keeps the development tools of an earlier `make test` in place.
$(VENV)/.runtime: $(UV) pyproject.toml uv.lock
	$(UV) sync --locked --no-dev --inexact --compile-bytecode --python $(PYTHON)
	$(VENV)/bin/python -m compileall -q src
	touch $@

$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --locked --compile-bytecode --python $(PYTHON)
	$(VENV)/bin/python -m compileall -q src
	touch $@ $(VENV)/.runtime

clean:
	rm -rf $(TOOLS) $(VENV)
