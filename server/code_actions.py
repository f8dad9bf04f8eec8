"""Code actions: "Migrate `Net` to TensorFlow" and friends.

Listing is cheap (it reads the last analysis, computes no edit); the migration runs in
`codeAction/resolve`, with uri/target/classes carried in `data`. The edit is a set of line-level hunks
(not a whole-file replacement), annotated with a confirmation-needing `ChangeAnnotation` when the client
supports it, so VS Code shows its refactor preview.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Sequence

from lsprotocol import types as lsp

from . import engine
from .documents import DocumentState
from .text import LineEdit, Units, end_of_line_position, line_edits, split_lines

log = logging.getLogger(__name__)

KIND = lsp.CodeActionKind.RefactorRewrite
KINDS = [lsp.CodeActionKind.RefactorRewrite]
ANNOTATION_ID = "pivot.migrate"


def wanted(only: Sequence[str] | None) -> bool:
    """Whether a client filter (`context.only`) admits refactor.rewrite actions."""
    if not only:
        return True
    kind = str(KIND.value)
    return any(kind == str(o) or kind.startswith(str(o) + ".") or str(o) == "" for o in
               (getattr(o, "value", o) for o in only))


def blocking_count(networks, target: str) -> int:
    """Error diagnostics that block migrating `networks` to `target` (ops that need manual work)."""
    framework = engine.TARGET_FRAMEWORK[target]
    return sum(1 for net in networks for d in net.diagnostics
               if d.severity == "error" and d.target in (None, framework))


def _suffix(errors: int) -> str:
    if not errors:
        return ""
    return f" ({errors} op{'s' if errors != 1 else ''} need{'s' if errors == 1 else ''} manual work)"


def class_title(name: str, target: str, errors: int, training: bool = False) -> str:
    what = f"`{name}` and its training code" if training else f"`{name}`"
    return f"Migrate {what} to {engine.TARGET_LABEL[target]}{_suffix(errors)}"


def file_title(target: str, errors: int, training: bool = False) -> str:
    what = " (models and training code)" if training else ""
    return f"Migrate file to {engine.TARGET_LABEL[target]}{what}{_suffix(errors)}"


def _action(title: str, uri: str, target: str, classes: list[str] | None, version,
            training: bool | None = None) -> lsp.CodeAction:
    return lsp.CodeAction(title=title, kind=KIND, data={"uri": uri, "target": target, "classes": classes,
                                                        "version": version, "training": training})


def list_actions(state: DocumentState, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    if not wanted(params.context.only if params.context else None):
        return []
    view = state.view()
    if view is None:
        return []
    networks = view.snapshot.analysis.networks
    if not networks:
        return []
    uri, version = state.doc.uri, state.doc.version
    actions: list[lsp.CodeAction] = []

    # Models under the cursor or selection (lines mapped into the analysed text).
    first, last = params.range.start.line, params.range.end.line
    if last < first:
        first, last = last, first
    if last - first > 2000:  # a select-all: offer the whole-file variant only
        mapped = []
    else:
        mapped = [m for m in (view.to_snapshot_line(line) for line in range(first, last + 1)) if m is not None]
    if mapped:
        lo, hi = min(mapped) + 1, max(mapped) + 1  # 1-based, like spans
        selected = "".join(view.snapshot.lines[lo - 1:hi])
        for net in networks:
            if net.span.line <= hi and lo <= net.span.end_line:
                target = engine.target_for(net)
                # a selection reaching into training code migrates it with the model
                trains = engine.has_training_code(selected, net.framework)
                actions.append(_action(class_title(net.name, target, blocking_count([net], target), trains),
                                       uri, target, [net.name], version, trains or None))

    # The whole file (models and training code), once per source framework present.
    training = {op.framework for op in view.snapshot.analysis.training}
    for target in engine.TARGET_LABEL:
        framework = engine.other_framework(engine.TARGET_FRAMEWORK[target])
        nets = [n for n in networks if n.framework == framework]
        if nets:
            trains = framework in training
            actions.append(_action(file_title(target, blocking_count(nets, target), trains), uri, target, None,
                                   version))
    return actions


async def compute_edits(state: DocumentState, target: str, classes: list[str] | None, executor,
                        training: bool | None = None, style: str = "auto"
                        ) -> tuple[list[str], list[LineEdit], engine.MigrationResult]:
    """The line edits that migrate `classes` (None: every model) of the current text of `state`.

    If the current text does not parse, the last text that did is migrated and its hunks are moved to
    the current text, provided they lie outside the region edited since then.
    """
    loop = asyncio.get_running_loop()
    doc = state.doc
    text, lines = doc.text, list(doc.lines)
    try:
        result = await loop.run_in_executor(executor, engine.migrate_text, text, lines, target, classes,
                                            state.cache, training, style)
        return lines, line_edits(lines, split_lines(result.text)), result
    except engine.PivotError:
        view = state.view()
        if view is None or view.line_map.identical:
            raise
        snap = view.snapshot
        if classes is not None and not all(snap.analysis.network(c) for c in classes):
            raise
        result = await loop.run_in_executor(executor, engine.migrate_text, snap.text, snap.lines, target,
                                            classes, None, training, style)
        moved: list[LineEdit] = []
        for edit in line_edits(snap.lines, split_lines(result.text)):
            where = view.line_map.range_to_new(edit.start, edit.end)
            if where is None:
                raise engine.PivotError(
                    "the file does not parse and the migration touches the code being edited: "
                    "fix the syntax error first") from None
            moved.append(LineEdit(where[0], where[1], edit.text))
        return lines, moved, result


def workspace_edit(uri: str, version: int | None, lines: Sequence[str], edits: Sequence[LineEdit],
                   units: Units, *, annotated: bool, label: str, description: str | None = None
                   ) -> lsp.WorkspaceEdit:
    def rng(edit: LineEdit) -> lsp.Range:
        s = end_of_line_position(lines, edit.start, units)
        e = end_of_line_position(lines, edit.end, units)
        return lsp.Range(lsp.Position(*s), lsp.Position(*e))

    if not annotated:
        return lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(range=rng(e), new_text=e.text) for e in edits]})
    return lsp.WorkspaceEdit(
        document_changes=[lsp.TextDocumentEdit(
            text_document=lsp.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
            edits=[lsp.AnnotatedTextEdit(range=rng(e), new_text=e.text, annotation_id=ANNOTATION_ID)
                   for e in edits],
        )],
        change_annotations={ANNOTATION_ID: lsp.ChangeAnnotation(
            label=label, needs_confirmation=True, description=description)},
    )


def supports_annotations(caps: lsp.ClientCapabilities | None) -> bool:
    we = getattr(getattr(caps, "workspace", None), "workspace_edit", None)
    return bool(we is not None and we.document_changes and we.change_annotation_support is not None)


def summary(result: engine.MigrationResult) -> str | None:
    errors = [d for d in result.diagnostics if d.severity == "error"]
    parts = []
    if result.migrated:
        parts.append("migrates " + ", ".join(result.migrated))
    if errors:
        parts.append(f"{len(errors)} op{'s need' if len(errors) != 1 else ' needs'} manual work")
    return "; ".join(parts) or None
