"""Property: whatever sequence of edits arrives, the server answers every request, keeps an exact copy of
the text (incremental sync, UTF-16 positions, CR/LF) and publishes diagnostics for the final version.

One server serves all examples (a test of its own event loop, so hypothesis can shrink failures);
examples are bounded so this runs well under a minute.
"""
from __future__ import annotations

import asyncio
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lsprotocol import types as lsp

from lsp_support import BOTH, TORCH_CNN, TORCH_UNKNOWN, capabilities, config, initialize, until

pytestmark = pytest.mark.slow  # starts a language server process per test

FRAGMENTS = [
    "(", ")", "[", "]", ":", ",", "\n", "\r\n", "    ", "\t", '"', "'''", "#", "\\", "\x0c",
    "nn.Linear(3, 4)", "nn.Conv2d(3, 8, 3)", "self.extra = nn.Foo(1)\n", "F.relu(x)",
    "class X(nn.Module):\n", "def forward(self, x):\n", "return x\n", "layers.Dense(4)",
    "é", "模型", "😀", "𝔘", "\u2028", "\x00",
]

_BREAK = re.compile(r"\r\n|\r|\n")


def position(text: str, offset: int) -> lsp.Position:
    """The LSP position (UTF-16 columns) of a code-point offset, never inside a CRLF."""
    line, start = 0, 0
    for m in _BREAK.finditer(text, 0, offset):
        if m.end() > offset:
            break
        line, start = line + 1, m.end()
    col = text[start:offset]
    return lsp.Position(line, len(col.encode("utf-16-le")) // 2)


def snap(text: str, offset: int) -> int:
    """Move an offset off the middle of a CRLF (LSP cannot address it)."""
    offset = max(0, min(offset, len(text)))
    if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
        offset -= 1
    return offset


edit_strategy = st.tuples(
    st.floats(0, 1), st.integers(0, 40),
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6),
              st.lists(st.sampled_from(FRAGMENTS), max_size=4).map("".join)),
)


class Session:
    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.client = self.loop.run_until_complete(config().start())
        self.loop.run_until_complete(initialize(self.client, capabilities()))
        self.count = 0

    def run(self, coro, timeout=60):
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def close(self):
        try:
            self.run(self.client.shutdown_session(), 30)
        finally:
            self.loop.run_until_complete(self.client.stop())
            self.loop.close()


@pytest.fixture(scope="module")
def session():
    s = Session()
    yield s
    s.close()


async def exercise(client, uri: str, start: str, edits) -> None:
    text, version = start, 1
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        lsp.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)))
    ident = lsp.TextDocumentIdentifier(uri=uri)
    for i, (where, length, new) in enumerate(edits):
        a = snap(text, int(where * len(text)))
        b = snap(text, a + length)
        rng = lsp.Range(position(text, a), position(text, b))
        text = text[:a] + new + text[b:]
        version += 1
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[lsp.TextDocumentContentChangePartial(range=rng, text=new)]))
        if i % 3 == 0:  # requests interleaved with edits, answered from whatever analysis is current
            pos = position(text, snap(text, int(where * len(text))))
            await asyncio.wait_for(client.text_document_hover_async(lsp.HoverParams(ident, pos)), 20)
            actions = await asyncio.wait_for(client.text_document_code_action_async(lsp.CodeActionParams(
                ident, lsp.Range(pos, pos), lsp.CodeActionContext(diagnostics=[]))), 20)
            if actions and i % 2 == 0:
                resolved = await asyncio.wait_for(client.code_action_resolve_async(actions[0]), 30)
                assert resolved.title == actions[0].title
    await until(lambda: any(p.uri == uri and p.version == version for p in client.published), 30,
                f"diagnostics of v{version}")
    server_text = await asyncio.wait_for(client.workspace_execute_command_async(lsp.ExecuteCommandParams(
        command="pivot.debug.text", arguments=[uri])), 20)
    assert server_text == text
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(ident))


@pytest.mark.slow  # 60 random edit sequences: a long session
@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(start=st.sampled_from([TORCH_CNN, BOTH, TORCH_UNKNOWN, (TORCH_CNN + TORCH_UNKNOWN).replace("\n", "\r\n"), ""]),
       edits=st.lists(edit_strategy, min_size=1, max_size=12))
def test_random_edit_sequences(session, start, edits):
    session.count += 1
    session.run(exercise(session.client, f"file:///work/prop_{session.count}.py", start, edits), timeout=120)
    assert session.client._server.returncode is None  # the server process is alive
