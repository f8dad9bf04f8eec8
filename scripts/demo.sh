#!/usr/bin/env bash
# Pivot's main job on the bundled example: migrate a PyTorch CNN and its training loop to TensorFlow,
# show the diff, verify the model.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export TF_CPP_MIN_LOG_LEVEL=2 TF_ENABLE_ONEDNN_OPTS=0 KERAS_HOME="${KERAS_HOME:-$(mktemp -d)}"
echo "== pivot migrate examples/cifar_cnn.py --to tensorflow --diff"
.venv/bin/pivot migrate examples/cifar_cnn.py --to tensorflow --diff || true
echo
echo "== pivot verify examples/cifar_cnn.py --to tensorflow"
.venv/bin/pivot verify examples/cifar_cnn.py --to tensorflow
