"""The LSP features of the server, one `register_*` function each: `create_server` calls them in turn.

Each handler only adapts LSP to the module that does the work (`documents`, `diagnostics`, `hover`,
`code_actions`, `commands`, `graph`); the session state they share is the server itself (`ls`).
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from lsprotocol import types as lsp

from . import code_actions, commands, diagnostics, engine, hover
from . import graph as model_graph

log = logging.getLogger(__name__)


def register_lifecycle(server) -> None:
    """initialize (reads the options, then offers pull diagnostics to clients that pull), shutdown."""
    @server.feature(lsp.INITIALIZE)
    def initialize(ls, params: lsp.InitializeParams) -> None:
        ls.configure(params)
        if ls.diagnostic_mode == "pull":
            register_pull_diagnostics(ls)
        log.info("pivot server initialised (diagnostics: %s, encoding: %s)", ls.diagnostic_mode, ls.units.encoding)

    @server.feature(lsp.SHUTDOWN)
    def on_shutdown(ls, *args) -> None:
        ls.kill_processes()
        ls.store.shutdown()


def register_pull_diagnostics(server) -> None:
    """textDocument/diagnostic, registered at initialize (before pygls computes the capabilities), so only
    pull-capable clients see it."""
    if lsp.TEXT_DOCUMENT_DIAGNOSTIC in server.protocol.fm.features:
        return

    @server.feature(lsp.TEXT_DOCUMENT_DIAGNOSTIC, lsp.DiagnosticOptions(
        identifier="pivot", inter_file_dependencies=False, workspace_diagnostics=False))
    async def document_diagnostic(ls, params: lsp.DocumentDiagnosticParams):
        state = ls.store.get(params.text_document.uri)
        snapshot = await ls.store.current_snapshot(state) if state is not None else None
        return diagnostics.pull_report(snapshot, ls.units, params.previous_result_id)


def register_workspace_folders(server) -> None:
    @server.feature(lsp.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def folders_changed(ls, params: lsp.DidChangeWorkspaceFoldersParams) -> None:
        ls.trust.add_folders(f.uri for f in params.event.added)
        ls.trust.remove_folders(f.uri for f in params.event.removed)


def register_document_sync(server) -> None:
    """didOpen / didChange (incremental) / didClose into the server's `DocumentStore`."""
    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls, params: lsp.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        ls.store.open(item.uri, item.text, item.version, item.language_id)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls, params: lsp.DidChangeTextDocumentParams) -> None:
        state = ls.store.get(params.text_document.uri)
        if state is None:
            return
        for change in params.content_changes:
            apply_change(state.doc, change, ls.units)
        state.doc.version = params.text_document.version
        ls.store.schedule(state)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.store.close(params.text_document.uri)
        if ls.diagnostic_mode == "push":
            ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=params.text_document.uri,
                                                                              diagnostics=[]))


def apply_change(doc, change, units) -> None:
    """One content change: a range edit (positions in client units), or the whole text."""
    if not isinstance(change, lsp.TextDocumentContentChangePartial):
        doc.replace(change.text, doc.version)
        return
    lines = doc.lines

    def position(p: lsp.Position) -> tuple[int, int]:
        return p.line, units.from_client(lines[p.line], p.character) if p.line < len(lines) else 0

    doc.edit(position(change.range.start), position(change.range.end), change.text)


def register_hover(server) -> None:
    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls, params: lsp.HoverParams) -> lsp.Hover | None:
        state = ls.store.get(params.text_document.uri)
        if state is None:
            return None
        await ls.store.ready_for(state, params.position.line)  # opened a moment ago: the first analysis
        return hover.hover(state, params.position, ls.units)


def register_code_actions(server) -> None:
    """codeAction lists the migrations (cheap); codeAction/resolve computes the edit of the one chosen."""
    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=code_actions.KINDS, resolve_provider=True))
    async def on_code_action(ls, params: lsp.CodeActionParams):
        state = ls.store.get(params.text_document.uri)
        if state is None:
            return None
        await ls.store.ready_for(state, params.range.start.line)
        return code_actions.list_actions(state, params) or None

    @server.feature(lsp.CODE_ACTION_RESOLVE)
    async def on_code_action_resolve(ls, action: lsp.CodeAction) -> lsp.CodeAction:
        return await resolve_code_action(ls, action)


async def resolve_code_action(ls, action: lsp.CodeAction) -> lsp.CodeAction:
    """The action with its edit; unchanged (and the user told why) when the migration cannot be made."""
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


def register_commands(server, handlers: dict) -> None:
    """workspace/executeCommand: each command's handler gets the server and the arguments."""
    for name, handler in handlers.items():
        server.command(name)(_command(handler))


def _command(handler):
    """pygls passes the server as `ls` (by name) and the arguments spread out; a sync handler stays sync (answered
    at once, in order)."""
    if asyncio.iscoroutinefunction(handler):
        async def run(ls, *args):
            return await handler(ls, args)
    else:
        def run(ls, *args):
            return handler(ls, args)
    return run


def _raise(ls, args: tuple):
    raise ZeroDivisionError("an internal error raised on purpose (test mode)")


COMMANDS = {commands.MIGRATION_PREVIEW: commands.migration_preview,
            commands.SHOW_PIVOT_MODEL: commands.show_pivot_model,
            model_graph.MODEL_GRAPH: model_graph.model_graph,
            commands.VERIFY: commands.verify}
# Registered only in test mode (PIVOT_SERVER_TEST_MODE=1).
TEST_COMMANDS = {commands.DEBUG_STATE: commands.debug_state, commands.DEBUG_SLOW: commands.debug_slow,
                 commands.DEBUG_RAISE: _raise, commands.DEBUG_TEXT: commands.debug_text}

FEATURES = (register_lifecycle, register_workspace_folders, register_document_sync, register_hover,
            register_code_actions)
