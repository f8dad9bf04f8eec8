"""A file past the size limit (`largeFileLines`, lowered here) is analysed definition by definition on
its own thread: a newer version supersedes the analysis of an older one, and a request before the first
analysis reads only the definition it points at (issue 14)."""
from __future__ import annotations

import asyncio
import sys

import pytest_lsp
from pytest_lsp import LanguageClient
import pytest

from lsp_support import ROOT, Doc, capabilities, command, config, debug_state, initialize, line_of, pos_of

sys.path.insert(0, str(ROOT / "bench"))
from lsp_latency import generate  # noqa: E402

pytestmark = pytest.mark.slow  # starts a language server process per test

LIMIT = 300


@pytest_lsp.fixture(config=config())
async def large_client(lsp_client: LanguageClient):
    await initialize(lsp_client, capabilities(), options={"largeFileLines": LIMIT})
    yield
    await lsp_client.shutdown_session()


async def document_state(client, uri: str) -> dict:
    return (await debug_state(client))["documents"][uri]


async def test_a_request_before_the_first_analysis_reads_one_definition(large_client):
    client = large_client
    await command(client, "pivot.debug.slowAnalysis", 30.0)  # the whole-file analysis lands late
    text = generate(1200, seed=3)
    doc = Doc(client, "file:///work/large1.py", text)
    hover = await doc.hover(pos_of(text, "self.conv2 = nn.Conv2d(", 20))
    assert hover is not None and "Conv2d" in hover.contents.value
    state = await document_state(client, doc.uri)
    assert state["analysed_version"] is None and 1 <= state["partial_networks"] <= 2
    actions = await doc.actions(line_of(text, "class TorchNet5("))
    assert any("TorchNet5" in a.title for a in actions)


async def test_a_newer_version_supersedes_the_analysis_and_the_result_is_a_fresh_servers(large_client):
    client = large_client
    text = generate(2000, seed=4)
    doc = Doc(client, "file:///work/large2.py", text)

    async def analysing():
        while not (await document_state(client, doc.uri))["analysing"]:
            await asyncio.sleep(0.005)

    await asyncio.wait_for(analysing(), 30)
    line = line_of(doc.text, "class TorchNet6(")
    doc.edit((line + 6, 0), (line + 6, 0), "        self.extra = nn.Foo(3)\n")
    final = await doc.diagnostics(timeout=180)
    state = await document_state(client, doc.uri)
    assert state["superseded"] >= 1 and state["analysed_version"] == doc.version
    fresh = Doc(client, "file:///work/large2-fresh.py", doc.text)
    expected = await fresh.diagnostics(timeout=180)
    assert [(d.code, d.range, d.message) for d in final] == [(d.code, d.range, d.message) for d in expected]
    assert any(d.code == "PIV101" for d in final)
