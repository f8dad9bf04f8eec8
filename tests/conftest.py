"""Test-wide environment: quiet TensorFlow, a private Keras home, the corpus index, the fast-suite tripwire."""
import os
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
os.environ.setdefault("KERAS_HOME", tempfile.mkdtemp(prefix="pivot-keras-"))
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

CORPUS = Path(__file__).parent / "corpus"
BREADTH = Path(__file__).parent / "corpus_breadth"
HEADER = re.compile(r"# pivot-corpus: name=(\S+) input_shape=([\d,;]+)(?: input_dtype=([\w,]+))?")


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


FAST_GUARD = Path(__file__).parent / "fast_guard"


def pytest_configure(config):
    """`pytest -m "not slow"` is the framework-free suite: a test (or a process it starts) that imports torch,
    TensorFlow or Keras fails there with an ImportError telling it to be marked `slow`."""
    if "not slow" not in (config.getoption("markexpr") or ""):
        return
    sys.path.insert(0, str(FAST_GUARD))
    import framework_tripwire

    framework_tripwire.install()
    os.environ["PIVOT_FAST_TESTS"] = "1"
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(FAST_GUARD), os.environ.get("PYTHONPATH")]))
