"""The Pivot language server: a pygls 2 `LanguageServer` and the registration of its features.

This module holds the session state the features share; `features` registers the LSP methods, each on the
small module that does the work: `documents` (text and analysis state), `diagnostics`, `hover`,
`code_actions`, `commands`, `graph`. Nothing here imports torch or tensorflow.
"""
from __future__ import annotations

import asyncio
import logging
import os
import sys
from concurrent.futures import Future

from lsprotocol import types as lsp
from pygls.exceptions import FeatureNotificationError
from pygls.lsp.server import LanguageServer

from pivot.verify_job import TIMEOUT as VERIFY_TIMEOUT

from . import commands, diagnostics, engine, features
from .documents import DocumentState, DocumentStore, Snapshot, make_executor
from .protocol import PivotProtocol, one_line
from .text import Units, split_lines
from .trust import Trust

log = logging.getLogger(__name__)

NAME = "pivot"
VERSION = "0.1.0"
TEST_MODE_ENV = "PIVOT_SERVER_TEST_MODE"


class PivotLanguageServer(LanguageServer):
    """Holds the per-session state the features share (also the `ctx` of the commands)."""

    def __init__(self, *args, **kwargs):
        super().__init__(NAME, VERSION, *args, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental,
                         protocol_cls=PivotProtocol, **kwargs)
        self.debounce = 0.05
        self.store = DocumentStore(self._on_analysed, self.debounce)
        self.work_executor = make_executor("pivot-migrate")
        self.units = Units("utf-16")
        self.diagnostic_mode = "push"  # "push" or "pull", decided at initialize
        self.python = os.environ.get("PIVOT_VERIFY_PYTHON") or sys.executable
        self.trust = Trust()  # untrusted, no folders, until initialize says otherwise
        self.verify_timeout = float(os.environ.get("PIVOT_VERIFY_TIMEOUT", VERIFY_TIMEOUT))
        self.target_style = "auto"  # structure of migrated models: initializationOptions.targetStyle
        self.processes: set = set()

    # --- configuration ------------------------------------------------------------------------------

    def detach_pygls_documents(self) -> None:
        """Switch off pygls' own copy of the open documents; `documents.DocumentStore` keeps ours.

        pygls splits lines with `str.splitlines` (which also breaks at form feeds and U+2028) and, where
        its copy then disagrees with the client, its position conversion *mutates the incoming change
        ranges in place* before our handler sees them. Its update is also O(file) per edit. Nothing in
        this server reads pygls' documents.
        """
        ws = self.workspace
        ws.put_text_document = lambda *args, **kwargs: None
        ws.update_text_document = lambda *args, **kwargs: None
        ws.remove_text_document = lambda *args, **kwargs: None

    def configure(self, params: lsp.InitializeParams) -> None:
        self.detach_pygls_documents()
        options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        self.units = Units(self.workspace.position_encoding or "utf-16")
        if isinstance(options.get("debounceMs"), (int, float)):
            self.debounce = max(0.0, float(options["debounceMs"]) / 1000)
            self.store.debounce = self.debounce
        if isinstance(options.get("largeFileLines"), int) and options["largeFileLines"] > 0:
            self.store.large_lines = options["largeFileLines"]
        if isinstance(options.get("verifyTimeout"), (int, float)):
            self.verify_timeout = float(options["verifyTimeout"])
        style = options.get("targetStyle")
        if isinstance(style, str) and style.strip().lower() in engine.STYLES:
            self.target_style = style.strip().lower()
        elif style not in (None, ""):
            log.warning("ignoring targetStyle %r: use one of %s", style, ", ".join(engine.STYLES))
        self.trust = Trust.from_initialize(params, options)
        self.python = self.trust.interpreter(options.get("python"), self.python)
        diagnostics.set_level(options.get("diagnostics"))
        mode = str(options.get("diagnosticMode", "auto"))
        pull_supported = getattr(getattr(params.capabilities, "text_document", None), "diagnostic", None) is not None
        # Pull when the client can (and push otherwise): never both, or clients show every diagnostic twice.
        self.diagnostic_mode = "pull" if (mode == "pull" or (mode == "auto" and pull_supported)) else "push"

    @property
    def supports_progress(self) -> bool:
        window = getattr(self.client_capabilities, "window", None)
        return bool(window is not None and window.work_done_progress)

    # --- shared helpers -------------------------------------------------------------------------------

    def _on_analysed(self, state: DocumentState, snapshot: Snapshot) -> None:
        if self.diagnostic_mode != "push":
            return
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
            uri=state.doc.uri, version=snapshot.version, diagnostics=diagnostics.for_snapshot(snapshot, self.units)))

    def text_of(self, uri: str) -> tuple[str, list[str]]:
        """The current text of `uri`: the open buffer, else the file on disk."""
        if not isinstance(uri, str):
            raise commands.CommandError(f"uri must be a string, not {uri!r}")
        state = self.store.get(uri)
        if state is not None:
            return state.doc.text, list(state.doc.lines)
        path = self.trust.check_readable(uri)  # only open documents and files of the workspace
        if not os.path.isfile(path):
            raise commands.CommandError(f"{uri} is neither open nor a readable file")
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        return text, split_lines(text)

    async def analysis_of(self, uri: str) -> engine.Analysis:
        state = self.store.get(uri)
        if state is None:
            text, lines = self.text_of(uri)
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.work_executor, engine.analyze_text, text, lines, None)
        await self.store.current_snapshot(state)
        view = state.view()
        if view is not None:
            return view.snapshot.analysis
        return state.latest.analysis if state.latest is not None else engine.Analysis()

    def report_server_error(self, error: Exception, source) -> None:
        """Log every failure; tell the user (one line, no traceback) only of a notification that failed:
        a failed request is answered with its error, an undecodable one with InvalidParams."""
        log.error("%s: %s", getattr(source, "__name__", source), error)
        if source is FeatureNotificationError:
            self.show_message(f"Pivot internal error: {one_line(str(error))} (details in the server log)",
                              lsp.MessageType.Error)

    def show_message(self, message: str, kind: lsp.MessageType = lsp.MessageType.Info) -> None:
        self.window_show_message(lsp.ShowMessageParams(type=kind, message=message))

    def current_request_future(self) -> Future | None:
        """The future pygls answers the current request with (cancelled by `$/cancelRequest`)."""
        try:
            msg_id = self.protocol.msg_id
            future = self.protocol._request_futures.get(msg_id) if msg_id is not None else None
            return future if isinstance(future, Future) else None
        except Exception:
            return None

    def kill_processes(self) -> None:
        for proc in list(self.processes):
            commands.kill_process_group(proc)


def create_server() -> PivotLanguageServer:
    server = PivotLanguageServer()
    for register in features.FEATURES:
        register(server)
    features.register_commands(server, features.COMMANDS)
    if os.environ.get(TEST_MODE_ENV) == "1":
        features.register_commands(server, features.TEST_COMMANDS)
    return server
