"""`walk`, the read-only traversal the frontends use, meets the nodes libcst's visit meets, in its order."""
import libcst as cst
import pytest

from pivot.frontends.source import _LAYOUT, walk
from tests.conftest import BREADTH, CORPUS


class _Visited(cst.CSTVisitor):
    """Every node libcst visits, except whitespace and punctuation (which `walk` leaves out)."""

    def __init__(self) -> None:
        super().__init__()
        self.nodes: list[cst.CSTNode] = []
        self.layout: list[bool] = []

    def on_visit_attribute(self, node, attribute) -> None:
        self.layout.append(attribute in _LAYOUT or attribute.startswith("whitespace"))

    def on_leave_attribute(self, node, attribute) -> None:
        self.layout.pop()

    def on_visit(self, node) -> bool:
        if not any(self.layout):
            self.nodes.append(node)
        return True


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*/*.py")) + sorted(BREADTH.glob("*/*.py")), ids=lambda p: p.name)
def test_walk_matches_libcst_visit(path):
    module = cst.parse_module(path.read_text())
    visited = _Visited()
    module.visit(visited)
    walked: list[cst.CSTNode] = []
    walk(module, walked.append)
    assert len(walked) == len(visited.nodes)
    assert all(a is b for a, b in zip(walked, visited.nodes))


def test_walk_skips_under_false():
    module = cst.parse_module("def f():\n    return g(x)\n")
    seen: list[str] = []

    def enter(node):
        seen.append(type(node).__name__)
        return not isinstance(node, cst.FunctionDef)

    walk(module, enter)
    assert seen == ["Module", "FunctionDef"]
