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
BREADTH = Path(__file__).parent / "corpus_breadth"
HEADER = re.compile(r"# pivot-corpus: name=(\S+) input_shape=([\d,;]+)(?: input_dtype=(\w+))?")


def corpus_models(root: Path = CORPUS, with_dtype: bool = False):
    """(path, framework, model name, input shape[, dtype]) for every corpus file under `root`."""
    found = []
    for path in sorted(root.glob("*/*.py")):
        match = HEADER.search(path.read_text())
        assert match, f"{path} lacks a pivot-corpus header"
        shapes = [[int(v) for v in part.split(",")] for part in match.group(2).split(";")]
        row = (path, path.parent.name, match.group(1), shapes[0] if len(shapes) == 1 else shapes)
        found.append(row + (match.group(3) or "float32",) if with_dtype else row)
    return found
