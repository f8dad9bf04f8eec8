"""Analysis: the piecewise parse agrees with a whole-file parse; the cache re-reads only what changed."""
import ast

import pytest

from pivot.analysis import AnalysisCache, analyze, parse_incrementally, split_chunks
from tests.conftest import BREADTH, CORPUS

TRICKY = '''"""A module docstring whose lines look like code:
def not_a_function():
class NotAClass:
"""
import torch.nn as nn

x = (
1, 2)


@staticmethod
@property
def f():
    return 1
class Net(nn.Module):
    def forward(self, x):
        return x
'''


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*/*.py")) + sorted(BREADTH.glob("*/*.py")), ids=lambda p: p.name)
def test_piecewise_parse_matches_whole_file(path):
    source = path.read_text()
    pieces = parse_incrementally(source)
    assert pieces is not None
    assert pieces[1] == split_chunks(source, ast.parse(source))


def test_piecewise_parse_with_code_like_strings_and_decorators():
    pieces = parse_incrementally(TRICKY)
    assert pieces is None or pieces[1] == split_chunks(TRICKY, ast.parse(TRICKY))
    assert [n.name for n in analyze(TRICKY).networks] == ["Net"]


def test_an_edit_rereads_one_definition():
    source = (CORPUS / "torch" / "lenet5.py").read_text() + "\n\n" + (CORPUS / "torch" / "tabular_mlp.py").read_text()
    cache = AnalysisCache()
    first = analyze(source, cache)
    misses = cache.misses
    edited = source.replace("nn.Linear(84, num_classes)", "nn.Linear(84, 2 * num_classes)")
    second = analyze(edited, cache)
    assert cache.misses - misses == 1
    assert [n.name for n in second.networks] == [n.name for n in first.networks]


def test_a_rebound_name_is_described_as_it_is_at_that_line():
    """`x = x.mean((2, 3))` after `x = conv(x)`: the hover shows the mean's own result, not x's last shape."""
    from pathlib import Path

    from pivot.analysis import analyze
    from pivot.describe import describe_at

    source = (Path(__file__).parents[1] / "corpus_breadth" / "torch" / "rebound_names.py").read_text()
    line = next(i for i, text in enumerate(source.splitlines(), 1) if "x.mean(" in text)
    hover = describe_at(analyze(source), line, source.splitlines()[line - 1].index("x.mean") + 2)
    assert "**Mean**" in hover and hover.endswith("output shape: (N, 8)")
