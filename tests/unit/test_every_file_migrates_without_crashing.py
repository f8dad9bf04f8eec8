"""Every corpus file, migrated the way `pivot migrate FILE` does (whole file, no input shapes given), gives a
result that parses, whatever diagnostics it carries: a gap is an error diagnostic, never a crash."""
import ast
from pathlib import Path

import pytest

from pivot.migrate import migrate_source

ROOT = Path(__file__).parents[1]
FILES = sorted(p for d in ("corpus", "corpus_breadth", "corpus_training") for p in (ROOT / d).rglob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_migrates_without_crashing(path):
    source = path.read_text()
    framework = path.parent.name if path.parent.name in ("torch", "keras") else \
        "keras" if "import keras" in source else "torch"
    to = "pytorch" if framework == "keras" else "tensorflow"
    result = migrate_source(source, to)
    ast.parse(result.text)
    assert result.text != source or any(d.severity == "error" for d in result.diagnostics)
