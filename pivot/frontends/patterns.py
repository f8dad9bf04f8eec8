"""Multi-statement PyTorch idioms that are one catalog op (issue 13): recognised whole, since their single
steps (a 5-D view of an image, a transpose of its channel axis) have no meaning Pivot could remap alone."""
from __future__ import annotations

import ast
import re

import libcst as cst

from pivot.catalog import CATALOG
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
