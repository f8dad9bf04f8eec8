"""A seeded, hypothesis-driven LSP session (issue 14): random edits, hovers, code actions, resolves,
commands and invalid params. Every request is answered within a bound, none with an internal error, the
server survives, and its final text and diagnostics are a fresh server's. The larger campaign is
bench/lsp_fuzz.py."""
from __future__ import annotations

import asyncio

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from fuzz_session import SNIPPETS, run_script

pytestmark = pytest.mark.slow  # starts a language server process per test

raw = st.integers(min_value=0, max_value=10_000)
OPS = st.one_of(
    st.tuples(st.just("edit"), raw, raw, raw, raw, st.lists(st.sampled_from(SNIPPETS), max_size=3).map("".join)),
    st.tuples(st.just("hover"), raw, raw),
    st.tuples(st.just("actions"), raw, raw),
    st.tuples(st.just("resolve"), raw),
    st.tuples(st.just("command"), raw, raw),
    st.tuples(st.just("invalid"), raw),
    st.tuples(st.just("pause"), raw),
)


@pytest.mark.slow  # a long randomized session
@seed(14)
@settings(max_examples=3, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(script=st.lists(OPS, min_size=10, max_size=30))
def test_fuzzed_session(script):
    stats = asyncio.run(run_script(script))
    assert stats.unanswered == [], f"requests never answered: {stats.unanswered}"
    assert stats.internal == [], f"internal errors: {stats.internal}"
    assert not stats.crashed
    assert stats.text_matches
    assert stats.diagnostics_match, stats.mismatch
    assert stats.answered == stats.requests
