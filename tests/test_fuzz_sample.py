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
KNOWN_SEEDS: dict[tuple[int, str], str] = {}
KNOWN_FILES: dict[str, str] = {}


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
