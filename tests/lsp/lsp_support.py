"""Shared pieces of the language-server tests: sample models, client factories, waiting helpers."""
from __future__ import annotations

import ast
import asyncio
import atexit
import os
import re
import shutil
import sys
import tempfile
import time
import uuid
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Callable

from lsprotocol import types as lsp
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

ROOT = Path(__file__).resolve().parents[2]
# Keras writes ~/.keras/keras.json: every server (and the verify subprocesses it starts) gets a temp dir.
KERAS_HOME = tempfile.mkdtemp(prefix="pivot-test-keras-home-")
atexit.register(shutil.rmtree, KERAS_HOME, True)
GUARDED_SERVER = str(Path(__file__).with_name("guarded_server.py"))
# The workspace folder every test client declares (besides the repository): files a server may read
# from disk, and (trusted clients only) run.
WORKSPACE = Path(tempfile.mkdtemp(prefix="pivot-test-workspace-")).resolve()
atexit.register(shutil.rmtree, str(WORKSPACE), True)

TORCH_CNN = '''import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    """A small CNN."""

    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
        self.fc = nn.Linear(16 * 8 * 8, num_classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        return self.fc(x)
'''

TORCH_UNKNOWN = '''

class Odd(nn.Module):
    def __init__(self):
        super().__init__()
        self.foo = nn.Foo(3)
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc(self.foo(x))
'''

TORCH_MLP = '''import torch
import torch.nn as nn
import torch.nn.functional as F


class Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(8, 16)
        self.fc2 = nn.Linear(16, 4)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))
'''

KERAS_SEQ = '''import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(32,)),
    layers.Dense(64, activation="relu"),
    layers.Dense(10),
])
'''

BOTH = TORCH_CNN + TORCH_UNKNOWN + "\n\nimport keras\nfrom keras import layers\n\n" + KERAS_SEQ.split("\n", 3)[3]


def lsp_lines(text: str) -> list[str]:
    """Lines as LSP counts them (breaks at \n, \r\n, \r only; not at form feeds or U+2028)."""
    return re.split(r"\r\n|\r|\n", text)


def line_of(text: str, needle: str, nth: int = 0) -> int:
    """0-based line of the nth line containing `needle`."""
    hits = [i for i, line in enumerate(lsp_lines(text)) if needle in line]
    return hits[nth]


def pos_of(text: str, needle: str, offset: int = 0) -> lsp.Position:
    line = line_of(text, needle)
    return lsp.Position(line, lsp_lines(text)[line].index(needle) + offset)


def parses(text: str) -> bool:
    try:
        ast.parse(text)
        return True
    except SyntaxError:
        return False


# --- client -----------------------------------------------------------------------------------------

def _record_diagnostics(client: LanguageClient, params: lsp.PublishDiagnosticsParams):
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(params)


def make_client() -> LanguageClient:
    """pytest-lsp's test client, recording every publishDiagnostics (with its version)."""
    client = LanguageClient(converter_factory=default_converter)
    features = dict(DEFAULT_CLIENT_FEATURES)
    features[lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = _record_diagnostics
    register_lsp_features(client, features)
    client.published = []
    return client


def server_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    env["PIVOT_SERVER_TEST_MODE"] = "1"
    env["TF_CPP_MIN_LOG_LEVEL"] = "2"
    env["TF_ENABLE_ONEDNN_OPTS"] = "0"
    env["KERAS_HOME"] = KERAS_HOME
    env.update(extra)
    return env


def config(**env: str) -> ClientServerConfig:
    return ClientServerConfig(server_command=[sys.executable, GUARDED_SERVER], client_factory=make_client,
                              server_env=server_env(**env))


def capabilities(*, annotations: bool = True, progress: bool = True, pull: bool = False,
                 encodings: list[str] | None = None) -> lsp.ClientCapabilities:
    """Client capabilities: VS Code-like by default (change annotations, work-done progress)."""
    return lsp.ClientCapabilities(
        general=lsp.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        workspace=lsp.WorkspaceClientCapabilities(
            apply_edit=True,
            workspace_edit=lsp.WorkspaceEditClientCapabilities(
                document_changes=annotations,
                change_annotation_support=lsp.ChangeAnnotationsSupportOptions(groups_on_label=True)
                if annotations else None,
            ),
            execute_command=lsp.ExecuteCommandClientCapabilities(),
        ),
        text_document=lsp.TextDocumentClientCapabilities(
            synchronization=lsp.TextDocumentSyncClientCapabilities(),
            hover=lsp.HoverClientCapabilities(content_format=[lsp.MarkupKind.Markdown, lsp.MarkupKind.PlainText]),
            code_action=lsp.CodeActionClientCapabilities(
                code_action_literal_support=lsp.ClientCodeActionLiteralOptions(
                    code_action_kind=lsp.ClientCodeActionKindOptions(value_set=[
                        lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.Refactor,
                        lsp.CodeActionKind.RefactorRewrite])),
                resolve_support=lsp.ClientCodeActionResolveOptions(properties=["edit"]),
                data_support=True,
            ),
            publish_diagnostics=lsp.PublishDiagnosticsClientCapabilities(version_support=True),
            diagnostic=lsp.DiagnosticClientCapabilities() if pull else None,
        ),
        window=lsp.WindowClientCapabilities(work_done_progress=progress, show_message=None),
    )


async def initialize(client: LanguageClient, caps: lsp.ClientCapabilities | None = None,
                     options: dict[str, Any] | None = None,
                     folders: list[Path] | None = None) -> lsp.InitializeResult:
    """Workspace folders: the repository and WORKSPACE (or `folders`). Untrusted unless `options` say
    `workspaceTrusted: True`."""
    folders = [ROOT, WORKSPACE] if folders is None else folders
    return await asyncio.wait_for(client.initialize_session(lsp.InitializeParams(
        capabilities=caps or capabilities(), root_uri=folders[0].as_uri() if folders else None,
        workspace_folders=[lsp.WorkspaceFolder(uri=f.as_uri(), name=f.name) for f in folders],
        initialization_options={"debounceMs": 20, **(options or {})})), 30)


def workspace_dir(name: str) -> Path:
    """A fresh directory inside WORKSPACE."""
    path = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=WORKSPACE))
    return path


