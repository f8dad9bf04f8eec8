"""Errors Pivot reports to its callers (CLI, language server)."""


class PivotError(Exception):
    """Input Pivot cannot work on (unparsable file, unknown target); the message says why."""
