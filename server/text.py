"""Text helpers: LSP line splitting, position units, line maps between versions, and line-diff edits.

LSP counts lines on ``\\n``, ``\\r\\n`` and ``\\r`` only (``str.splitlines`` also splits on form feeds,
``\\u2028`` and friends, which would shift every position after them), and columns in the client's
position encoding (UTF-16 by default); the pivot engine counts columns in code points.
"""
from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass
from typing import Sequence

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_EOL = ("\r\n", "\r", "\n")


def split_lines(text: str) -> list[str]:
    """The lines of `text`, each with its line ending (the last one may have none)."""
    return _LINE.findall(text)


def strip_eol(line: str) -> str:
    if line.endswith("\r\n"):
        return line[:-2]
    if line.endswith(("\r", "\n")):
        return line[:-1]
    return line


def ends_with_eol(text: str) -> bool:
    return text.endswith(("\n", "\r"))


class Units:
    """Column conversion between code points and the client's position encoding."""

    def __init__(self, encoding: str = "utf-16"):
        self.encoding = str(getattr(encoding, "value", encoding) or "utf-16")

    def count(self, s: str) -> int:
        """The length of `s` in client units."""
        if self.encoding == "utf-32" or s.isascii():
            return len(s)
        if self.encoding == "utf-8":
            return len(s.encode("utf-8", "surrogatepass"))
        return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)

    def to_client(self, line: str, col: int) -> int:
        """A code-point column on `line` in client units (clamped to the line)."""
        line = strip_eol(line)
        col = max(0, min(col, len(line)))
        if self.encoding == "utf-32" or line.isascii():
            return col
        return self.count(line[:col])

    def from_client(self, line: str, units: int) -> int:
        """A client-unit column on `line` as a code-point column (clamped to the line)."""
        line = strip_eol(line)
        if units <= 0:
            return 0
        if self.encoding == "utf-32" or line.isascii():
            return min(units, len(line))
        seen = 0
        for index, ch in enumerate(line):
            if seen >= units:
                return index
            seen += self.count(ch)
        return len(line)


def apply_change(lines: list[str], start: tuple[int, int], end: tuple[int, int], new_text: str) -> list[str]:
    """Replace the code-point range `start`..`end` (line, col; 0-based) of `lines` with `new_text`.

    Positions past the end are clamped. Only the touched lines are rebuilt.
    """
    n = len(lines)
    if (end[0], end[1]) < (start[0], start[1]):
        start, end = end, start

    def clamp(pos: tuple[int, int]) -> tuple[int, int]:
        line, col = pos
        if line >= n:
            if n and not ends_with_eol(lines[-1]):
                return n - 1, len(lines[-1])
            return n, 0
        line = max(line, 0)
        return line, max(0, min(col, len(strip_eol(lines[line]))))

    (sl, sc), (el, ec) = clamp(start), clamp(end)
    head = lines[sl][:sc] if sl < n else ""
    tail = lines[el][ec:] if el < n else ""
    if sl > 0 and sc == 0 and lines[sl - 1].endswith("\r"):
        # A lone CR before the edit and a LF at the start of the new text (or of `tail`) join into one
        # CRLF line ending: re-split from the previous line.
        sl -= 1
        head = lines[sl]
    middle = split_lines(head + new_text + tail)
    out = lines[:sl]
    out.extend(middle)
    out.extend(lines[el + 1:])
    return out


