"""Refactoring guard: Pivot's output on every bundled model file is byte-identical to the stored one.

Each file is migrated to the other framework (and the corpus models also in every target style) and the
result, its diagnostics or its error are compared with `tests/golden/`. A change of output that is meant
regenerates them: `PIVOT_REGEN_GOLDEN=1 pytest tests/unit/test_golden_outputs.py`, and the diff is reviewed.
"""
import os
import re
from pathlib import Path

import pytest

from pivot.errors import PivotError
from pivot.migrate import migrate_source

TESTS = Path(__file__).resolve().parents[1]
GOLDEN = TESTS / "golden"
ROOTS = ("corpus", "corpus_breadth", "corpus_scripts", "corpus_training", "regressions", "slice_scripts",
         "fuzz_regressions")
STYLED = ("corpus",)  # files also migrated in each explicit target style


def _files() -> list[Path]:
    found = []
    for root in ROOTS:
        found += sorted(p for p in (TESTS / root).rglob("*.py") if not p.name.startswith(("test_", "__")))
    return found + sorted((TESTS.parent / "examples").rglob("*.py"))


def _target(text: str) -> str:
    return "pytorch" if re.search(r"^\s*(import|from) (keras|tensorflow)\b", text, re.M) else "tensorflow"


def _styles(path: Path) -> tuple[str, ...]:
    parts = path.relative_to(TESTS.parent).parts
    if parts[0] != "tests" or parts[1] not in STYLED:
        return ("auto",)
    return ("auto", "subclassed", "sequential") + (("functional",) if _target(path.read_text()) == "tensorflow" else ())


def _render(path: Path, style: str) -> str:
    text = path.read_text()
    try:
        result = migrate_source(text, _target(text), style=style)
    except PivotError as err:
        return f"# error: {err}\n"
    diags = "".join(f"# {d.format(path.name)}\n" for d in result.diagnostics)
    return f"{result.text}\n# --- diagnostics ---\n{diags}"


CASES = [(p, style) for p in _files() for style in _styles(p)]


@pytest.mark.parametrize("path,style", CASES, ids=[f"{p.relative_to(TESTS.parent)}:{s}" for p, s in CASES])
def test_output_is_unchanged(path: Path, style: str):
    golden = GOLDEN / (path.relative_to(TESTS.parent).as_posix().replace("/", "__") + f".{style}.out")
    got = _render(path, style)
    if os.environ.get("PIVOT_REGEN_GOLDEN"):
        golden.write_text(got)
    assert golden.exists(), f"no golden output {golden.name}: regenerate with PIVOT_REGEN_GOLDEN=1"
    assert got == golden.read_text(), f"output of {path.name} ({style}) changed"
