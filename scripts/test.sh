#!/usr/bin/env bash
# Set everything up and run the whole test suite: Python (unit, corpus, checkpoints, language server,
# Neovim), the extension's TypeScript checks and unit tests, and the end-to-end test in a real VS Code.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export TF_CPP_MIN_LOG_LEVEL=2 TF_ENABLE_ONEDNN_OPTS=0 KERAS_HOME="${KERAS_HOME:-$(mktemp -d)}"
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
if [ -z "${PIVOT_SKIP_EXTENSION:-}" ]; then
  echo "== extension: npm ci, strict type check, unit tests"
  npm ci --no-audit --no-fund --loglevel=error
  npm run --silent typecheck
  npm test --silent
  echo "== extension: end-to-end in code-server"
  bash tests/e2e/run_e2e.sh
fi
