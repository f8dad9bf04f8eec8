"""Diagnostics: push and pull, the syntax-error path, coalescing of edit bursts, positions."""
from __future__ import annotations

import asyncio

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import LanguageClient

from lsp_support import (BOTH, KERAS_SEQ, TORCH_CNN, TORCH_UNKNOWN, Doc, capabilities, command, config,
                         debug_state, initialize, line_of, pos_of, until)

pytestmark = pytest.mark.slow  # starts a language server process per test


async def test_pushes_pivot_diagnostics(client):
    doc = Doc(client, "file:///work/both.py", BOTH)
    diags = await doc.diagnostics()
    assert len(diags) == 1
    d = diags[0]
    line = line_of(BOTH, "nn.Foo(3)")
    assert (d.code, d.source, d.severity) == ("PIV101", "pivot", lsp.DiagnosticSeverity.Error)
    assert "nn.Foo" in d.message
    assert d.range.start == lsp.Position(line, BOTH.splitlines()[line].index("nn.Foo"))
    assert d.range.end.line == line and d.range.end.character > d.range.start.character


async def test_clean_files_publish_empty_diagnostics(client):
    torch_doc = Doc(client, "file:///work/cnn.py", TORCH_CNN)
    keras_doc = Doc(client, "file:///work/seq.py", KERAS_SEQ)
    assert await torch_doc.diagnostics() == []
    assert await keras_doc.diagnostics() == []


async def test_close_clears_diagnostics(client):
    doc = Doc(client, "file:///work/closing.py", TORCH_CNN + TORCH_UNKNOWN)
    assert await doc.diagnostics()
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(doc.ident))
    await until(lambda: doc.uri in client.diagnostics and len(client.diagnostics[doc.uri]) == 0,
                what="cleared diagnostics")


async def test_incremental_edits_update_diagnostics(client):
    doc = Doc(client, "file:///work/edit.py", TORCH_CNN + TORCH_UNKNOWN)
    assert [d.code for d in await doc.diagnostics()] == ["PIV101"]
    line = line_of(doc.text, "nn.Foo(3)")
    col = doc.text.splitlines()[line].index("Foo")
    doc.edit((line, col), (line, col + 3), "ReLU")  # nn.Foo(3) -> nn.ReLU(3)... still a call
    doc.edit((line, col + 5), (line, col + 6), "")  # drop the argument: nn.ReLU()
    assert await doc.diagnostics() == []
    assert await command(client, "pivot.debug.text", doc.uri) == doc.text


async def test_syntax_error_keeps_last_good_analysis(client):
    doc = Doc(client, "file:///work/typing.py", TORCH_CNN + TORCH_UNKNOWN)
    await doc.diagnostics()
    conv = pos_of(doc.text, "nn.Conv2d", 3)
    good_hover = await doc.hover(conv)
    assert good_hover is not None

    # Mid-typing, in Odd (below Net): the file no longer parses.
    line = line_of(doc.text, "return self.fc(self.foo(x))")
    doc.edit((line, 0), (line, 0), "        y = (x +\n")
    diags = await doc.diagnostics()
    assert [d.code for d in diags] == ["PIV001"], diags
    assert diags[0].severity == lsp.DiagnosticSeverity.Error

    # Net is unchanged: hover and actions still work there.
    assert (await doc.hover(conv)).contents.value == good_hover.contents.value
    titles = [a.title for a in await doc.actions(line_of(doc.text, "class Net"))]
    assert "Migrate `Net` to TensorFlow" in titles
    # ... and the migration is computed from the last text that parsed, placed around the broken line.
    action = next(a for a in await doc.actions(conv.line) if "`Net`" in a.title)
    resolved = await doc.resolve(action)
    from lsp_support import apply_text_edits, edits_of
    migrated = apply_text_edits(doc.text, edits_of(resolved.edit, doc.uri))
    assert "class Net(keras.Model):" in migrated and "        y = (x +\n" in migrated
    assert "class Odd(nn.Module):" in migrated

    # Typing above Net shifts it: the last good analysis is still found through the line map.
    doc.edit((line_of(doc.text, "class Net"), 0), (line_of(doc.text, "class Net"), 0), "# a comment\n\n")
    await doc.diagnostics()
    assert await doc.hover(pos_of(doc.text, "nn.Conv2d", 3)) is not None

    # Finishing the expression brings the real diagnostics back.
    line = line_of(doc.text, "y = (x +")
    doc.edit((line, len("        y = (x +")), (line, len("        y = (x +")), " 1)")
    assert [d.code for d in await doc.diagnostics()] == ["PIV101"]


