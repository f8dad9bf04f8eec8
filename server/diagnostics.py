"""Pivot diagnostics as LSP diagnostics (0-based lines, client column units), and the pull report."""
from __future__ import annotations

import hashlib
from typing import Iterable, Sequence

from lsprotocol import types as lsp

from . import engine
from .documents import Snapshot
from .text import Units, strip_eol

SOURCE = "pivot"

SEVERITY = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "information": lsp.DiagnosticSeverity.Information,
    "info": lsp.DiagnosticSeverity.Information,
    "hint": lsp.DiagnosticSeverity.Hint,
}


def span_to_range(span: engine.Span, lines: Sequence[str], units: Units) -> lsp.Range:
    """A pivot span (1-based lines, code-point columns) as an LSP range on `lines`."""
    n = len(lines)

    def position(line1: int, col: int) -> lsp.Position:
        line = line1 - 1
        if line < 0:
            return lsp.Position(0, 0)
        if line >= n:
            if n == 0:
                return lsp.Position(0, 0)
            return lsp.Position(n - 1, units.count(strip_eol(lines[-1])))
        return lsp.Position(line, units.to_client(lines[line], col))

    start = position(span.line, span.col)
    end = position(span.end_line, span.end_col)
    if (end.line, end.character) < (start.line, start.character):
        end = start
    if (end.line, end.character) == (start.line, start.character) and span.line >= 1:
        # An empty range is hard to see: underline to the end of the line instead.
        line = start.line
        if line < n:
            end = lsp.Position(line, max(start.character, units.count(strip_eol(lines[line]))))
    return lsp.Range(start, end)


def to_lsp(diag: engine.Diagnostic, lines: Sequence[str], units: Units) -> lsp.Diagnostic:
    return lsp.Diagnostic(
        range=span_to_range(diag.span, lines, units),
        message=diag.message,
        severity=SEVERITY.get(str(diag.severity).lower(), lsp.DiagnosticSeverity.Warning),
        code=diag.code,
        source=SOURCE,
        data={"target": diag.target} if diag.target else None,
    )


def convert(diags: Iterable[engine.Diagnostic], lines: Sequence[str], units: Units) -> list[lsp.Diagnostic]:
    return [to_lsp(d, lines, units) for d in diags]


def shown(snapshot: Snapshot) -> tuple[engine.Diagnostic, ...]:
    """The pivot diagnostics to show for a snapshot: all of them, or while the file does not parse, the
    one syntax diagnostic."""
    analysis = snapshot.analysis
    if not snapshot.parses:
        syntax = [d for d in analysis.diagnostics if d.code == engine.SYNTAX_CODE]
        return tuple(syntax[:1])
    return analysis.all_diagnostics()


def for_snapshot(snapshot: Snapshot, units: Units) -> list[lsp.Diagnostic]:
    """LSP diagnostics of a snapshot (memoised on it)."""
    key = ("diagnostics", units.encoding)
    memo = snapshot._memo
    if key not in memo:
        memo[key] = convert(shown(snapshot), snapshot.lines, units)
    return memo[key]


def result_id(snapshot: Snapshot, units: Units) -> str:
    key = ("result_id", units.encoding)
    memo = snapshot._memo
    if key not in memo:
        digest = hashlib.sha1()
        for d in for_snapshot(snapshot, units):
            r = d.range
            digest.update(f"{d.code}|{d.severity}|{d.message}|{r.start.line}:{r.start.character}-"
                          f"{r.end.line}:{r.end.character}\n".encode("utf-8", "surrogatepass"))
        memo[key] = digest.hexdigest()[:16]
    return memo[key]


def pull_report(snapshot: Snapshot | None, units: Units, previous_result_id: str | None):
    if snapshot is None:
        return lsp.RelatedFullDocumentDiagnosticReport(items=[], result_id=None)
    rid = result_id(snapshot, units)
    if previous_result_id is not None and previous_result_id == rid:
        return lsp.RelatedUnchangedDocumentDiagnosticReport(result_id=rid)
    return lsp.RelatedFullDocumentDiagnosticReport(items=for_snapshot(snapshot, units), result_id=rid)
