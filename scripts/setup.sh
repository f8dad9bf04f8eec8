#!/usr/bin/env bash
# Create .venv with the pinned development environment (idempotent; ~1-2 min on a fresh machine).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.pivot-requirements
if [ ! -f "$stamp" ] || ! cmp -s requirements-dev.txt "$stamp" || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  cp requirements-dev.txt "$stamp"
fi
