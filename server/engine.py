"""The one place the server touches the pivot engine (`pivot/`), plus a guard that keeps pathological
input away from the native parser.

The engine is pure Python on top of libcst; nothing here (or anywhere in the server) imports torch or
tensorflow. The libcst native parser can crash the process (segfault) or run for minutes on very deeply
nested expressions that CPython itself rejects, so text that *could* be that deep is checked with
`ast.parse` first, which fails cleanly; such text gets a PIV001 diagnostic without reaching libcst.
"""
from __future__ import annotations

import bisect
import time
from typing import Iterable

from pivot.model import TARGETS as FRAMEWORK_OF  # a target (or framework) name -> the framework written
from pivot.model import Analysis, Diagnostic, Network, Span  # noqa: F401  (re-exported)
from pivot.analysis import AnalysisCache, analyze, file_plan, read_piece
from pivot.backends.styles import STYLES  # noqa: F401  (re-exported) the `targetStyle` values
from pivot.describe import describe_at, describe_network  # noqa: F401  (re-exported) hovers, show
from pivot.errors import PivotError
from pivot.frontends.markers import is_training_code
from pivot.frontends.source import parse_python, split_bom
from pivot.migrate import MigrationResult, migrate_source as _migrate_source

SYNTAX_CODE = "PIV001"

# The target names pivot takes ("tensorflow", "pytorch"), the framework each writes, and how titles name them.
TARGET_OF = {fw: name for name, fw in FRAMEWORK_OF.items() if name != fw}  # "keras" -> "tensorflow"
TARGET_FRAMEWORK = {name: fw for fw, name in TARGET_OF.items()}
TARGET_LABEL = {"tensorflow": "TensorFlow", "pytorch": "PyTorch"}
ALIASES = {"tf": "keras"}  # spellings a client may send besides pivot's own

# Lines this long are the only way to reach the nesting depths that hurt libcst.
_SUSPICIOUS_LINE = 1000


def migrate_source(source: str, to: str, classes=None, cache=None, training=None,
                   style: str = "auto") -> MigrationResult:
    """`cache`: the document's AnalysisCache, so unchanged definitions are not analysed again.
    `training`: also migrate the training code (default: when the whole file is migrated).
    `style`: the target style (`STYLES`), the `targetStyle` initialization option."""
    return _migrate_source(source, to=to, classes=classes, cache=cache, training=training, style=style)


def has_training_code(text: str, framework: str) -> bool:
    """Whether `text` holds training code of `framework` (compile/fit, optimizers, loops): a cheap scan."""
    return is_training_code(text, framework)


def canonical_target(target: str) -> str:
    name = str(target).strip().lower()
    framework = FRAMEWORK_OF.get(ALIASES.get(name, name))
    if framework is None:
        raise PivotError(f"unknown target {target!r}: use {' or '.join(map(repr, TARGET_FRAMEWORK))}")
    return TARGET_OF[framework]


def other_framework(framework: str) -> str:
    """The framework code of `framework` migrates to, and the one code migrated to `framework` comes from."""
    return next(fw for fw in TARGET_OF if fw != framework)


def target_for(network: Network) -> str:
    """The target a network migrates to: the other framework."""
    return TARGET_OF[other_framework(network.framework)]


def new_cache() -> AnalysisCache:
    return AnalysisCache()


def _suspicious(lines: Iterable[str]) -> bool:
    """Only a long line can hold nesting deep enough to hurt libcst (CPython rejects more than 200 nested
    brackets, and deep multi-line nesting needs thousands of lines the engine's `ast.parse` rejects first)."""
    return max(map(len, lines), default=0) > _SUSPICIOUS_LINE


def precheck(text: str, lines: Iterable[str]) -> Diagnostic | None:
    """A PIV001 diagnostic if `text` is too deep (or not Python) in a way that could crash libcst."""
    if not _suspicious(lines):
        return None
    try:
        parse_python(split_bom(text)[1])  # Python accepts a BOM in a file, ast.parse not in a str
    except SyntaxError as exc:
        line = max(int(exc.lineno or 1), 1)
        col = max(int(exc.offset or 1) - 1, 0)
        return Diagnostic(SYNTAX_CODE, "error", f"Syntax error: {exc.msg}", Span(line, col, line, col + 1))
    except (RecursionError, MemoryError, ValueError, OverflowError):
        return Diagnostic(SYNTAX_CODE, "error", "Syntax error: the code is nested too deeply to analyse",
                          Span(1, 0, 1, 0))
    return None


def analyze_text(text: str, lines: Iterable[str], cache: AnalysisCache | None) -> Analysis:
    """The pivot analysis of `text`; never raises."""
    blocked = precheck(text, lines)
    if blocked is not None:
        return Analysis(networks=(), diagnostics=(blocked,))
    return analyze(text, cache=cache)


# Past this many lines a file is analysed definition by definition, in short slices that a newer version
# of the text interrupts, and requests before its first analysis read only the definition they point at.
LARGE_LINES = 20_000
SLICE_SECONDS = 0.2


def is_large(lines: list[str], limit: int = LARGE_LINES) -> bool:
    return len(lines) > limit


def plan(text: str, lines: Iterable[str]):
    """The pieces and context of `text` (`pivot.analysis.file_plan`), or None when it does not parse or
    could crash libcst (then `analyze_text` is quick and says why)."""
    return None if precheck(text, lines) is not None else file_plan(text)


def warm(file_plan, start: int, cache: AnalysisCache, seconds: float = SLICE_SECONDS) -> int:
    """Read pieces into `cache` from `start` for about `seconds`; the index to continue from."""
    pieces, ctx = file_plan
    deadline = time.perf_counter() + seconds
    i = start
    while i < len(pieces) and (i == start or time.perf_counter() < deadline):
        read_piece(pieces[i], ctx, cache)
        i += 1
    return i


def analyze_around(file_plan, line: int, cache: AnalysisCache) -> tuple[Network, ...]:
    """The networks of the piece holding 1-based `line` (one definition, not the whole file)."""
    pieces, ctx = file_plan
    starts = [p.first_line for p in pieces]
    index = max(0, bisect.bisect_right(starts, line) - 1)
    return read_piece(pieces[index], ctx, cache)[0] if pieces else ()


def safe_to_migrate(text: str, lines: Iterable[str]) -> None:
    """Raise PivotError instead of handing libcst text that could crash it."""
    blocked = precheck(text, lines)
    if blocked is not None:
        raise PivotError(blocked.message)


def migrate_text(text: str, lines: Iterable[str], target: str, classes=None, cache=None, training=None,
                 style: str = "auto") -> "MigrationResult":
    """`migrate_source`, after the guard that keeps text which could crash libcst away from it."""
    safe_to_migrate(text, lines)
    return migrate_source(text, to=target, classes=classes, cache=cache, training=training, style=style)


def is_syntax_error(analysis: Analysis) -> bool:
    return any(d.code == SYNTAX_CODE for d in analysis.diagnostics)
