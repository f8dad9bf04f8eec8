"""Pivot diagnostics as LSP diagnostics (0-based lines, client column units), and the pull report."""
from __future__ import annotations

import hashlib
from typing import Iterable, Sequence

from lsprotocol import types as lsp

from pivot.migrate import TARGET_LABEL

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


def to_lsp(diag: engine.Diagnostic, lines: Sequence[str], units: Units,
           severity: lsp.DiagnosticSeverity | None = None) -> lsp.Diagnostic:
    return lsp.Diagnostic(
        range=span_to_range(diag.span, lines, units),
        message=diag.message,
        severity=severity or SEVERITY.get(str(diag.severity).lower(), lsp.DiagnosticSeverity.Warning),
        code=diag.code,
        source=SOURCE,
        data={"target": diag.target} if diag.target else None,
    )


def convert(diags: Iterable[engine.Diagnostic], lines: Sequence[str], units: Units) -> list[lsp.Diagnostic]:
    return [to_lsp(d, lines, units) for d in diags]


# In the editor, the code is the user's, valid until shown otherwise: only what is wrong now is an error
# (the file does not parse, a layer that does not exist). What Pivot says about a possible migration is a
# warning (cannot migrate), information or a hint (notes), or nothing, as `pivot.diagnostics` chooses:
# "full" (default), "hints" (everything about migration as hints) or "off". The CLI keeps its severities.
WRONG_NOW = (engine.SYNTAX_CODE, "PIV101")
LEVELS = ("off", "hints", "full")
_level = "full"


def set_level(value: object) -> None:
    """The `pivot.diagnostics` setting (initialization option `diagnostics`); unknown values keep "full"."""
    global _level
    _level = value if value in LEVELS else "full"


def editor_severity(diag: engine.Diagnostic, level: str) -> lsp.DiagnosticSeverity | None:
    if diag.code in WRONG_NOW:
        return lsp.DiagnosticSeverity.Error
    if level == "off":
        return None
    if level == "hints":
        return lsp.DiagnosticSeverity.Hint
    if str(diag.severity).lower() in ("error", "warning"):
        return lsp.DiagnosticSeverity.Warning
    return SEVERITY.get(str(diag.severity).lower(), lsp.DiagnosticSeverity.Information)


def _tagged(diag: engine.Diagnostic, labels: dict[str, str]) -> engine.Diagnostic:
    """The message names the migration it concerns (the training reader's messages do not yet)."""
    label = labels.get(diag.target or "")
    if label is None or "(migrating to " in diag.message:
        return diag
    return engine.Diagnostic(diag.code, diag.severity, f"{diag.message} (migrating to {label})", diag.span,
                             diag.target)


def _inside(a: engine.Span, b: engine.Span) -> bool:
    return (b.line, b.col) <= (a.line, a.col) and (a.end_line, a.end_col) <= (b.end_line, b.end_col)


def one_per_construct(analysis: engine.Analysis, lines: Sequence[str]) -> tuple[engine.Diagnostic, ...]:
    """Every diagnostic once, none contradicting another: where the training reader speaks for a line (it
    keeps a dataset loader, migrates `fit`), a model reader's "not supported" there is dropped; of two
    diagnostics on one construct (one range inside the other), the first kept wins; duplicates (a base
    class's findings repeated in its subclass) go."""
    training_lines = {d.span.line for d in analysis.training_diagnostics} | \
        {op.span.line for op in analysis.training}
    kept: list[engine.Diagnostic] = []
    for net_diag, d in [(False, d) for d in analysis.diagnostics + analysis.training_diagnostics] + \
            [(True, d) for net in analysis.networks for d in net.diagnostics]:
        if net_diag and d.code not in WRONG_NOW and d.target in TARGET_LABEL:
            text = lines[d.span.line - 1] if 0 < d.span.line <= len(lines) else ""
            if d.span.line in training_lines or engine.has_training_code(text, engine.other_framework(d.target)):
                continue
        if any(k.span == d.span and k.code == d.code or _inside(d.span, k.span) or _inside(k.span, d.span)
               for k in kept if k.span.line and d.span.line):
            continue
        kept.append(_tagged(d, TARGET_LABEL))
    return tuple(kept)


def shown(snapshot: Snapshot) -> tuple[engine.Diagnostic, ...]:
    """The pivot diagnostics to show for a snapshot: one per construct, or while the file does not parse, the
    one syntax diagnostic."""
    analysis = snapshot.analysis
    if not snapshot.parses:
        syntax = [d for d in analysis.diagnostics if d.code == engine.SYNTAX_CODE]
        return tuple(syntax[:1])
    return one_per_construct(analysis, snapshot.lines)


def for_snapshot(snapshot: Snapshot, units: Units) -> list[lsp.Diagnostic]:
    """LSP diagnostics of a snapshot as the editor shows them (memoised on it)."""
    key = ("diagnostics", units.encoding, _level)
    memo = snapshot.memo
    if key not in memo:
        found = []
        for d in shown(snapshot):
            severity = editor_severity(d, _level)
            if severity is not None:
                found.append(to_lsp(d, snapshot.lines, units, severity))
        memo[key] = found
    return memo[key]


def result_id(snapshot: Snapshot, units: Units) -> str:
    key = ("result_id", units.encoding)
    memo = snapshot.memo
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
