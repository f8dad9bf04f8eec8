"""A scripted LSP session against a real Pivot server, for fuzzing (tests/lsp/test_fuzz_session.py draws
the script with hypothesis; bench/lsp_fuzz.py with a seeded random generator, many times over).

A script is a list of operations (tuples; raw integers are reduced modulo the document's size):
  ("edit", line, col, lines_down, end_col, text)   incremental edit (may delete a span)
  ("hover", line, col)        ("actions", line, lines_down)      ("resolve", k)
  ("command", name, k)        ("invalid", k)                      ("pause", ms)
Every request must be answered (a result or an error) within REQUEST_BOUND; at the end the server's text
must equal the client's and its diagnostics those of a fresh server given the final text.
"""
from __future__ import annotations

import asyncio
import atexit
import collections
import os
import shutil
import sys
import tempfile
import uuid
from dataclasses import dataclass, field

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcException

from lsp_support import BOTH, GUARDED_SERVER, Doc, capabilities, initialize, make_client, raw_request, server_env

REQUEST_BOUND = 60.0  # seconds; generous: the machine may be busy

SNIPPETS = ["x", " ", "\n", "(", ")", "[", "]", ":", ",", "'", '"""', "#", "\t", "é", "🙂", "0", "-1",
            "self.fc2 = nn.Linear(4, 2)\n", "        x = F.relu(x)\n", "class Extra(nn.Module):\n",
            "    def forward(self, x):\n        return x\n", "layers.Dense(3),\n", "nn.Conv2d(3, 8, 3)",
            "import torch\n", "def f(:\n", "\n\n", "nn.Foo(3)", "keras.Sequential([\n"]
COMMANDS = ["pivot.migrationPreview", "pivot.showPivotModel", "pivot.verify"]
NAMES = ["Net", "Odd", "model", "Nope", 7, None, ["Net"]]
TARGETS = ["tensorflow", "pytorch", "jax", 3]
ERROR_NAMES = {-32602: "InvalidParams", -32600: "InvalidRequest", -32603: "InternalError",
               -32800: "RequestCancelled", -32601: "MethodNotFound"}


@dataclass
class Stats:
    edits: int = 0
    requests: int = 0
    answered: int = 0
    unanswered: list = field(default_factory=list)
    errors: collections.Counter = field(default_factory=collections.Counter)
    internal: list = field(default_factory=list)
    crashed: bool = False
    text_matches: bool = True
    diagnostics_match: bool = True
    mismatch: str = ""

    def add(self, other: "Stats") -> None:
        self.edits += other.edits
        self.requests += other.requests
        self.answered += other.answered
        self.unanswered += other.unanswered
        self.errors.update(other.errors)
        self.internal += other.internal
        self.crashed |= other.crashed
        self.text_matches &= other.text_matches
        self.diagnostics_match &= other.diagnostics_match
        self.mismatch = self.mismatch or other.mismatch


LOG_DIR = tempfile.mkdtemp(prefix="pivot-fuzz-logs-")  # server logs (tracebacks of refused requests)
atexit.register(shutil.rmtree, LOG_DIR, True)


async def start_client(options: dict | None = None):
    client = make_client()
    log_file = os.path.join(LOG_DIR, f"server-{uuid.uuid4().hex[:8]}.log")
    await client.start_io(sys.executable, GUARDED_SERVER, "--log-file", log_file, env=server_env())
    # UTF-32 positions: the script counts code points (its text has characters outside the BMP).
    await initialize(client, capabilities(encodings=["utf-32"]), options={"debounceMs": 10, **(options or {})})
    return client


async def stop_client(client) -> bool:
    """Shut the server down; whether it was still alive."""
    alive = client._server is not None and client._server.returncode is None
    try:
        await asyncio.wait_for(client.shutdown_session(), 30)
    except Exception:
        alive = False
    await client.stop()
    return alive


def _position(doc: Doc, line: int, col: int) -> tuple[int, int]:
    lines = doc.text.split("\n")
    line %= len(lines)
    return line, col % (len(lines[line]) + 1)


