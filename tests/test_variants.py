"""Spelling variants of verified unseen models (bench/variants.py): the same model as another author spells it
(layer arguments by keyword, `super(Net, self)`, `x.reshape(x.shape[0], -1)`, `x.relu()`, ...) either verifies or
is a named error, never exit 0 and wrong, never a crash. A fixed sample keeps the suite's time bounded; the bench
runs them all."""
import functools
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import variants  # noqa: E402

SAMPLE = 60


@functools.cache
def _jobs():
    """The sample (built in the test: one rewrite reads torch.nn's signatures, which collection must not import)."""
    jobs = []
    for path, source, name, shape, dtype in variants.models([]):
        for rewrite_name, rewrite in variants.REWRITES.items():
            text = variants.variant(source, rewrite)
            if text is not None and text != source:
                jobs.append((f"{rewrite_name}/{path.stem}", path, text, name, shape, dtype))
    return random.Random(1).sample(jobs, min(SAMPLE, len(jobs)))


@pytest.mark.slow
@pytest.mark.parametrize("index", range(SAMPLE))
def test_variant_verifies_or_is_named(index):
    label, path, text, name, shape, dtype = _jobs()[index]
    outcome, why = variants.run_one(path, text, name, shape, dtype)
    assert outcome in ("verified", "named", "invalid"), f"{label}: {why}"
