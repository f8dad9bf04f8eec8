"""Spelling variants of verified unseen models (bench/variants.py): the same model as another author spells it
(layer arguments by keyword, `super(Net, self)`, `x.reshape(x.shape[0], -1)`, `x.relu()`, `dim=-1`,
`nn.Sequential(OrderedDict(...))`, `x = x.to(device)`, ...) either verifies or is a named error, never exit 0 and
wrong, never a crash. A fixed sample of a few models per rewrite keeps the suite's time bounded; the bench runs
them all."""
import functools
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import variants  # noqa: E402

PER_REWRITE = 3


@functools.cache
def _models():
    return list(variants.models([]))


@functools.cache
def _jobs(rewrite_name: str) -> list:
    """The first PER_REWRITE models (in a seeded order) the rewrite changes (built in the test: rewrites read
    torch.nn's signatures or run the model, which collection must not do)."""
    jobs = []
    for path, source, name, shape, dtype in random.Random(rewrite_name).sample(_models(), len(_models())):
        text = variants.variant(source, variants.REWRITES[rewrite_name])
        if text is not None and text != source:
            jobs.append((f"{rewrite_name}/{path.stem}", path, text, name, shape, dtype))
            if len(jobs) == PER_REWRITE:
                break
    return jobs


@pytest.mark.slow
@pytest.mark.parametrize("index", range(PER_REWRITE))
@pytest.mark.parametrize("rewrite_name", sorted(variants.REWRITES))
def test_variant_verifies_or_is_named(rewrite_name, index):
    jobs = _jobs(rewrite_name)
    assert len(jobs) == PER_REWRITE, f"{rewrite_name} changes only {len(jobs)} verified models"
    label, path, text, name, shape, dtype = jobs[index]
    outcome, why = variants.run_one(path, text, name, shape, dtype)
    assert outcome in ("verified", "named", "invalid"), f"{label}: {why}"