async def until(predicate: Callable[[], Any], timeout: float = 15.0, what: str = "condition") -> Any:
    """Poll `predicate` until it returns something truthy (pytest-lsp waits have no timeout)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.01)


async def diagnostics_for(client: LanguageClient, uri: str, version: int | None = None,
                          timeout: float = 15.0) -> list[lsp.Diagnostic]:
    """The diagnostics published for `uri` (for `version`, if given)."""
    def found():
        for params in reversed(client.published):
            if params.uri == uri and (version is None or params.version == version):
                return params
        return None

    params = await until(found, timeout, f"diagnostics of {uri} v{version}")
    return list(params.diagnostics)


class Doc:
    """An open document on the test client, with edits tracked locally."""

    def __init__(self, client: LanguageClient, uri: str, text: str):
        self.client, self.uri, self.text, self.version = client, uri, text, 1
        client.text_document_did_open(lsp.DidOpenTextDocumentParams(
            lsp.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)))

    @property
    def ident(self) -> lsp.TextDocumentIdentifier:
        return lsp.TextDocumentIdentifier(uri=self.uri)

    def edit(self, start: tuple[int, int], end: tuple[int, int], new_text: str) -> int:
        """An incremental edit (positions in code points; the tests use BMP text or UTF-32 clients)."""
        lines = self.text.split("\n")
        offset = lambda p: sum(len(l) + 1 for l in lines[:p[0]]) + p[1]  # noqa: E731
        a, b = offset(start), offset(end)
        self.text = self.text[:a] + new_text + self.text[b:]
        self.version += 1
        self.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=self.uri, version=self.version),
            content_changes=[lsp.TextDocumentContentChangePartial(
                range=lsp.Range(lsp.Position(*start), lsp.Position(*end)), text=new_text)]))
        return self.version

    def replace_all(self, text: str) -> int:
        self.text = text
        self.version += 1
        self.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=self.uri, version=self.version),
            content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)]))
        return self.version

    async def diagnostics(self, version: int | None = None, timeout: float = 15.0) -> list[lsp.Diagnostic]:
        return await diagnostics_for(self.client, self.uri, self.version if version is None else version, timeout)

    async def hover(self, position: lsp.Position) -> lsp.Hover | None:
        return await asyncio.wait_for(self.client.text_document_hover_async(
            lsp.HoverParams(text_document=self.ident, position=position)), 15)

    async def actions(self, line: int, end_line: int | None = None, only: list | None = None) -> list:
        rng = lsp.Range(lsp.Position(line, 0), lsp.Position(line if end_line is None else end_line, 0))
        found = await asyncio.wait_for(self.client.text_document_code_action_async(lsp.CodeActionParams(
            text_document=self.ident, range=rng, context=lsp.CodeActionContext(diagnostics=[], only=only))), 15)
        return list(found or [])

    async def resolve(self, action: lsp.CodeAction) -> lsp.CodeAction:
        return await asyncio.wait_for(self.client.code_action_resolve_async(action), 60)


async def command(client: LanguageClient, name: str, *args: Any, timeout: float = 60) -> Any:
    return await asyncio.wait_for(client.workspace_execute_command_async(
        lsp.ExecuteCommandParams(command=name, arguments=list(args))), timeout)


def raw_request(client: LanguageClient, method: str, params: Any, timeout: float = 60):
    """Send params as plain JSON (the typed client refuses to build invalid ones); awaitable."""
    msg_id = str(uuid.uuid4())
    future: Future = Future()
    client.protocol._request_futures[msg_id] = future
    client.protocol._send_data({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
    return asyncio.wait_for(asyncio.wrap_future(future), timeout)


async def debug_state(client: LanguageClient) -> dict:
    return await command(client, "pivot.debug.state")


def apply_text_edits(text: str, edits: list[lsp.TextEdit]) -> str:
    """Apply LSP text edits (UTF-16 == code points for the BMP text of these tests)."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(p: lsp.Position) -> int:
        if p.line >= len(lines):
            return len(text)
        return starts[p.line] + min(p.character, len(lines[p.line].rstrip("\r\n")))

    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(e.range.start)] + e.new_text + text[offset(e.range.end):]
    return text


def edits_of(edit: lsp.WorkspaceEdit, uri: str) -> list:
    if edit.changes is not None:
        return list(edit.changes[uri])
    found = []
    for change in edit.document_changes or ():
        if isinstance(change, lsp.TextDocumentEdit) and change.text_document.uri == uri:
            found.extend(change.edits)
    return found