class Session:
    def __init__(self, client, doc: Doc):
        self.client, self.doc, self.stats = client, doc, Stats()
        self.actions: list = []

    async def request(self, what: str, awaitable):
        self.stats.requests += 1
        try:
            result = await asyncio.wait_for(asyncio.ensure_future(awaitable), REQUEST_BOUND)
        except JsonRpcException as exc:
            self.stats.answered += 1
            self.stats.errors[ERROR_NAMES.get(exc.code, str(exc.code))] += 1
            if exc.code == -32603:
                self.stats.internal.append(f"{what}: {exc.message}")
            return None
        except asyncio.TimeoutError:
            self.stats.unanswered.append(what)
            return None
        self.stats.answered += 1
        return result

    async def run(self, op: tuple) -> None:
        kind, doc, c = op[0], self.doc, self.client
        if kind == "edit":
            _, line, col, down, end_col, text = op
            start = _position(doc, line, col)
            end = _position(doc, start[0] + down % 4, end_col) if down % 4 else (start[0], start[1])
            if end < start:
                start, end = end, start
            doc.edit(start, end, text)
            self.stats.edits += 1
        elif kind == "hover":
            line, col = _position(doc, op[1], op[2])
            await self.request("hover", c.text_document_hover_async(lsp.HoverParams(
                text_document=doc.ident, position=lsp.Position(line, col))))
        elif kind == "actions":
            line, _ = _position(doc, op[1], 0)
            end, _ = _position(doc, line + op[2] % 30, 0)
            rng = lsp.Range(lsp.Position(line, 0), lsp.Position(max(line, end), 0))
            found = await self.request("codeAction", c.text_document_code_action_async(lsp.CodeActionParams(
                text_document=doc.ident, range=rng, context=lsp.CodeActionContext(diagnostics=[]))))
            self.actions = [a for a in (found or []) if isinstance(a, lsp.CodeAction)]
        elif kind == "resolve" and self.actions:
            action = self.actions[op[1] % len(self.actions)]
            await self.request("codeAction/resolve", c.code_action_resolve_async(action))
        elif kind == "command":
            name, k = COMMANDS[op[1] % len(COMMANDS)], op[2]
            args = {"pivot.migrationPreview": [doc.uri, TARGETS[k % len(TARGETS)]],
                    "pivot.showPivotModel": [doc.uri, NAMES[k % len(NAMES)]],
                    "pivot.verify": [doc.uri, "Net", "tensorflow"]}[name]
            await self.request(name, c.workspace_execute_command_async(
                lsp.ExecuteCommandParams(command=name, arguments=args)))
        elif kind == "invalid":
            ident = {"uri": doc.uri}
            params = [("textDocument/hover", {"textDocument": ident, "position": {"line": -1, "character": 0}}),
                      ("textDocument/hover", {"textDocument": ident, "position": {"line": 0}}),
                      ("textDocument/codeAction", {"textDocument": ident}),
                      ("codeAction/resolve", {"title": 5}),
                      ("workspace/executeCommand", {"command": "pivot.showPivotModel", "arguments": [{"uri": 1}]}),
                      ("textDocument/hover", {"textDocument": {"uri": "file:///not/open.py"},
                                              "position": {"line": 0, "character": 0}})][op[1] % 6]
            await self.request(f"invalid {params[0]}", raw_request(c, *params))
        elif kind == "pause":
            await asyncio.sleep(op[1] % 200 / 1000)

    async def check_final(self) -> None:
        """The server's text is the client's; its diagnostics are a fresh server's for that text."""
        text = await self.request("debug.text", self.client.workspace_execute_command_async(
            lsp.ExecuteCommandParams(command="pivot.debug.text", arguments=[self.doc.uri])))
        self.stats.text_matches = text == self.doc.text
        mine = await self.doc.diagnostics(timeout=REQUEST_BOUND)
        fresh_client = await start_client()
        try:
            fresh = Doc(fresh_client, self.doc.uri, self.doc.text)
            theirs = await fresh.diagnostics(timeout=REQUEST_BOUND)
        finally:
            await stop_client(fresh_client)
        key = lambda d: (str(d.code), d.range.start.line, d.range.start.character, d.range.end.line,  # noqa: E731
                         d.range.end.character, d.message, d.severity)
        self.stats.diagnostics_match = sorted(map(key, mine)) == sorted(map(key, theirs))
        if not self.stats.diagnostics_match:
            self.stats.mismatch = f"incremental {sorted(map(key, mine))} != fresh {sorted(map(key, theirs))}"


async def run_script(ops: list[tuple], text: str = BOTH, uri: str = "file:///work/fuzz.py") -> Stats:
    client = await start_client()
    session = Session(client, Doc(client, uri, text))
    try:
        for op in ops:
            await session.run(op)
        await session.check_final()
    finally:
        session.stats.crashed = not await stop_client(client)
    return session.stats
