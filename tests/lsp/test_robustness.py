"""Robustness: failing requests, truncated files, long lines, deep nesting, non-ASCII, 10,000+ lines."""
from __future__ import annotations

import asyncio
import sys

import pytest
from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcException

from lsp_support import (BOTH, ROOT, TORCH_CNN, TORCH_UNKNOWN, Doc, command, debug_state, line_of, pos_of,
                         until)

sys.path.insert(0, str(ROOT / "bench"))
from lsp_latency import generate  # noqa: E402

pytestmark = pytest.mark.slow  # starts a language server process per test


async def alive(client, doc: Doc | None = None) -> None:
    """The server still answers: a hover on a fresh, well-formed document."""
    probe = Doc(client, f"file:///work/probe{id(doc)}_{asyncio.get_running_loop().time()}.py", TORCH_CNN)
    assert await probe.hover(pos_of(TORCH_CNN, "nn.Linear", 3)) is not None
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(probe.ident))


async def test_failing_requests_do_not_take_the_server_down(client):
    # Malformed resolve data, commands whose handlers raise, requests for unknown documents.
    garbage = lsp.CodeAction(title="x", data={"uri": 5, "target": None, "classes": {"a": 1}})
    assert (await asyncio.wait_for(client.code_action_resolve_async(garbage), 15)).edit is None
    garbage = lsp.CodeAction(title="x", data="not a dict")
    assert (await asyncio.wait_for(client.code_action_resolve_async(garbage), 15)).edit is None
    for args in [(None,), ([1, 2],), ({"uri": {"nested": True}},)]:
        with pytest.raises(JsonRpcException):
            await command(client, "pivot.showPivotModel", *args)
    assert await asyncio.wait_for(client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri="file:///nope.py"),
        range=lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)),
        context=lsp.CodeActionContext(diagnostics=[]))), 15) is None
    # An edit for a document that was never opened, and one with an out-of-range position.
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri="file:///nope.py", version=3),
        content_changes=[lsp.TextDocumentContentChangeWholeDocument(text="x")]))
    doc = Doc(client, "file:///work/r1.py", TORCH_CNN)
    doc.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=doc.uri, version=2),
        content_changes=[lsp.TextDocumentContentChangePartial(
            range=lsp.Range(lsp.Position(500, 3), lsp.Position(900, 0)), text="\n# appended\n")]))
    await doc.diagnostics(version=2)
    assert (await command(client, "pivot.debug.text", doc.uri)).endswith("\n# appended\n")
    await alive(client)


async def test_truncated_files(client):
    text = BOTH
    doc = Doc(client, "file:///work/r2.py", text)
    await doc.diagnostics()
    cuts = sorted({int(len(text) * k / 23) for k in range(1, 23)} | {text.index("nn.Foo") + 4})
    for cut in cuts:
        version = doc.replace_all(text[:cut])
        diags = await doc.diagnostics(version)
        assert all(d.source == "pivot" for d in diags)
    await alive(client)


async def test_very_long_lines_and_deep_nesting(client):
    """Inputs that crash (segfault) or stall libcst's native parser must not reach it."""
    cases = {
        "long line": TORCH_CNN + "x = [" + "1, " * 60_000 + "1]\n",
        "long model line": TORCH_CNN.replace("nn.Linear(16 * 8 * 8, num_classes)",
                                             "nn.Linear(" + "1 + " * 5000 + "1, num_classes)"),
        "deep parens": TORCH_CNN + "y = " + "(" * 5000 + "1" + ")" * 5000 + "\n",
        "deep unary": TORCH_CNN + "nn_y = " + "-" * 10_000 + "1\n",
        "deep brackets in a model": TORCH_CNN.replace("return self.fc(x)",
                                                      "return self.fc(" + "[" * 3000 + "x" + "]" * 3000 + ")"),
        "many lines": TORCH_CNN + "z = 1\n" * 30_000,
    }
    for name, text in cases.items():
        doc = Doc(client, f"file:///work/r3_{name.replace(' ', '_')}.py", text)
        diags = await doc.diagnostics(timeout=120)
        assert all(d.source == "pivot" for d in diags), name
        actions = await doc.actions(line_of(text, "class Net"))
        assert isinstance(actions, list), name
        client.text_document_did_close(lsp.DidCloseTextDocumentParams(doc.ident))
    await alive(client)


async def test_non_ascii_everywhere(client):
    text = ("# -*- coding: utf-8 -*-\n# Ünïcödé 模型 😀𝔘\n" + TORCH_CNN.replace("A small CNN.", "Ein kleines Netz 🧠")
            + TORCH_UNKNOWN.replace("Odd", "Sonderbar"))
    doc = Doc(client, "file:///work/r4.py", text)
    (d,) = await doc.diagnostics()
    assert d.code == "PIV101"
    action = next(a for a in await doc.actions(line_of(text, "class Net")) if "`Net`" in a.title)
    resolved = await doc.resolve(action)
    assert resolved.edit is not None
    preview = await command(client, "pivot.migrationPreview", doc.uri, "tensorflow")
    assert "Ein kleines Netz 🧠" in preview["migrated"] and preview["original"] == text


@pytest.mark.slow  # a large file: a long analysis
async def test_ten_thousand_lines(client):
    text = generate(10_000, seed=3) + TORCH_UNKNOWN
    assert text.count("\n") > 10_000
    doc = Doc(client, "file:///work/r5.py", text)
    diags = await doc.diagnostics(timeout=180)
    assert [x.code for x in diags] == ["PIV101"]
    assert await doc.hover(pos_of(text, "nn.Conv2d", 3)) is not None
    titles = [a.title for a in await doc.actions(line_of(text, "class TorchNet500"))]
    assert "Migrate `TorchNet500` to TensorFlow" in titles
    # An edit near the end is re-analysed and published.
    line = line_of(text, "self.foo = nn.Foo(3)")
    doc.edit((line, 0), (line + 1, 0), "")
    assert await doc.diagnostics(timeout=180) != diags
    state = (await debug_state(client))["documents"][doc.uri]
    assert state["analysed_version"] == doc.version
