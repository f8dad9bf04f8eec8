"""Unit properties of server/text.py: LSP line splitting, incremental edits, line maps, line-diff edits."""
from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from lsp_support import ROOT

sys.path.insert(0, str(ROOT))
from server.text import LineMap, Units, apply_change, line_edits, split_lines  # noqa: E402

pytestmark = pytest.mark.slow  # starts a language server process per test

ALPHABET = st.sampled_from(list("ab( )\t") + ["\n", "\r", "\r\n", "\x0c", "\u2028", "é", "😀", "𝔘"])
texts = st.lists(ALPHABET, max_size=40).map("".join)


def lsp_split(text: str) -> list[str]:
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)


def offset(lines: list[str], line: int, col: int) -> int:
    return sum(len(l) for l in lines[:line]) + col


@given(texts)
def test_split_lines_matches_lsp(text):
    lines = split_lines(text)
    assert "".join(lines) == text and lines == lsp_split(text)


@settings(max_examples=300)
@given(texts, st.integers(0, 45), st.integers(0, 45), texts)
def test_apply_change_is_a_splice(text, a, b, new):
    lines = split_lines(text)
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    # Positions as a client would send them: never inside a CRLF.
    if 0 < a < len(text) and text[a - 1:a + 1] == "\r\n":
        a -= 1
    if 0 < b < len(text) and text[b - 1:b + 1] == "\r\n":
        b -= 1
    def pos(off):
        line, start = 0, 0
        for i, l in enumerate(lines):
            if start + len(l) > off or (start + len(l) == off and not l.endswith(("\n", "\r"))):
                return i, off - start
            start += len(l)
            line = i + 1
        return line, 0
    result = apply_change(lines, pos(a), pos(b), new)
    expected = text[:a] + new + text[b:]
    assert "".join(result) == expected and result == split_lines(expected)


@given(st.lists(st.sampled_from(["a\n", "b\n", "c\n", "\n", "d"]), max_size=30),
       st.lists(st.sampled_from(["a\n", "b\n", "c\n", "\n", "x\n"]), max_size=30))
def test_line_map_and_line_edits(old, new):
    lm = LineMap.between(old, new)
    for i in range(len(new)):
        j = lm.to_old(i)
        if j is not None:
            assert old[j] == new[i] and lm.to_new(j) == i
    rebuilt = list(old)
    for e in sorted(line_edits(old, new), key=lambda e: e.start, reverse=True):
        rebuilt[e.start:e.end] = [e.text] if e.text else []
    assert "".join(rebuilt) == "".join(new)


def test_units():
    line = "a😀é𝔘b\n"
    for enc, expected in (("utf-16", [0, 1, 3, 4, 6, 7]), ("utf-32", [0, 1, 2, 3, 4, 5]),
                          ("utf-8", [0, 1, 5, 7, 11, 12])):
        u = Units(enc)
        assert [u.to_client(line, c) for c in range(6)] == expected
        assert [u.from_client(line, x) for x in expected] == list(range(6))