async def test_a_burst_of_edits_is_coalesced(client):
    doc = Doc(client, "file:///work/burst.py", TORCH_CNN + TORCH_UNKNOWN)
    await doc.diagnostics()
    before = (await debug_state(client))["documents"][doc.uri]
    line = line_of(doc.text, '"""A small CNN."""')
    col = len('    """A small CNN.')
    for ch in "typing quickly":  # sent back to back, like fast typing
        doc.edit((line, col), (line, col), ch)
        col += 1
    await doc.diagnostics()
    after = (await debug_state(client))["documents"][doc.uri]
    assert after["analysed_version"] == doc.version
    assert after["analyses"] - before["analyses"] <= 3, (before, after)  # 14 edits, (about) one analysis
    versions = [p.version for p in client.published if p.uri == doc.uri]
    assert versions == sorted(versions) and versions[-1] == doc.version
    assert after["analyses"] == after["published"] + after["stale_dropped"]
    assert await command(client, "pivot.debug.text", doc.uri) == doc.text


async def test_stale_analysis_is_not_published(client):
    """An analysis overtaken by a newer edit is dropped; only the newest version is published."""
    import sys
    sys.path.insert(0, str(__import__("lsp_support").ROOT / "bench"))
    from lsp_latency import generate

    doc = Doc(client, "file:///work/stale.py", generate(1500, seed=5))
    await doc.diagnostics(timeout=120)
    await command(client, "pivot.debug.slowAnalysis", 0.5)  # the next analysis is overtaken for sure
    # Changing an import changes every definition's context: a long, full re-analysis.
    line = line_of(doc.text, "import torch.nn.functional as F")
    stale = doc.edit((line, 0), (line + 1, 0), "import torch.nn.functional as F  # changed\n")

    async def analysing():
        while not (await debug_state(client))["documents"][doc.uri]["analysing"]:
            await asyncio.sleep(0.005)

    await asyncio.wait_for(analysing(), 30)
    line = line_of(doc.text, "class TorchNet0")
    doc.edit((line, 0), (line, 0), "# newer\n")
    await command(client, "pivot.debug.slowAnalysis", 0.0)
    await doc.diagnostics(timeout=120)
    state = (await debug_state(client))["documents"][doc.uri]
    assert state["stale_dropped"] >= 1
    assert stale not in [p.version for p in client.published if p.uri == doc.uri]


async def test_unchanged_definitions_are_not_reanalysed(client):
    """The per-document AnalysisCache: an edit in one class re-reads that class only."""
    text = TORCH_CNN + "".join(TORCH_UNKNOWN.replace("Odd", f"Odd{i}") for i in range(6))
    doc = Doc(client, "file:///work/cached.py", text)
    await doc.diagnostics()
    before = (await debug_state(client))["documents"][doc.uri]["cache"]
    line = line_of(doc.text, "nn.Linear(4, 2)", 3)
    col = doc.text.splitlines()[line].index("4")
    doc.edit((line, col), (line, col + 1), "5")
    await doc.diagnostics()
    after = (await debug_state(client))["documents"][doc.uri]["cache"]
    assert after["misses"] - before["misses"] == 1, (before, after)
    assert after["hits"] - before["hits"] >= 6


