"""Hover: the pivot description of the element under the cursor."""
from __future__ import annotations

import logging

from lsprotocol import types as lsp

from . import engine
from .documents import DocumentState
from .text import Units

log = logging.getLogger(__name__)


def hover(state: DocumentState, position: lsp.Position, units: Units) -> lsp.Hover | None:
    view = state.view()
    if view is None:
        return None
    lines = state.doc.lines
    if not 0 <= position.line < len(lines):
        return None
    old_line = view.to_snapshot_line(position.line)
    if old_line is None:  # the cursor is in text edited since the last analysis that parsed
        return None
    col = units.from_client(lines[position.line], position.character)
    try:
        text = engine.describe_at(view.snapshot.analysis, old_line + 1, col)
    except Exception:
        log.exception("describe_at failed")
        return None
    if not text:
        return None
    return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text))
