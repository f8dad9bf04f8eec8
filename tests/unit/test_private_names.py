"""No module of pivot/ or server/ reaches into another's private names (`from pivot.x import _y`, `x._y` on
an imported module): what two modules share is public. pivot/fuzz and pivot/backends are not covered yet."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_YET = ("pivot/fuzz/", "pivot/backends/")


def _files():
    for top in ("pivot", "server"):
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if not rel.startswith(NOT_YET):
                yield rel, ast.parse(path.read_text())


def _ours(module: str | None, level: int) -> bool:
    return level > 0 or (module or "").split(".")[0] in ("pivot", "server")


def reach_ins(tree: ast.Module) -> list[str]:
    found, modules = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and _ours(node.module, node.level):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"line {node.lineno}: from {node.module or '.'} import {alias.name}")
                modules.add(alias.asname or alias.name)  # may be a module (`from pivot import verify`)
        elif isinstance(node, ast.Import):
            modules.update(a.asname for a in node.names if a.asname and _ours(a.name, 0))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules
                and node.attr.startswith("_") and not node.attr.startswith("__")):
            found.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_module_uses_another_modules_private_names():
    found = {rel: hits for rel, tree in _files() if (hits := reach_ins(tree))}
    assert found == {}


def test_the_check_sees_a_reach_in():
    tree = ast.parse("from pivot import verify\nfrom pivot.describe import _shape\nverify._run(1)\n")
    assert reach_ins(tree) == ["line 2: from pivot.describe import _shape", "line 3: verify._run"]
