"""Analysis grows linearly with the file (issue 14): counted work, not timed.

Every pass over a file-wide name table (the file's imports, model classes and functions, held by its
`Context`) is counted element by element: iterating, membership tests, hashing and comparing. A file with
4x the definitions must cost about 4x; the quadratic code it replaces cost 16x. Framework-free.
"""
from __future__ import annotations

import gc
from dataclasses import fields, replace

import pytest

from pivot import analysis
from pivot.analysis import AnalysisCache, analyze
from pivot.frontends.source import collect_context

BLOCK = '''

class Net{i}(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.fc = nn.Linear(8 * 4 * 4, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv(x)), 2)
        return self.fc(torch.flatten(x, 1))


def helper{i}(x):
    return x + {i}


model_{i} = keras.Sequential([keras.Input(shape=(16,)), layers.Dense({i} + 1)])
'''
HEADER = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\nimport keras\nfrom keras import layers\n"


class Counted(tuple):
    """A file-wide table that counts the elements each pass over it touches."""

    touched = 0

    def _touch(self) -> None:
        Counted.touched += len(self)

    def __iter__(self):
        self._touch()
        return tuple.__iter__(self)

    def __contains__(self, item) -> bool:
        self._touch()
        return tuple.__contains__(self, item)

    def __hash__(self) -> int:
        self._touch()
        return tuple.__hash__(self)

    def __eq__(self, other) -> bool:
        self._touch()
        return tuple.__eq__(self, other)

    def __ne__(self, other) -> bool:
        return not self == other


def source(definitions: int) -> str:
    return HEADER + "".join(BLOCK.format(i=i) for i in range(definitions))


def counted_work(monkeypatch, definitions: int, cache: AnalysisCache | None) -> tuple[int, int]:
    """Elements of the file's tables touched by one analysis, and the number of networks found."""
    def counting_context(tree):
        ctx = collect_context(tree)
        return replace(ctx, **{f.name: Counted(getattr(ctx, f.name)) for f in fields(ctx)})

    monkeypatch.setattr(analysis, "collect_context", counting_context)
    text = source(definitions)
    Counted.touched = 0
    found = analyze(text, cache)
    return Counted.touched, len(found.networks)


@pytest.mark.parametrize("cached", [False, True], ids=["cli", "server-cache"])
def test_work_on_the_file_tables_grows_linearly(monkeypatch, cached):
    n = 12
    small, small_nets = counted_work(monkeypatch, n, AnalysisCache() if cached else None)
    large, large_nets = counted_work(monkeypatch, 4 * n, AnalysisCache() if cached else None)
    assert (small_nets, large_nets) == (2 * n, 8 * n)  # every model read: the work counted is real work
    assert small > 0
    assert large <= 5 * small, f"{small} -> {large}: {large / small:.1f}x for 4x the definitions (quadratic: 16x)"


def test_reanalysis_with_a_cache_reads_nothing_again(monkeypatch):
    cache = AnalysisCache()
    text = source(6)
    first = analyze(text, cache)
    misses = cache.misses
    again = analyze(text + "\n", cache)  # a new text: the plan is made again, the pieces are not read again
    assert cache.misses == misses and again.networks == first.networks


def test_the_collector_is_restored_after_analysis():
    text = source(2)
    assert gc.isenabled()
    analyze(text)
    assert gc.isenabled()
    gc.disable()
    try:
        analyze(text)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_the_whole_file_pass_after_reading_pieces_reuses_them(monkeypatch):
    """The server's path for a large file: plan, read the pieces in slices, then analyse the whole text. The
    last pass finds every piece cached (the cache grows to hold a file larger than its limit) and the same
    plan (no second split, the context hashed once)."""
    from pivot.analysis import file_plan, read_piece

    text = source(12)
    cache = AnalysisCache(limit=4)
    plan = file_plan(text)
    cache.fit(len(plan[0]))
    for piece in plan[0]:
        read_piece(piece, plan[1], cache)
    misses = cache.misses
    assert file_plan(text) is plan
    analyze(text, cache)
    assert cache.misses == misses
