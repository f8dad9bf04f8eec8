"""Layers that point one way: pivot's module import graph (read with ast, module- and function-level imports)
has no cycle, no module imports a higher layer, and no function-local import of a pivot module hides one.

model <- catalog <- frontends / shapes / layout <- weights <- backend helpers <- backends <- styles <- migrate
<- tools <- cli / server
"""
import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Lowest first. A module belongs to the layer of the longest prefix that names it (a package names its
# submodules); it may import its own layer and those below.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("model", ("pivot", "pivot.model", "pivot.errors", "pivot.diagnostics", "pivot.fileio")),
    ("catalog", ("pivot.catalog",)),
    # what reads source and what knows shapes and layouts
    ("frontends / shapes / layout", ("pivot.frontends", "pivot.shapes", "pivot.layout", "pivot.naming",
                                     "pivot.slice")),
    ("weights", ("pivot.weights",)),
    # what both backends share (common.py, rewriter.py: the contract and the rewriter base, ...)
    ("backend helpers", ("pivot.backends",)),
    # the writers: one backend per target, and the training-code migration
    ("backends", ("pivot.backends.keras", "pivot.backends.torch", "pivot.training")),
    # target styles restructure a model with the backends' emitters; the backends never call them
    ("styles", ("pivot.backends.styles",)),
    ("migrate", ("pivot.analysis", "pivot.migrate", "pivot.describe")),
    # what runs or shows migrated models
    ("tools", ("pivot.verify", "pivot.inputs", "pivot.checkpoints", "pivot.graph", "pivot.graph_render",
               "pivot.fuzz")),
    ("cli / server", ("pivot.cli", "pivot.__main__", "server")),
]

# Upward edges known and accepted (none).
KNOWN: set[tuple[str, str]] = set()

# Packages whose modules may import each other in a cycle (none).
KNOWN_CYCLES: set[str] = set()

# Function-local imports that are not pivot modules, and why: the frameworks (and numpy) load only where
# models are run or weights converted, which keeps the language server and the CLI framework-free.
LAZY: dict[str, set[str]] = {
    "pivot.verify": {"numpy", "torch", "keras"},
    "pivot.weights": {"torch"},
    "pivot.checkpoints": {"numpy", "torch", "h5py"},  # h5py: reading Keras .h5 files (TensorFlow brings it)
    "pivot.fuzz.check": {"keras", "numpy", "tensorflow", "torch"},
}


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _files() -> dict[str, Path]:
    paths = [*ROOT.joinpath("pivot").rglob("*.py"), *ROOT.joinpath("server").rglob("*.py")]
    return {_module(p): p for p in paths}


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]) -> list[str]:
    """The modules an import statement loads: `from a import b` is module a.b when there is one, else a."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    base = node.module or ""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[:len(package) - (node.level - 1)]
        base = ".".join(package + ([base] if base else []))
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]


@cache
def import_graph() -> list[tuple[str, str, int, bool]]:
    """(importer, imported, line, function_local) for every import statement of pivot/ and server/."""
    files = _files()
    edges = []
    for module, path in files.items():
        tree = ast.parse(path.read_text())
        local = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                 for n in ast.walk(f)}
        # imports under `if TYPE_CHECKING:` never run: annotations only
        typing_only = {id(n) for f in ast.walk(tree) if isinstance(f, ast.If) and "TYPE_CHECKING" in ast.unparse(f.test)
                       for n in ast.walk(f)}
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)) and id(node) not in typing_only:
                for target in _targets(node, module, path.name == "__init__.py", set(files)):
                    edges.append((module, target, node.lineno, id(node) in local))
    return edges


def _internal(name: str) -> bool:
    return name.split(".")[0] in ("pivot", "server")


def layer_of(module: str) -> int:
    best, found = -1, None
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, found = len(prefix), index
    assert found is not None, f"{module} is in no layer: add it to LAYERS"
    return found


def _cycles(edges: set[tuple[str, str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), and modules importing themselves."""
    graph: dict[str, set[str]] = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _with_parents(edges: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Importing a.b.c runs a/__init__.py and a/b/__init__.py first: edges to those packages too."""
    parents = {(a, ".".join(b.split(".")[:i])) for a, b in edges for i in range(1, b.count(".") + 1)}
    return edges | {(a, p) for a, p in parents if not (a + ".").startswith(p + ".")}


def _pivot_edges() -> set[tuple[str, str]]:
    return _with_parents({(a, b) for a, b, _, _ in import_graph() if _internal(b) and a != b} - KNOWN) - KNOWN


def _known_cycle(a: str, b: str) -> bool:
    return any(a.startswith(p) and b.startswith(p) for p in KNOWN_CYCLES)


def test_every_module_has_a_layer():
    for module in _files():
        layer_of(module)


def test_no_import_cycle():
    cycles = _cycles({(a, b) for a, b in _pivot_edges() if not _known_cycle(a, b)})
    assert not cycles, "import cycles (module- or function-level):\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_layers_point_down():
    upward = sorted(f"{a} ({LAYERS[layer_of(a)][0]}) imports {b} ({LAYERS[layer_of(b)][0]})"
                    for a, b in _pivot_edges() if layer_of(b) > layer_of(a))
    assert not upward, "a lower layer imports a higher one:\n" + "\n".join(upward)


# The command line's entry module imports each command's modules when the command runs: `pivot --help` takes
# 0.4 s so, 3.7 s with them at the top (measured at load 12). Nothing imports pivot.cli, so its local imports
# cannot hide a cycle (the graph above counts them all the same).
ENTRY_POINTS = {"pivot.cli"}


def test_backends_share_through_helpers_not_each_other():
    """What one backend needs of the other lives in a helper module below both (backends/common.py)."""
    targets = {"pivot.backends.keras", "pivot.backends.torch"}
    borrowed = sorted(f"{a} imports {b}" for a, b in _pivot_edges() if a in targets and b in targets)
    assert not borrowed, "\n".join(borrowed)


def test_no_function_local_imports_in_pivot():
    """Imports sit at the top of pivot's modules, where the graph can be seen; only the frameworks load lazily."""
    found = set()
    for a, b, line, local in import_graph():
        if not local or not a.startswith("pivot") or a in ENTRY_POINTS or (a, b) in KNOWN or _known_cycle(a, b):
            continue
        if _internal(b) or b.split(".")[0] not in LAZY.get(a, set()):
            found.add(f"{a}:{line}: import {b}")
    assert not found, "function-local imports (move them to the top of the module):\n" + "\n".join(sorted(found))


def test_the_checks_see_a_cycle_and_an_upward_import():
    """The graph reader resolves `from a import b` to the submodule and the cycle finder finds a 3-cycle."""
    edges = {(a, b) for a, b, _, _ in import_graph()}
    assert ("pivot.migrate", "pivot.backends.keras") in edges
    assert _cycles({("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")}) == [["a", "b", "c"]]
    assert layer_of("pivot.catalog.conv") < layer_of("pivot.backends.keras") < layer_of("server.engine")
    assert ("pivot.cli", "pivot.training") in _with_parents({("pivot.cli", "pivot.training.markers")})
    assert not any(a == "pivot" or layer_of(a) < len(LAYERS) - 1 for a, b in _pivot_edges() if b in ENTRY_POINTS)