async def test_pull_diagnostics(pull_client):
    client = pull_client
    doc = Doc(client, "file:///work/pull.py", TORCH_CNN + TORCH_UNKNOWN)

    async def pull(previous=None):
        return await asyncio.wait_for(client.text_document_diagnostic_async(lsp.DocumentDiagnosticParams(
            text_document=doc.ident, previous_result_id=previous)), 30)

    report = await pull()
    assert report.kind == "full" and [d.code for d in report.items] == ["PIV101"]
    assert report.items[0].source == "pivot"
    again = await pull(report.result_id)
    assert again.kind == "unchanged" and again.result_id == report.result_id

    # An edit is analysed at once for a pull (no debounce wait), and the result reflects it.
    line = line_of(doc.text, "self.foo = nn.Foo(3)")
    doc.edit((line, 0), (line + 1, 0), "")
    line = line_of(doc.text, "return self.fc(self.foo(x))")
    doc.edit((line, 0), (line + 1, 0), "        return self.fc(x)\n")
    report = await pull(report.result_id)
    assert report.kind == "full" and list(report.items) == []
    assert client.published == []  # a pulling client gets no pushed duplicates


@pytest_lsp.fixture(config=config())
async def utf32_client(lsp_client: LanguageClient):
    lsp_client.init_result = await initialize(lsp_client, capabilities(encodings=["utf-32"]))
    yield
    await lsp_client.shutdown_session()


NON_ASCII = TORCH_CNN.replace('"""A small CNN."""', '"""Ein kleines CNN – für Bilder 🖼."""') + '''

class Odd(nn.Module):
    """Ünïcödé 😀 everywhere."""

    def __init__(self):
        super().__init__()
        self.bar = "😀😀"; self.foo = nn.Foo(3)
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc(self.foo(x))
'''


def _units(s: str, encoding: str) -> int:
    return len(s.encode("utf-16-le")) // 2 if encoding == "utf-16" else len(s)


async def _check_non_ascii(client, uri: str, encoding: str):
    doc = Doc(client, uri, NON_ASCII)
    (d,) = await doc.diagnostics()
    line = line_of(NON_ASCII, "nn.Foo(3)")
    text = NON_ASCII.splitlines()[line]
    assert d.range.start == lsp.Position(line, _units(text[:text.index("nn.Foo")], encoding))
    assert d.range.end == lsp.Position(line, _units(text[:text.index("(3)") + 3], encoding))
    # An incremental edit after the emoji, in client units, lands where the client meant it.
    col = _units(text[:text.index("(3)") + 1], encoding)
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[lsp.TextDocumentContentChangePartial(
            range=lsp.Range(lsp.Position(line, col), lsp.Position(line, col + 1)), text="7")]))
    expected = NON_ASCII.replace("nn.Foo(3)", "nn.Foo(7)")
    await until(lambda: any(p.uri == uri and p.version == 2 for p in client.published), what="v2")
    assert await command(client, "pivot.debug.text", uri) == expected
    hover = await doc.hover(lsp.Position(line_of(NON_ASCII, "self.fc = nn.Linear(4, 2)"), 20))
    assert hover is not None


async def test_non_ascii_positions_utf16(client):
    await _check_non_ascii(client, "file:///work/unicode16.py", "utf-16")


async def test_non_ascii_positions_utf32(utf32_client):
    await _check_non_ascii(utf32_client, "file:///work/unicode32.py", "utf-32")


async def test_crlf_files_keep_lines_aligned(client):
    text = (TORCH_CNN + TORCH_UNKNOWN).replace("\n", "\r\n")
    doc = Doc(client, "file:///work/crlf.py", text)
    (d,) = await doc.diagnostics()
    assert d.code == "PIV101" and d.range.start.line == line_of(text, "nn.Foo(3)")


@pytest.mark.parametrize("odd", ["\x0c", "\u2028"])
async def test_form_feed_and_line_separator_keep_lines_aligned(client, odd):
    """LSP (and Python) lines break at \\n, \\r\\n and \\r only, not at form feeds or U+2028."""
    text = TORCH_CNN + f"s = '{odd}'\n" + TORCH_UNKNOWN
    doc = Doc(client, "file:///work/formfeed.py", text)
    (d,) = await doc.diagnostics()
    assert d.code == "PIV101" and d.range.start.line == line_of(text, "nn.Foo(3)")