class LineMap:
    """Maps line numbers between an old and a new version of a text.

    Lines are matched as the common prefix and suffix, and (when the edited middle is not huge) the
    blocks `difflib` finds equal inside the middle, so several separate edits keep the lines between
    them mapped. Lines inside an edited region do not map (``None``).
    """

    MAX_MIDDLE = 20_000  # lines; above this only the prefix and suffix are matched

    def __init__(self, blocks: list[tuple[int, int, int]], identical: bool = False):
        self.blocks = blocks  # (old_start, new_start, size), sorted, non-overlapping
        self.identical = identical
        self._old_starts = [b[0] for b in blocks]
        self._new_starts = [b[1] for b in blocks]

    @staticmethod
    def between(old: Sequence[str], new: Sequence[str]) -> "LineMap":
        n_old, n_new = len(old), len(new)
        if old is new:
            return LineMap([(0, 0, n_old)], True)
        prefix, suffix = common_ends(old, new)
        if prefix == n_old == n_new:
            return LineMap([(0, 0, n_old)], True)
        blocks = [(0, 0, prefix)] if prefix else []
        a, b = old[prefix:n_old - suffix], new[prefix:n_new - suffix]
        if a and b and len(a) <= LineMap.MAX_MIDDLE and len(b) <= LineMap.MAX_MIDDLE:
            for i, j, size in difflib.SequenceMatcher(None, a, b).get_matching_blocks():
                if size:
                    blocks.append((prefix + i, prefix + j, size))
        if suffix:
            blocks.append((n_old - suffix, n_new - suffix, suffix))
        return LineMap(blocks)

    @staticmethod
    def _find(starts: list[int], blocks, line: int, old_side: bool):
        k = bisect.bisect_right(starts, line) - 1
        if k < 0:
            return None
        block = blocks[k]
        start = block[0] if old_side else block[1]
        return block if start <= line < start + block[2] else None

    def to_old(self, new_line: int) -> int | None:
        """The old line shown as `new_line` now, or None if that line was edited."""
        block = self._find(self._new_starts, self.blocks, new_line, False)
        return None if block is None else new_line - block[1] + block[0]

    def to_new(self, old_line: int) -> int | None:
        block = self._find(self._old_starts, self.blocks, old_line, True)
        return None if block is None else old_line - block[0] + block[1]

    def range_to_new(self, start: int, end: int) -> tuple[int, int] | None:
        """Map the old line range [start, end) (an insertion point when end == start) to the new text, if
        it lies within one unchanged block."""
        for old0, new0, size in self.blocks:
            if old0 <= start and end <= old0 + size and (start < old0 + size or start == end):
                return start - old0 + new0, end - old0 + new0
        return None


@dataclass(frozen=True)
class LineEdit:
    """Replace lines [start, end) of the old text by `text` (whole lines, endings included)."""

    start: int
    end: int
    text: str


def common_ends(old: Sequence[str], new: Sequence[str]) -> tuple[int, int]:
    """How many lines `old` and `new` share at the start, and then at the end."""
    n_old, n_new = len(old), len(new)
    limit = min(n_old, n_new)
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[n_old - 1 - suffix] == new[n_new - 1 - suffix]:
        suffix += 1
    return prefix, suffix


def line_edits(old: Sequence[str], new: Sequence[str]) -> list[LineEdit]:
    """Line-level edits turning `old` into `new`: the common prefix and suffix are trimmed first, so the
    diff runs only over the changed middle."""
    n_old, n_new = len(old), len(new)
    prefix, suffix = common_ends(old, new)
    if prefix == n_old == n_new:
        return []
    a, b = old[prefix:n_old - suffix], new[prefix:n_new - suffix]
    if not a or not b or len(a) * len(b) > 4_000_000:
        return [LineEdit(prefix, n_old - suffix, "".join(b))]
    edits = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if tag != "equal":
            edits.append(LineEdit(prefix + i1, prefix + i2, "".join(b[j1:j2])))
    return edits


def end_of_line_position(lines: Sequence[str], index: int, units: Units) -> tuple[int, int]:
    """The LSP position (line, client col) of the start of line `index`, where `index == len(lines)` means
    the end of the text."""
    if index < len(lines):
        return index, 0
    if not lines:
        return 0, 0
    last = lines[-1]
    if ends_with_eol(last):
        return len(lines), 0
    return len(lines) - 1, units.count(last)
