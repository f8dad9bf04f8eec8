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
# Graphviz's `dot` lays out `pivot show --graph -o FILE.svg` (Debian package; root, as on CI, or sudo).
if ! command -v dot >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  { $SUDO apt-get install -y -q graphviz || { $SUDO apt-get update -q && $SUDO apt-get install -y -q graphviz; }; } \
    >/dev/null 2>&1 || echo "setup: could not install graphviz; pivot show --graph -o FILE.svg needs it" >&2
fi
