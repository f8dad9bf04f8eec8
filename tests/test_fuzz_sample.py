"""The differential fuzzer's property on a seeded sample, and its reduced reproducers as regression tests.

Property: `pivot migrate` exits 0 => `pivot verify` says equivalent. Each generated model must end as
equivalent or as an error diagnostic naming what is unsupported; never silently wrong, never a crash.
Known violations are strict xfails naming the bug (they fail loudly the day the bug is fixed).
bench/fuzz.py runs the large campaign.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SAMPLE = [(seed, fw) for fw in ("torch", "keras") for seed in range(25)]
ALLOWED = ("equivalent", "diagnosed")
REGRESSIONS = sorted(Path(__file__).parent.glob("fuzz_regressions/*/*.py"))
HEADER = re.compile(r"# pivot-fuzz: input_shape=([\d,]+) input_dtype=(\w+)")

# seed/file -> the bug it shows (found by the fuzzer, not fixed yet)
KNOWN_SEEDS: dict[tuple[int, str], str] = {
    (5, "torch"): "a spatial mean `x.mean(dim=[2, 3])` after a layer list built in a loop (nn.Sequential(*blocks)): "
                  "the layout is not known there, the axes stay those of a channels-first tensor in Keras (the next "
                  "Linear gets the wrong number of features; not reported)",
    (14, "torch"): "nn.Conv3d then nn.Flatten and nn.Linear: a flattened 3-D image's feature order is not carried to "
                   "the dense layer (reduced: fuzz_regressions/torch/conv3d_then_flatten.py); exit 0",
    (24, "torch"): "a layer list built in a loop (nn.Sequential(*blocks)) then flattened (torch.flatten): the layout "
                   "of the loop's output is not known, the flatten order is not carried (not reported either)",
}
KNOWN_FILES: dict[str, str] = {
    "torch/conv3d_then_flatten": "nn.Conv3d then nn.Flatten and nn.Linear: the flattened 3-D image's feature order "
                                 "(C, D, H, W) vs (D, H, W, C) is not carried to the dense layer; exit 0",
    "torch/log_softmax_dim1_of_a_sequence": "x.log_softmax(dim=1) before an nn.Linear: the input's rank is guessed "
                                            "as 2 from the Linear (which takes any rank), so dim=1 is written as "
                                            "axis=-1; a (batch, steps, features) input breaks it. Writing axis=1 "
                                            "is exact but Keras's Activation(lambda ...) does not come back",
}


@pytest.fixture(scope="module")
def frameworks():
    from pivot.fuzz.check import warm

    warm()


@pytest.mark.parametrize("seed,fw", SAMPLE, ids=[f"{fw}-{seed}" for seed, fw in SAMPLE])
def test_generated_model_is_equivalent_or_diagnosed(seed, fw, frameworks, request):
    from pivot.fuzz.check import check_seed

    bug = KNOWN_SEEDS.get((seed, fw))
    if bug:
        request.applymarker(pytest.mark.xfail(reason=bug, strict=True))
    outcome = check_seed((seed, fw))
    assert outcome.category in ALLOWED, outcome


@pytest.mark.parametrize("path", REGRESSIONS, ids=[f"{p.parent.name}/{p.stem}" for p in REGRESSIONS])
def test_reduced_reproducer(path, frameworks, request):
    from pivot.fuzz.check import check_source

    bug = KNOWN_FILES.get(f"{path.parent.name}/{path.stem}")
    if bug:
        request.applymarker(pytest.mark.xfail(reason=bug, strict=True))
    text = path.read_text()
    shape, dtype = HEADER.search(text).groups()
    outcome = check_source(text, path.parent.name, [int(d) for d in shape.split(",")], dtype)
    assert outcome.category in ALLOWED, outcome
