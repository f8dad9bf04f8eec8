"""Multi-statement PyTorch idioms that are one catalog op (issue 13): recognised whole, since their single
steps (a 5-D view of an image, a transpose of its channel axis) have no meaning Pivot could remap alone."""
from __future__ import annotations

import ast
import re

import libcst as cst

from pivot.catalog import CATALOG, lookups
from pivot.frontends.source import Chunk


def channel_shuffle_groups(fn: cst.FunctionDef, chunk: Chunk) -> tuple[str, str] | None:
    """(input name, groups name) when `fn` is ShuffleNet's channel shuffle, else None:

        b, c, h, w = x.size()                    # or x.shape
        per_group = c // groups
        x = x.view(b, groups, per_group, h, w)   # or reshape
        x = torch.transpose(x, 1, 2).contiguous()  # or x.transpose(1, 2)
        x = x.view(b, c, h, w)                   # or -1 for c
        return x
    """
    stmts = [s for s in getattr(fn.body, "body", ()) if not _is_docstring(s)]
    return _channel_shuffle([re.sub(r"\s+", "", chunk.text(s)) for s in stmts])


def _channel_shuffle(lines: list[str]) -> tuple[str, str] | None:
    """The matcher on the function's statements, each without whitespace."""
    if len(lines) != 6:
        return None
    sizes = re.fullmatch(r"(\w+),(\w+),(\w+),(\w+)=(\w+)\.(?:size\(\)|shape)", lines[0])
    if not sizes:
        return None
    b, c, h, w, x = sizes.groups()
    per = re.fullmatch(rf"(\w+)={c}//(\w+)", lines[1])
    if not per:
        return None
    per_group, groups = per.groups()
    view = r"\.(?:view|reshape)\("
    steps = (rf"{x}={x}{view}{b},{groups},{per_group},{h},{w}\)",
             rf"{x}=(?:torch\.transpose\({x},1,2\)|{x}\.transpose\(1,2\))(?:\.contiguous\(\))?",
             rf"{x}={x}{view}{b},(?:{c}|-1),{h},{w}\)", rf"return{x}")
    if all(re.fullmatch(p, line) for p, line in zip(steps, lines[2:])):
        return x, groups
    return None


def idiom_functions(tree: ast.Module) -> frozenset[str]:
    """The file's top-level functions written as a recognised idiom (read with Python's `ast`, so that the models
    calling them can tell these functions from others, whose body Pivot migrates without knowing the layout of
    the tensors it is given)."""
    found = set()
    for fn in tree.body:
        if isinstance(fn, ast.FunctionDef):
            body = [s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
            lines = [re.sub(r"\s+", "", ast.unparse(s)) for s in body]
            if len(body) <= _MOST_STATEMENTS and (any(match(lines) for match in _LINE_MATCHERS.values())
                                                  or _support_idiom(lines)):
                found.add(fn.name)
    return frozenset(found)


def elementwise_functions(tree: ast.Module) -> frozenset[str]:
    """The file's top-level functions that only combine their arguments element by element (`def swish(x):
    return x * torch.sigmoid(x)`): no axis, index, size or reshape, so an image's layout does not matter to
    them. Read with Python's `ast`: every call is a catalog entry of that kind called through the file's imports
    (`F.relu6`), every other name an argument or local of the function."""
    aliases = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Import):
            aliases.update({a.asname or a.name.split(".")[0]: a.name if a.asname else a.name.split(".")[0]
                            for a in stmt.names})
        elif isinstance(stmt, ast.ImportFrom) and stmt.module:
            aliases.update({a.asname or a.name: f"{stmt.module}.{a.name}" for a in stmt.names})
    found = set()
    for fn in tree.body:
        if isinstance(fn, ast.FunctionDef) and fn.body and _elementwise_body(fn, aliases):
            found.add(fn.name)
    return frozenset(found)


def tensor_method_functions(tree: ast.Module) -> dict[str, str]:
    """The file's top-level functions that call a PyTorch tensor method of the catalog on one of their parameters
    (`def swish(x): return x * x.sigmoid()`), with that method: a function's body is migrated by its names only,
    so the method stays as written and fails on the other framework's tensor."""
    found = {}
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = {a.arg for a in fn.args.args}
        for node in ast.walk(fn):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    isinstance(node.func.value, ast.Name) and node.func.value.id in params and \
                    node.func.attr in lookups().torch_method and node.func.attr not in _ALSO_PYTHON:
                found.setdefault(fn.name, node.func.attr)
    return found


_ALSO_PYTHON = {"append", "extend", "items", "keys", "values", "get", "pop", "copy", "index", "count"}  # lists, dicts


def _elementwise(spec) -> bool:
    return spec is not None and spec.shape == "same" and not spec.axis_args and not spec.layout_sensitive \
        and not spec.layout_fixed and not spec.sized_by_tensors


def _elementwise_body(fn: ast.FunctionDef, aliases: dict) -> bool:
    body = [s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if not body or not isinstance(body[-1], ast.Return) or body[-1].value is None or fn.args.vararg \
            or fn.args.kwarg or not all(isinstance(s, ast.Assign) and all(isinstance(t, ast.Name) for t in s.targets)
                                         for s in body[:-1]):
        return False
    known = {a.arg for a in fn.args.args} | {t.id for s in body[:-1] for t in s.targets}
    called = set()
    for node in ast.walk(ast.Module(body=body, type_ignores=[])):
        if isinstance(node, ast.Call):
            func = node.func
            if node.keywords and not all(isinstance(k.value, ast.Constant) for k in node.keywords):
                return False
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in aliases:
                spec = lookups().torch_function.get(f"{aliases[func.value.id]}.{func.attr}")
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in known:
                spec = lookups().torch_method.get(func.attr)  # `x.sigmoid()` of a parameter or local: the same op
            else:
                return False
            if not _elementwise(spec):
                return False
            called.add(id(func))
        elif isinstance(node, (ast.Subscript, ast.Lambda, ast.Starred)) or \
                isinstance(node, ast.Attribute) and id(node) not in called:
            return False
        elif isinstance(node, ast.Name) and node.id not in known and node.id not in aliases:
            return False
    return True


def _support_idiom(lines: list[str]) -> bool:
    """`return TorchChannelShuffle(groups)(x)`: an idiom as Pivot writes it in Keras, its entry's support layer
    (which keeps PyTorch's channel order) applied to the function's tensor."""
    found = re.fullmatch(r"return(\w+)\(.*\)\(\w+\)", lines[0]) if len(lines) == 1 else None
    return found is not None and any(s.idiom and s.keras_layer == found.group(1) for s in CATALOG.values())


def _is_docstring(stmt: cst.CSTNode) -> bool:
    return (isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 and isinstance(stmt.body[0], cst.Expr)
            and isinstance(stmt.body[0].value, cst.SimpleString))


# OpSpec.idiom -> the matcher giving (input name, argument name) for a function written that way
IDIOMS = {"channel_shuffle": channel_shuffle_groups}
_LINE_MATCHERS = {"channel_shuffle": _channel_shuffle}  # the same, on statements without whitespace
_MOST_STATEMENTS = 6  # no idiom is longer
