"""The Pivot language server: a pygls 2 `LanguageServer` and the registration of its features.

This module only wires LSP methods to the small modules that do the work: `documents` (text and
analysis state), `diagnostics`, `hover`, `code_actions`, `commands`. Nothing here imports torch or
tensorflow.
"""
from __future__ import annotations

import asyncio
import logging
import os
import sys
from concurrent.futures import Future
from typing import Any

from lsprotocol import types as lsp
from pygls.exceptions import FeatureNotificationError
from pygls.lsp.server import LanguageServer

from . import code_actions, commands, diagnostics, engine, hover
from . import graph as model_graph
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
        self.verify_timeout = float(os.environ.get("PIVOT_VERIFY_TIMEOUT", "300"))
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
            commands._kill(proc)


def create_server() -> PivotLanguageServer:
    server = PivotLanguageServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: PivotLanguageServer, params: lsp.InitializeParams) -> None:
        ls.configure(params)
        if ls.diagnostic_mode == "pull" and lsp.TEXT_DOCUMENT_DIAGNOSTIC not in ls.protocol.fm.features:
            # Registered here, before pygls computes the capabilities, so only pull-capable clients see it.
            @ls.feature(lsp.TEXT_DOCUMENT_DIAGNOSTIC, lsp.DiagnosticOptions(
                identifier="pivot", inter_file_dependencies=False, workspace_diagnostics=False))
            async def document_diagnostic(ls: PivotLanguageServer, params: lsp.DocumentDiagnosticParams):
                state = ls.store.get(params.text_document.uri)
                snapshot = await ls.store.current_snapshot(state) if state is not None else None
                return diagnostics.pull_report(snapshot, ls.units, params.previous_result_id)

        log.info("pivot server initialised (diagnostics: %s, encoding: %s)", ls.diagnostic_mode, ls.units.encoding)

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def folders_changed(ls: PivotLanguageServer, params: lsp.DidChangeWorkspaceFoldersParams) -> None:
        ls.trust.add_folders(f.uri for f in params.event.added)
        ls.trust.remove_folders(f.uri for f in params.event.removed)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PivotLanguageServer, params: lsp.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        ls.store.open(item.uri, item.text, item.version, item.language_id)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PivotLanguageServer, params: lsp.DidChangeTextDocumentParams) -> None:
        state = ls.store.get(params.text_document.uri)
        if state is None:
            return
        doc = state.doc
        for change in params.content_changes:
            if isinstance(change, lsp.TextDocumentContentChangePartial):
                r = change.range
                lines = doc.lines
                start = (r.start.line, ls.units.from_client(lines[r.start.line], r.start.character)
                         if r.start.line < len(lines) else 0)
                end = (r.end.line, ls.units.from_client(lines[r.end.line], r.end.character)
                       if r.end.line < len(lines) else 0)
                doc.edit(start, end, change.text)
            else:
                doc.replace(change.text, doc.version)
        doc.version = params.text_document.version
        ls.store.schedule(state)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PivotLanguageServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.store.close(params.text_document.uri)
        if ls.diagnostic_mode == "push":
            ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=params.text_document.uri,
                                                                              diagnostics=[]))

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: PivotLanguageServer, params: lsp.HoverParams) -> lsp.Hover | None:
        state = ls.store.get(params.text_document.uri)
        if state is None:
            return None
        await ls.store.ready_for(state, params.position.line)  # opened a moment ago: the first analysis
        return hover.hover(state, params.position, ls.units)

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=code_actions.KINDS, resolve_provider=True))
    async def on_code_action(ls: PivotLanguageServer, params: lsp.CodeActionParams):
        state = ls.store.get(params.text_document.uri)
        if state is None:
            return None
        await ls.store.ready_for(state, params.range.start.line)
        return code_actions.list_actions(state, params) or None

    @server.feature(lsp.CODE_ACTION_RESOLVE)
    async def on_code_action_resolve(ls: PivotLanguageServer, action: lsp.CodeAction) -> lsp.CodeAction:
        data: Any = action.data if isinstance(action.data, dict) else {}
        uri = data.get("uri")
        state = ls.store.get(uri) if isinstance(uri, str) else None
        if state is None:
            ls.show_message("Pivot: the document of this action is no longer open.", lsp.MessageType.Warning)
            return action
        try:
            target = engine.canonical_target(data.get("target", ""))
            classes = commands.class_list(data.get("classes"))
            training = data.get("training") if isinstance(data.get("training"), bool) else None
            lines, edits, result = await code_actions.compute_edits(state, target, classes, ls.work_executor,
                                                                    training, ls.target_style)
        except (engine.PivotError, commands.CommandError) as exc:
            ls.show_message(f"Pivot cannot migrate: {exc}", lsp.MessageType.Warning)
            return action
        except Exception as exc:  # an engine bug: say so, keep serving
            log.exception("migration failed")
            ls.show_message(f"Pivot failed to migrate: {type(exc).__name__}: {exc}", lsp.MessageType.Error)
            return action
        action.edit = code_actions.workspace_edit(
            uri, state.doc.version, lines, edits, ls.units,
            annotated=code_actions.supports_annotations(ls.client_capabilities),
            label=action.title, description=code_actions.summary(result))
        return action

    @server.command(commands.MIGRATION_PREVIEW)
    async def migration_preview(ls: PivotLanguageServer, *args):
        return await commands.migration_preview(ls, args)

    @server.command(commands.SHOW_PIVOT_MODEL)
    async def show_pivot_model(ls: PivotLanguageServer, *args):
        return await commands.show_pivot_model(ls, args)

    @server.command(model_graph.MODEL_GRAPH)
    async def show_model_graph(ls: PivotLanguageServer, *args):
        return await model_graph.model_graph(ls, args)

    @server.command(commands.VERIFY)
    async def verify(ls: PivotLanguageServer, *args):
        return await commands.verify(ls, args)

    if os.environ.get(TEST_MODE_ENV) == "1":
        @server.command(commands.DEBUG_STATE)
        def debug_state(ls: PivotLanguageServer, *args):
            return commands.debug_state(ls, args)

        @server.command(commands.DEBUG_SLOW)
        def debug_slow(ls: PivotLanguageServer, *args):
            return commands.debug_slow(ls, args)

        @server.command(commands.DEBUG_RAISE)
        def debug_raise(ls: PivotLanguageServer, *args):
            raise ZeroDivisionError("an internal error raised on purpose (test mode)")

        @server.command(commands.DEBUG_TEXT)
        def debug_text(ls: PivotLanguageServer, *args):
            return commands.debug_text(ls, args)

    @server.feature(lsp.SHUTDOWN)
    def on_shutdown(ls: PivotLanguageServer, *args) -> None:
        ls.kill_processes()
        ls.store.shutdown()

    return server
