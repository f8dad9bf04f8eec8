#!/usr/bin/env bash
# Set everything up and run the whole test suite (unit, corpus, language server, editors).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export TF_CPP_MIN_LOG_LEVEL=2 TF_ENABLE_ONEDNN_OPTS=0 KERAS_HOME="${KERAS_HOME:-$(mktemp -d)}"
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
if [ -x tests/e2e/run_e2e.sh ] && [ -z "${PIVOT_SKIP_E2E:-}" ]; then
  bash tests/e2e/run_e2e.sh
fi
