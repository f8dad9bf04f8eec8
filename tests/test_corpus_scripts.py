"""Whole tutorial-style scripts (tests/corpus_scripts/): data made locally, preprocessing, models, training,
evaluation and plots, in both frameworks.

- Migrating the whole file keeps every statement that does not touch the framework byte for byte, in order
  (data preparation, constants, plotting), whatever else changes.
- Whenever `pivot migrate` exits 0, the migrated script runs end to end (a subprocess with a timeout, in a
  scratch directory); the source script itself runs too (the corpus is real code).
- The CLI, fed every corpus file and truncated or garbled variants of it, never prints a traceback, and what
  it prints parses.
"""
from __future__ import annotations

import ast
import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pivot.cli import main as cli_main
from pivot.migrate import migrate_source

ROOT = Path(__file__).parent / "corpus_scripts"
SCRIPTS = sorted(ROOT.glob("*/*.py"))
IDS = [f"{p.parent.name}/{p.stem}" for p in SCRIPTS]
TARGET = {"torch": "tensorflow", "keras": "pytorch"}
FRAMEWORKS = ("torch", "torchvision", "keras", "tensorflow")
RUN_TIMEOUT = 300
TRAINING_METHODS = {"backward", "zero_grad", "item", "eval", "train", "compile", "fit"}


def _framework_names(tree: ast.Module) -> set[str]:
    """Names the file's imports bind to PyTorch, Keras or TensorFlow."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names |= {a.asname or a.name.split(".")[0] for a in node.names if a.name.split(".")[0] in FRAMEWORKS}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in FRAMEWORKS:
            names |= {a.asname or a.name for a in node.names}
    return names


def untouched_statements(source: str) -> list[str]:
    """The top-level statements that use no framework value, directly or through a name computed from one
    (imports aside): these must survive migration byte for byte."""
    tree = ast.parse(source)
    tainted = _framework_names(tree)
    lines = source.splitlines(keepends=True)
    kept = []
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            continue
        used = {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name)}
        if isinstance(stmt, (ast.FunctionDef, ast.ClassDef)):
            used |= {stmt.name} if stmt.name in tainted else set()
        bound = {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        if isinstance(stmt, (ast.FunctionDef, ast.ClassDef)):
            bound.add(stmt.name)
        if used & tainted or _trains(stmt):
            tainted |= bound
            continue
        first = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
        kept.append("".join(lines[first - 1:stmt.end_lineno]))
    return kept


def _trains(stmt: ast.stmt) -> bool:
    """A function given the framework's objects by its callers (`def train_one_epoch(model, loader, optimizer)`)
    shows it by the methods it calls on them."""
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in TRAINING_METHODS
               for n in ast.walk(stmt))


def _in_order(expected: list[str], text: str) -> list[str]:
    """The expected statements missing from `text` or out of their order (empty: all there, in order)."""
    missing, position = [], 0
    for stmt in expected:
        found = text.find(stmt, position)
        if found < 0:
            missing.append(stmt)
        else:
            position = found + len(stmt)
    return missing


def _run(code: str, tmp_path: Path, name: str) -> subprocess.CompletedProcess:
    script = tmp_path / name
    script.write_text(code)
    env = dict(os.environ, PYTHONPATH="", TF_CPP_MIN_LOG_LEVEL="2", TF_ENABLE_ONEDNN_OPTS="0",
               KERAS_HOME=str(tmp_path / "keras"), MPLBACKEND="Agg")
    return subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=RUN_TIMEOUT)


def test_the_corpus_has_tutorial_scripts_in_both_frameworks():
    frameworks = [p.parent.name for p in SCRIPTS]
    assert len(SCRIPTS) >= 20 and frameworks.count("torch") >= 10 and frameworks.count("keras") >= 10
    several = [p for p in SCRIPTS if len(migrate_source(p.read_text(), TARGET[p.parent.name]).migrated) > 1]
    assert len(several) >= 3, "several models per file in some scripts"


@pytest.mark.parametrize("path", SCRIPTS, ids=IDS)
def test_statements_outside_models_and_training_stay_byte_identical(path):
    source = path.read_text()
    result = migrate_source(source, TARGET[path.parent.name])
    ast.parse(result.text)
    assert result.migrated, "every corpus script has a model"
    expected = untouched_statements(source)
    assert expected, "every corpus script has data preparation or reporting outside the framework"
    missing = _in_order(expected, result.text)
    assert not missing, f"changed, moved or deleted: {missing[0]!r}"


@pytest.mark.slow
@pytest.mark.parametrize("path", SCRIPTS, ids=IDS)
def test_the_migrated_script_runs_whenever_migration_succeeds(path, tmp_path):
    source = path.read_text()
    original = _run(source, tmp_path, "source.py")
    assert original.returncode == 0, original.stderr[-3000:]
    result = migrate_source(source, TARGET[path.parent.name])
    errors = [d.format(path.name) for d in result.diagnostics if d.severity == "error"]
    if errors:  # an honest failure: reported, with the line, and the exit code says so
        assert all(":" in e and "PIV" in e for e in errors)
        pytest.skip(f"migration reports {len(errors)} error(s), first: {errors[0]}")
    migrated = _run(result.text, tmp_path, "migrated.py")
    assert migrated.returncode == 0, f"exit 0 promised a runnable script:\n{migrated.stderr[-3000:]}"


def _variants(source: str) -> list[str]:
    """The file cut at a few places, with lines dropped, and garbled (unbalanced brackets, bad indents)."""
    lines = source.splitlines(keepends=True)
    n = len(lines)
    cuts = ["".join(lines[:k]) for k in sorted({n // 4, n // 2, 3 * n // 4, n - 1})]
    dropped = ["".join(l for i, l in enumerate(lines) if i % step) for step in (3, 7)]
    garbled = [source.replace(")", "", 1), source.replace(":\n", "\n", 2), source.replace("    ", "  ", 5),
               source[: len(source) // 2] + "(\n" + source[len(source) // 2:], source.replace("=", "==", 3)]
    return cuts + dropped + garbled


@pytest.mark.parametrize("path", SCRIPTS, ids=IDS)
def test_the_cli_never_prints_a_traceback_and_its_output_parses(path, tmp_path):
    for k, variant in enumerate([path.read_text()] + _variants(path.read_text())):
        file = tmp_path / f"v{k}.py"
        file.write_text(variant)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main(["migrate", str(file), "--to", TARGET[path.parent.name]])
        assert "Traceback" not in err.getvalue()
        assert code in (0, 1, 2), err.getvalue()
        if code in (0, 1):
            ast.parse(out.getvalue())
        else:
            # a usage error, or the syntax error named at its line (FILE:LINE:COL: error: PIV001 ...)
            assert re.search(r"pivot: error:|: error: PIV001 ", err.getvalue()) and not out.getvalue()
