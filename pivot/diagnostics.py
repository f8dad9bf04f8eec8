"""Diagnostic codes: stable identifiers, a default severity and what each means."""
from __future__ import annotations

from pivot.model import Diagnostic, Span

CODES: dict[str, tuple[str, str]] = {
    "PIV001": ("error", "the file does not parse"),
    "PIV101": ("error", "unknown layer: no catalog entry"),
    "PIV102": ("error", "unsupported operation in forward/call"),
    "PIV103": ("error", "unsupported or invalid argument"),
    "PIV104": ("error", "dynamic construct Pivot cannot follow"),
    "PIV105": ("error", "argument value with no equivalent in the target framework"),
    "PIV201": ("information", "shape unknown statically: a lazy module is generated"),
    "PIV202": ("information", "semantic difference written out explicitly"),
    "PIV203": ("warning", "training-only setting not migrated"),
    "PIV204": ("warning", "migration is exact only under a stated condition"),
    "PIV205": ("information", "the requested target style does not apply to this model: its structure is kept"),
    "PIV301": ("error", "training code Pivot cannot migrate: kept beside a TODO"),
    "PIV302": ("warning", "training code whose migration changes its numbers or output"),
}


def make(code: str, span: Span, message: str, *, severity: str | None = None,
         target: str | None = None) -> Diagnostic:
    return Diagnostic(code, severity or CODES[code][0], message, span, target)


def retarget(diag: Diagnostic, target: str) -> Diagnostic:
    """Name the framework a diagnostic concerns in its message."""
    label = {"keras": "TensorFlow/Keras", "torch": "PyTorch"}[target]
    if diag.target or label in diag.message:
        return diag
    return Diagnostic(diag.code, diag.severity, f"{diag.message} (migrating to {label})", diag.span, target)
