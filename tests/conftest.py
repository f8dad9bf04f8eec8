"""Test-wide environment: quiet TensorFlow, a private Keras home, the corpus index."""
import os
import re
import tempfile
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
os.environ.setdefault("KERAS_HOME", tempfile.mkdtemp(prefix="pivot-keras-"))
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

CORPUS = Path(__file__).parent / "corpus"
HEADER = re.compile(r"# pivot-corpus: name=(\S+) input_shape=([\d,]+)")


def corpus_models():
    """(path, framework, model name, input shape) for every corpus file."""
    found = []
    for path in sorted(CORPUS.glob("*/*.py")):
        match = HEADER.search(path.read_text())
        assert match, f"{path} lacks a pivot-corpus header"
        found.append((path, path.parent.name, match.group(1), [int(v) for v in match.group(2).split(",")]))
    return found
