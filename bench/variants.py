"""Spelling variants of verified models: the same model as another author would write it, migrated and verified.

The held-out code Pivot is judged on differs from its corpus less in *what* it computes than in *how it is
spelled*: `nn.Conv2d(3, 16, 3)` or `nn.Conv2d(in_channels=3, out_channels=16, kernel_size=3)`, `torch.flatten(x, 1)`
or `x.reshape(x.size(0), -1)`, `F.relu(x)` or `x.relu()`, `super(Net, self).__init__()` or `super().__init__()`.
This bench takes every unseen-corpus PyTorch model that verifies (tests/corpus_unseen/torch, GAPS aside), applies
one spelling rewrite at a time (each keeps PyTorch's meaning), and migrates and verifies the variant in-process as
the corpus test does. Each variant ends as

  verified   migrated without an error and equivalent
  named      an error diagnostic names the construct: the spelling is a gap (the original verified)
  WRONG      migrated without an error, then not equivalent, not built, or its weights not copied (a bug)
  crash      any other exception (a bug)
  invalid    the variant itself fails in PyTorch (the rewrite changed its meaning there): not counted against Pivot

    .venv/bin/python bench/variants.py [-k FILE_SUBSTRING]... [--rewrite NAME]... [--sample N] [--list KIND]

Nothing here asserts: it measures (medians are not the point; counts are).
"""
from __future__ import annotations

import argparse
import ast
import contextlib
import functools
import inspect
import io
import math
import os
import random
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = ROOT / "tests" / "corpus_unseen" / "torch"
HEADER = re.compile(r"# pivot-corpus: name=(\S+) input_shape=([\d,;]+)(?: input_dtype=([\w,]+))?")


# -- the rewrites: each returns [(start, end, new text)] over the source (empty: it does not apply) -----------
def _offsets(source: str):
    """A node's start (or end) as an index into `source` (ast columns count UTF-8 bytes)."""
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def at(node, end=False):
        line, col = (node.end_lineno, node.end_col_offset) if end else (node.lineno, node.col_offset)
        return starts[line - 1] + len(lines[line - 1].encode()[:col].decode())
    return at


def _text(source: str, at, node) -> str:
    return source[at(node):at(node, True)]


def _dotted(node: ast.AST) -> str:
    return ast.unparse(node) if isinstance(node, (ast.Name, ast.Attribute)) else ""


def _imports_torch(tree) -> bool:
    return any(isinstance(n, ast.Import) and any(a.name == "torch" and not a.asname for a in n.names)
               for n in tree.body)


def _imports_functional(tree) -> bool:
    """Whether `F` names torch.nn.functional (`import torch.nn.functional as F` / `from torch.nn import functional
    as F`)."""
    return any(isinstance(n, (ast.Import, ast.ImportFrom)) and any(a.asname == "F" for a in n.names)
               for n in tree.body)


def _add_line_after_imports(tree, source, at, line: str) -> tuple[int, int, str]:
    """An edit adding `line` after the file's last top-level import (after `from __future__`, before any code)."""
    last = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))][-1]
    end = source.find("\n", at(last, True)) + 1
    return end, end, line + "\n"


def keyword_layers(tree, source, at):
    """`nn.Conv2d(3, 16, 3)` -> `nn.Conv2d(in_channels=3, out_channels=16, kernel_size=3)`."""
    import torch.nn as nn

    edits = []
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and _dotted(call.func).startswith("nn.") and call.args):
            continue
        cls = getattr(nn, _dotted(call.func)[3:], None)
        if not inspect.isclass(cls) or any(isinstance(a, ast.Starred) for a in call.args):
            continue
        try:
            params = [p for p in inspect.signature(cls.__init__).parameters.values()][1:]
        except (TypeError, ValueError):
            continue
        if len(params) < len(call.args) or any(p.kind is not p.POSITIONAL_OR_KEYWORD for p in params[:len(call.args)]):
            continue
        for p, arg in zip(params, call.args):
            edits.append((at(arg), at(arg, True), f"{p.name}={_text(source, at, arg)}"))
    return edits


def explicit_defaults(tree, source, at):
    """`nn.Conv2d(3, 16, 3)` -> `nn.Conv2d(3, 16, 3, stride=1, padding=0, dilation=1, groups=1, bias=True,
    padding_mode='zeros')`: every default of torch.nn's signature written out (device and dtype aside)."""
    import torch.nn as nn

    edits = []
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and _dotted(call.func).startswith("nn.")) or \
                any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            continue
        cls = getattr(nn, _dotted(call.func)[3:], None)
        try:
            params = list(inspect.signature(cls.__init__).parameters.values())[1:] if inspect.isclass(cls) else []
        except (TypeError, ValueError):
            continue
        given = {p.name for p in params[:len(call.args)]} | {k.arg for k in call.keywords}
        extra = [f"{p.name}={p.default!r}" for p in params if p.name not in given and p.name not in ("device", "dtype") and not p.name.startswith("_")
                 and p.kind is p.POSITIONAL_OR_KEYWORD and p.default is not p.empty
                 and isinstance(p.default, (bool, int, float, str, type(None)))]
        if extra:
            end = at(call, True) - 1  # before the closing parenthesis (after a trailing comma, if any)
            comma = (call.args or call.keywords) and not source[:end].rstrip().endswith(",")
            edits.append((end, end, (", " if comma else "") + ", ".join(extra)))
    return edits


def views_of_batch(tree, source, at):
    """`x.view(-1, 16 * 5 * 5)` -> `x.view(x.size(0), 16 * 5 * 5)` (the batch axis named, as many authors write)."""
    edits = []
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr in ("view", "reshape") \
                and isinstance(call.func.value, ast.Name) and len(call.args) == 2 and not call.keywords \
                and ast.unparse(call.args[0]) == "-1" and ast.unparse(call.args[1]) != "-1":
            edits.append((at(call.args[0]), at(call.args[0], True), f"{call.func.value.id}.size(0)"))
    return edits


def super_spelled_old(tree, source, at):
    """`super().__init__()` -> `super(Net, self).__init__()`."""
    edits = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for call in ast.walk(cls):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "super" \
                    and not call.args:
                edits.append((at(call), at(call, True), f"super({cls.name}, self)"))
    return edits


def super_spelled_new(tree, source, at):
    """`super(Net, self).__init__()` -> `super().__init__()`."""
    return [(at(call), at(call, True), "super()") for call in ast.walk(tree)
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "super"
            and len(call.args) == 2]


# -- what the model's run says: the shapes a rewrite needs to keep the meaning (`dim=1` is `dim=-3` on 4 axes) ---
@functools.lru_cache(maxsize=4)
def _probe(source: str) -> dict:
    """{(line, function name): {shapes}}: the shape of the first tensor argument of every torch function and tensor
    method called from the model's own source, when the header's model runs on its input ({} if it cannot)."""
    if HEADER.search(source) is None:
        return {}
    from torch.overrides import TorchFunctionMode

    from pivot.verify import build_model, run_model, seeded_batch

    seen: dict = {}

    class Shapes(TorchFunctionMode):
        def __torch_function__(self, func, types, args=(), kwargs=None):
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename != "<torch model>":  # build_model's file name
                frame = frame.f_back
            tensor = _first_tensor(args)
            if frame is not None and tensor is not None:
                seen.setdefault((frame.f_lineno, getattr(func, "__name__", "")), set()).add(tuple(tensor.shape))
            return func(*args, **(kwargs or {}))

    name, shape, dtype = header(source)
    try:  # quiet: some corpus files print their model, PyTorch warns of deprecated spellings
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings(), Shapes():
            warnings.simplefilter("ignore")
            run_model(build_model(source, name, "torch", None), seeded_batch(shape, dtype, 0), "torch")
    except Exception:  # noqa: BLE001 (a model the probe cannot run gets no shape-reading rewrite)
        return {}
    return seen


def _first_tensor(args):
    import torch

    for a in args:
        if isinstance(a, torch.Tensor):
            return a
        if isinstance(a, (list, tuple)) and (inner := _first_tensor(a)) is not None:
            return inner
    return None


def _shape_at(shapes: dict, call: ast.Call, name: str):
    """The one shape the run gave `name`'s tensor on the call's lines (None: not run there, or several)."""
    found = set().union(*(shapes.get((line, name), set()) for line in range(call.lineno, call.end_lineno + 1)))
    return next(iter(found)) if len(found) == 1 else None


# the calls taking axes: how many positional axes follow the tensor, and the keywords naming one
_AXIS_CALLS = {"cat": 1, "stack": 1, "softmax": 1, "log_softmax": 1, "mean": 1, "sum": 1, "amax": 1, "amin": 1,
               "argmax": 1, "squeeze": 1, "unsqueeze": 1, "flatten": 2, "transpose": 2, "size": 1, "norm": 0,
               "cumsum": 1, "max": 1, "min": 1}
_AXIS_KEYWORDS = ("dim", "start_dim", "end_dim", "dim0", "dim1")


def _literal_int(node) -> int | None:
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    return value if type(value) is int else None


def negative_dims(tree, source, at):
    """`dim=1` -> `dim=-3` on an (N, C, H, W) tensor, `dim=-1` -> `dim=1` on (N, F), `torch.flatten(x, 1)` ->
    `torch.flatten(x, -3)`, `x.transpose(1, 2)` -> `x.transpose(-2, -1)`: the same axis counted from the other end,
    the rank read from the model's run (the batch axis 0 kept)."""
    shapes = _probe(source)
    edits = []
    for call in ast.walk(tree):
        name = call.func.attr if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) else ""
        if name not in _AXIS_CALLS or (shape := _shape_at(shapes, call, name)) is None:
            continue
        rank = len(shape) + (name in ("stack", "unsqueeze"))  # their axis indexes the output's rank
        on_tensor = _dotted(call.func.value) not in ("torch", "F", "torch.nn.functional")
        axes = call.args[(0 if on_tensor else 1):][:_AXIS_CALLS[name]]
        for node in axes + [k.value for k in call.keywords if k.arg in _AXIS_KEYWORDS]:
            axis = _literal_int(node)
            if axis is not None and axis != 0 and -rank <= axis < rank:
                edits.append((at(node), at(node, True), str(axis - rank if axis > 0 else axis + rank)))
    return edits


def _batch_flattens(tree):
    """(call, tensor name) for every spelling of "flatten all but the batch axis": `torch.flatten(x, 1)`,
    `x.flatten(1)`, `x.view(x.size(0), -1)`, `x.reshape(x.shape[0], -1)`."""
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or call.keywords:
            continue
        value = None
        if _dotted(call.func) == "torch.flatten" and len(call.args) == 2 and ast.unparse(call.args[1]) == "1":
            value = call.args[0]
        elif isinstance(call.func, ast.Attribute) and call.func.attr == "flatten" and len(call.args) == 1 \
                and ast.unparse(call.args[0]) == "1":
            value = call.func.value
        elif isinstance(call.func, ast.Attribute) and call.func.attr in ("view", "reshape") and len(call.args) == 2 \
                and ast.unparse(call.args[1]) == "-1" and isinstance(call.func.value, ast.Name) \
                and ast.unparse(call.args[0]) in (f"{call.func.value.id}.size(0)", f"{call.func.value.id}.shape[0]"):
            value = call.func.value
        if isinstance(value, ast.Name):
            yield call, value.id


def flatten_spelled(tree, source, at):
    """`torch.flatten(x, 1)` / `x.view(x.size(0), -1)` / `x.flatten(1)` -> `x.reshape(x.shape[0], -1)`."""
    return [(at(call), at(call, True), f"{x}.reshape({x}.shape[0], -1)") for call, x in _batch_flattens(tree)
            if not _text(source, at, call).startswith(f"{x}.reshape(")]


def flatten_keyword(tree, source, at):
    """Every batch flatten -> `torch.flatten(x, start_dim=1)` (files importing torch)."""
    if not _imports_torch(tree):
        return []
    return [(at(call), at(call, True), f"torch.flatten({x}, start_dim=1)") for call, x in _batch_flattens(tree)]


def flatten_as_view_of_size(tree, source, at):
    """Every batch flatten -> `x.view(-1, 400)`: the features counted as LLM-written and tutorial code does, from the
    shape the model's run gives `x` there (the batch inferred by -1)."""
    shapes = _probe(source)
    edits = []
    for call, x in _batch_flattens(tree):
        shape = _shape_at(shapes, call, "flatten" if "flatten" in _dotted(call.func) else call.func.attr)
        if shape is not None and len(shape) > 2:
            edits.append((at(call), at(call, True), f"{x}.view(-1, {math.prod(shape[1:])})"))
    return edits


_METHOD_ACTS = {"F.relu": "relu", "torch.relu": "relu", "torch.sigmoid": "sigmoid", "F.sigmoid": "sigmoid",
                "torch.tanh": "tanh", "F.tanh": "tanh"}


def activations_as_methods(tree, source, at):
    """`F.relu(x)` / `torch.sigmoid(x)` -> `x.relu()` / `x.sigmoid()` (innermost first: no overlapping edits)."""
    edits = []
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and _dotted(call.func) in _METHOD_ACTS and len(call.args) == 1 \
                and not call.keywords and isinstance(call.args[0], (ast.Name, ast.Attribute, ast.Call, ast.Subscript)):
            edits.append((at(call), at(call, True), f"{_text(source, at, call.args[0])}."
                                                     f"{_METHOD_ACTS[_dotted(call.func)]}()"))
    return edits


def sizes_as_shape(tree, source, at):
    """`x.size(0)` -> `x.shape[0]`; `x.size()` -> `x.shape`."""
    edits = []
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "size" \
                and isinstance(call.func.value, ast.Name) and not call.keywords and len(call.args) <= 1:
            index = f"[{_text(source, at, call.args[0])}]" if call.args else ""
            edits.append((at(call), at(call, True), f"{call.func.value.id}.shape{index}"))
    return edits


_DIM_CALLS = re.compile(r"^(torch\.(cat|stack|softmax|mean|sum|amax)|F\.(softmax|log_softmax)|\w+\.(mean|sum|"
                        r"softmax|log_softmax|squeeze|unsqueeze|amax))$")


def dims_positional(tree, source, at):
    """`torch.cat(xs, dim=1)` / `x.mean(dim=-1)` / `F.softmax(x, dim=1)` -> the dim passed by position."""
    edits = []
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and _DIM_CALLS.match(ast.unparse(call.func))):
            continue
        method = not _dotted(call.func).startswith(("torch.", "F."))
        keys = [k.arg for k in call.keywords]
        if keys and keys[0] == "dim" and len(call.args) == (0 if method else 1) and \
                (len(keys) == 1 or keys[1:] == ["keepdim"]):
            kw = call.keywords[0]
            edits.append((at(kw), at(kw.value, True), _text(source, at, kw.value)))
    return edits


def nested_calls(tree, source, at):
    """`x = self.a(x)` then `x = self.b(x)` -> `x = self.b(self.a(x))` (forward bodies)."""
    edits = []
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "forward"):
        body = fn.body
        for first, second in zip(body, body[1:]):
            if all(isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)
                   and isinstance(s.value, ast.Call) and len(s.value.args) == 1 and not s.value.keywords
                   and isinstance(s.value.args[0], ast.Name) and s.value.args[0].id == s.targets[0].id
                   for s in (first, second)) and first.targets[0].id == second.targets[0].id \
                    and not any(e[1] > at(first) for e in edits):
                inner = _text(source, at, first.value)
                line_start = source.rfind("\n", 0, at(first)) + 1
                edits.append((line_start, at(second, True), source[line_start:at(first)] + f"{first.targets[0].id} = "
                              f"{_text(source, at, second.value.func)}({inner})"))
    return edits


def imports_from(tree, source, at):
    """`import torch.nn as nn` -> `from torch import nn`; `import torch.nn.functional as F` -> `from torch.nn
    import functional as F`."""
    edits = []
    for node in tree.body:
        if isinstance(node, ast.Import) and len(node.names) == 1 and node.names[0].asname:
            module, _, name = node.names[0].name.rpartition(".")
            if module.startswith("torch") and name == node.names[0].asname or name == "functional":
                alias = "" if name == node.names[0].asname else f" as {node.names[0].asname}"
                edits.append((at(node), at(node, True), f"from {module} import {name}{alias}"))
    return edits


def qualified_modules(tree, source, at):
    """`import torch.nn as nn` dropped and `nn.Conv2d(...)` written `torch.nn.Conv2d(...)` (files importing torch)."""
    imports = [n for n in tree.body if isinstance(n, ast.Import) and [(a.name, a.asname) for a in n.names]
               == [("torch.nn", "nn")]]
    if len(imports) != 1 or not _imports_torch(tree):
        return []
    line_start = source.rfind("\n", 0, at(imports[0])) + 1
    edits = [(line_start, at(imports[0], True) + 1, "")]
    return edits + [(at(n), at(n, True), "torch.nn") for n in ast.walk(tree)
                    if isinstance(n, ast.Name) and n.id == "nn" and isinstance(n.ctx, ast.Load)]


def functional_qualified(tree, source, at):
    """`F.relu(x)` -> `torch.nn.functional.relu(x)` (the `F` import kept: unused)."""
    if not _imports_torch(tree):
        return []
    return [(at(n), at(n, True), "torch.nn.functional") for n in ast.walk(tree)
            if isinstance(n, ast.Name) and n.id == "F" and isinstance(n.ctx, ast.Load)]


def contiguous_views(tree, source, at):
    """`x.view(...)` -> `x.contiguous().view(...)`."""
    return [(at(c.func.value, True), at(c.func.value, True), ".contiguous()") for c in ast.walk(tree)
            if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "view"
            and isinstance(c.func.value, ast.Name)]


def annotated_forward(tree, source, at):
    """`def forward(self, x):` -> `def forward(self, x: torch.Tensor) -> torch.Tensor:` (files importing torch)."""
    if not _imports_torch(tree):
        return []
    edits = []
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "forward"):
        if fn.returns is not None or any(a.annotation for a in fn.args.args):
            continue
        edits += [(at(a, True), at(a, True), ": torch.Tensor") for a in fn.args.args[1:] if a.arg != "self"]
        close = re.compile(r"\)\s*:").search(source, at(fn)).start() + 1  # after the parameters' parenthesis
        edits.append((close, close, " -> torch.Tensor"))
    return edits


def _forwards(tree):
    return (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "forward")


def _first_in_forward(tree, source, at, line) -> list:
    """Edits adding `line(x)` (x: forward's first input) as forward's first statement, after its docstring."""
    edits = []
    for fn in _forwards(tree):
        first = fn.body[0]
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):  # after the docstring
            first = fn.body[1] if len(fn.body) > 1 else None
        names = [a.arg for a in fn.args.args[1:]][:1]
        if first is not None and names:
            line_start = source.rfind("\n", 0, at(first)) + 1
            pad = source[line_start:at(first)]
            edits.append((line_start, line_start, f"{pad}{line(names[0])}\n"))
    return edits


def inputs_made_contiguous(tree, source, at):
    """`x = x.contiguous()` as forward's first statement (as `x = x.to(device)` is in many scripts)."""
    return _first_in_forward(tree, source, at, lambda x: f"{x} = {x}.contiguous()")


def inputs_made_float(tree, source, at):
    """`x = x.float()` as forward's first statement (float inputs only: the header names no input_dtype)."""
    header = HEADER.search(source)
    if header is None or header.group(3):
        return []
    return _first_in_forward(tree, source, at, lambda x: f"{x} = {x}.float()")


_DEVICE = 'torch.device("cuda" if torch.cuda.is_available() else "cpu")'


def inputs_to_device(tree, source, at):
    """A module-level `device = torch.device("cuda" if ... else "cpu")` and `x = x.to(device)` first in forward."""
    if not _imports_torch(tree) or not (edits := _first_in_forward(tree, source, at, lambda x: f"{x} = {x}.to(device)")):
        return []
    return edits + [_add_line_after_imports(tree, source, at, f"\ndevice = {_DEVICE}")]


def _after_super_init(cls, source, at, line: str) -> list:
    """An edit adding `line` after `super().__init__(...)` in the class's __init__ (none without one)."""
    for fn in cls.body:
        if isinstance(fn, ast.FunctionDef) and fn.name == "__init__":
            for stmt in fn.body:
                if isinstance(stmt, ast.Expr) and "super(" in ast.unparse(stmt) and "__init__" in ast.unparse(stmt):
                    line_start = source.rfind("\n", 0, at(stmt)) + 1
                    end = source.find("\n", at(stmt, True)) + 1
                    return [(end, end, f"{source[line_start:at(stmt)]}{line}\n")]
    return []


def inputs_to_self_device(tree, source, at):
    """`self.device = torch.device(...)` in __init__ and `x = x.to(self.device)` first in forward."""
    if not _imports_torch(tree):
        return []
    edits = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        fwd = [f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "forward"]
        setup = _after_super_init(cls, source, at, f"self.device = {_DEVICE}")
        if fwd and setup and "self.device" not in _text(source, at, cls):
            edits += setup + _first_in_forward(fwd[0], source, at, lambda x: f"{x} = {x}.to(self.device)")
    return edits


_ANNOTATIONS = {bool: "bool", int: "int", float: "float", str: "str"}


def annotated_init(tree, source, at):
    """`def __init__(self, in_ch=3, p=0.5):` -> `def __init__(self, in_ch: int = 3, p: float = 0.5) -> None:`."""
    edits = []
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "__init__"):
        if fn.returns is not None:
            continue
        positional = fn.args.posonlyargs + fn.args.args
        pairs = list(zip(positional[len(positional) - len(fn.args.defaults):], fn.args.defaults))
        pairs += [(a, d) for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults) if d is not None]
        for arg, default in pairs:
            kind = type(default.value) if isinstance(default, ast.Constant) else None
            if arg.annotation is None and kind in _ANNOTATIONS:
                edits.append((at(arg, True), at(default), f": {_ANNOTATIONS[kind]} = "))
        close = _parameters_close(source, at, fn)
        edits.append((close, close, " -> None"))
    return edits


def _parameters_close(source, at, fn) -> int:
    """The index just after a def's closing parenthesis (the last `)` before the body's `:`)."""
    return source.rfind(")", at(fn), at(fn.body[0])) + 1


_ACTS = {"relu": "ReLU", "sigmoid": "Sigmoid", "tanh": "Tanh"}


def _activation_calls(tree, spellings):
    """(call, activation, input node) for one-input `F.relu(x)` / `torch.relu(x)` / `x.relu()` as `spellings` lists."""
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or call.keywords:
            continue
        name = _dotted(call.func)
        module, _, act = name.rpartition(".")
        if act in _ACTS and module in spellings and len(call.args) == 1:
            yield call, act, call.args[0]
        elif act in _ACTS and "method" in spellings and not call.args and isinstance(call.func, ast.Attribute) \
                and module not in ("F", "torch", "torch.nn.functional"):
            yield call, act, call.func.value


def activations_of_torch(tree, source, at):
    """`F.relu(x)` / `F.sigmoid(x)` -> `torch.relu(x)` / `torch.sigmoid(x)` (files importing torch)."""
    return [(at(c.func), at(c.func, True), f"torch.{act}") for c, act, _ in _activation_calls(tree, ("F",))] \
        if _imports_torch(tree) else []


def activations_functional(tree, source, at):
    """`torch.relu(x)` / `x.relu()` -> `F.relu(x)` (the import added where the file has none)."""
    edits = [(at(c), at(c, True), f"F.{act}({_text(source, at, x)})")
             for c, act, x in _activation_calls(tree, ("torch", "method"))]
    if edits and not _imports_functional(tree):
        edits.append(_add_line_after_imports(tree, source, at, "import torch.nn.functional as F"))
    return edits


def activations_inline_modules(tree, source, at):
    """`F.relu(x)` / `torch.relu(x)` / `x.relu()` -> `nn.ReLU()(x)`: a module built and called in forward."""
    if not any(isinstance(n, ast.Import) and any(a.asname == "nn" for a in n.names) for n in tree.body):
        return []
    return [(at(c), at(c, True), f"nn.{_ACTS[act]}()({_text(source, at, x)})")
            for c, act, x in _activation_calls(tree, ("F", "torch", "method"))]


def activation_attribute(tree, source, at):
    """`x = F.relu(x)` -> `x = self.act(x)` with `self.act = nn.ReLU(inplace=True)` set in __init__ (statements
    rebinding their input only: in place on a tensor read again later would change PyTorch's own result)."""
    edits = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        if "self.act" in _text(source, at, cls):
            continue
        calls = [s.value for s in ast.walk(cls) if isinstance(s, ast.Assign) and len(s.targets) == 1
                 and isinstance(s.targets[0], ast.Name) and isinstance(s.value, ast.Call)
                 and [c for c, act, x in _activation_calls(s.value, ("F", "torch")) if c is s.value and act == "relu"
                      and isinstance(x, ast.Name) and x.id == s.targets[0].id]]
        setup = _after_super_init(cls, source, at, "self.act = nn.ReLU(inplace=True)")
        if calls and setup:
            edits += setup + [(at(c.func), at(c.func, True), "self.act") for c in calls]
    return edits


def functional_dropout(tree, source, at):
    """`self.drop(x)` with `self.drop = nn.Dropout(0.3)` -> `F.dropout(x, 0.3, training=self.training)` (the
    module kept, unused)."""
    edits = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        rates = {}
        for s in ast.walk(cls):
            if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Attribute) \
                    and ast.unparse(s.targets[0].value) == "self" and isinstance(s.value, ast.Call) \
                    and _dotted(s.value.func) == "nn.Dropout":
                given = s.value.args[:1] + [k.value for k in s.value.keywords if k.arg == "p"]
                if not given or isinstance(given[0], ast.Constant):  # a rate forward can read (not __init__'s)
                    rates[s.targets[0].attr] = _text(source, at, given[0]) if given else "0.5"
        for fn in _forwards(cls):
            edits += [(at(c), at(c, True), f"F.dropout({_text(source, at, c.args[0])}, {rates[c.func.attr]}, "
                       "training=self.training)") for c in ast.walk(fn)
                      if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and len(c.args) == 1
                      and ast.unparse(c.func.value) == "self" and c.func.attr in rates and not c.keywords]
    if edits and not _imports_functional(tree):
        edits.append(_add_line_after_imports(tree, source, at, "import torch.nn.functional as F"))
    return edits


def _batch_sizes(tree):
    """(node, tensor name) for `x.size(0)` and `x.shape[0]`."""
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "size" \
                and isinstance(n.func.value, ast.Name) and not n.keywords and len(n.args) == 1 \
                and ast.unparse(n.args[0]) == "0":
            yield n, n.func.value.id
        elif isinstance(n, ast.Subscript) and isinstance(n.value, ast.Attribute) and n.value.attr == "shape" \
                and isinstance(n.value.value, ast.Name) and ast.unparse(n.slice) == "0":
            yield n, n.value.value.id


def sizes_indexed(tree, source, at):
    """`x.size(0)` / `x.shape[0]` -> `x.size()[0]`."""
    return [(at(n), at(n, True), f"{x}.size()[0]") for n, x in _batch_sizes(tree)]


def sizes_as_len(tree, source, at):
    """`x.size(0)` / `x.shape[0]` -> `len(x)` (a tensor's len is its first axis)."""
    return [(at(n), at(n, True), f"len({x})") for n, x in _batch_sizes(tree)]


def sequential_ordered_dict(tree, source, at):
    """`nn.Sequential(a, b)` -> `nn.Sequential(OrderedDict([("0", a), ("1", b)]))` (the same parameter names)."""
    edits = [(at(c), at(c, True), "nn.Sequential(OrderedDict([" + ", ".join(
        f'("{i}", {_text(source, at, a)})' for i, a in enumerate(c.args)) + "]))") for c in ast.walk(tree)
        if isinstance(c, ast.Call) and _dotted(c.func) == "nn.Sequential" and c.args and not c.keywords
        and not any(isinstance(a, ast.Starred) for a in c.args)
        and not (isinstance(c.args[0], ast.Call) and _dotted(c.args[0].func).endswith("OrderedDict"))]
    return edits + [_add_line_after_imports(tree, source, at, "from collections import OrderedDict")] if edits else []


def layers_by_getattr(tree, source, at):
    """`nn.Conv2d(...)` -> `getattr(nn, "Conv2d")(...)` (a layer named by a string, as config-driven code does)."""
    return [(at(c.func), at(c.func, True), f'getattr(nn, "{c.func.attr}")') for c in ast.walk(tree)
            if isinstance(c, ast.Call) and _dotted(c.func).startswith("nn.") and c.func.attr[:1].isupper()]


def layers_added_as_modules(tree, source, at):
    """`self.fc = nn.Linear(...)` in __init__ -> `self.add_module("fc", nn.Linear(...))`."""
    return [(at(s), at(s, True), f'self.add_module("{s.targets[0].attr}", {_text(source, at, s.value)})')
            for fn in ast.walk(tree) if isinstance(fn, ast.FunctionDef) and fn.name == "__init__"
            for s in fn.body if isinstance(s, ast.Assign) and len(s.targets) == 1
            and isinstance(s.targets[0], ast.Attribute) and ast.unparse(s.targets[0].value) == "self"
            and isinstance(s.value, ast.Call) and _dotted(s.value.func).startswith("nn.")]


def cat_of_tuple(tree, source, at):
    """`torch.cat([a, b], dim=1)` -> `torch.cat((a, b), dim=1)`."""
    return [(at(c.args[0]), at(c.args[0], True), "(" + ", ".join(_text(source, at, e) for e in c.args[0].elts)
             + ("," if len(c.args[0].elts) == 1 else "") + ")") for c in ast.walk(tree)
            if isinstance(c, ast.Call) and _dotted(c.func) in ("torch.cat", "torch.stack") and c.args
            and isinstance(c.args[0], ast.List)]


def inplace_relu(tree, source, at):
    """`nn.ReLU()` -> `nn.ReLU(inplace=True)`."""
    return [(at(c), at(c, True), "nn.ReLU(inplace=True)") for c in ast.walk(tree)
            if isinstance(c, ast.Call) and _dotted(c.func) == "nn.ReLU" and not c.args and not c.keywords]


REWRITES = {f.__name__: f for f in (keyword_layers, explicit_defaults, views_of_batch, super_spelled_old, super_spelled_new, flatten_spelled, activations_as_methods,
                                     sizes_as_shape, dims_positional, nested_calls, imports_from, inplace_relu,
                                     qualified_modules, functional_qualified, contiguous_views, annotated_forward,
                                     cat_of_tuple, inputs_made_contiguous,
                                     # round two: spellings of LLM-written PyTorch
                                     negative_dims, flatten_keyword, flatten_as_view_of_size, inputs_made_float,
                                     inputs_to_device, inputs_to_self_device, annotated_init, activations_of_torch,
                                     activations_functional, activations_inline_modules, activation_attribute,
                                     functional_dropout, sizes_indexed, sizes_as_len, sequential_ordered_dict,
                                     layers_by_getattr, layers_added_as_modules)}


def variant(source: str, rewrite) -> str | None:
    tree = ast.parse(source)
    edits = sorted(rewrite(tree, source, _offsets(source)), reverse=True)
    if not edits:
        return None
    kept, last = [], len(source) + 1
    for start, end, new in edits:  # outermost edits win where two overlap (nested calls)
        if end <= last:
            kept.append((start, end, new))
            last = start
    for start, end, new in kept:
        source = source[:start] + new + source[end:]
    ast.parse(source)
    return source if source else None


# -- running one ----------------------------------------------------------------------------------------------
def run_one(path: Path, source: str, name: str, shape, dtype: str) -> tuple[str, str]:
    from pivot.analysis import analyze
    from pivot.migrate import migrate_source
    from pivot.verify import Job, verify_model

    try:
        result = migrate_source(source, "tensorflow", [name])
    except Exception as exc:  # noqa: BLE001 (every failure is counted)
        return "crash", f"migrate: {type(exc).__name__}: {exc}"
    errors = [d for d in result.diagnostics if d.severity == "error"]
    if errors:
        return "named", f"{errors[0].code} line {errors[0].span.line}: {errors[0].message.splitlines()[0][:140]}"
    nets = [n for n in analyze(source).networks if n.framework == "torch"]
    try:
        out = verify_model(source, name, nets, Job(str(path), "tensorflow", [name], shape, dtype, 1e-5, 1e-4),
                           sizes_migration=False)
    except Exception as exc:  # noqa: BLE001 (exit 0 promised a model that builds and takes the weights)
        if not runs_in_torch(source, name, nets, shape, dtype):
            return "invalid", f"the variant itself fails in PyTorch: {type(exc).__name__}: {str(exc)[:100]}"
        return "WRONG", f"verify: {type(exc).__name__}: {str(exc).splitlines()[0][:140] if str(exc) else ''}"
    return ("verified", "") if out.get("equivalent") else ("WRONG", f"not equivalent: {str(out)[:140]}")


def runs_in_torch(source: str, name: str, nets: list, shape, dtype: str) -> bool:
    """Whether the variant's PyTorch model builds and runs on the header's input (a rewrite can change meaning:
    `x.view(-1, n)` that merges time steps into the batch is not `x.view(x.size(0), n)`)."""
    from pivot.verify import build_model, run_model, seeded_batch, slice_for

    try:
        sl, _ = slice_for(source, name, nets, None)
        run_model(build_model(sl.code, name, "torch", None), seeded_batch(shape, dtype, 0), "torch")
    except Exception:  # noqa: BLE001
        return False
    return True


def models(keys: list[str]):
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from test_corpus_unseen import GAPS, WEIGHT_GAPS

    for path in sorted(UNSEEN.glob("*.py")):
        if f"torch/{path.stem}" in GAPS or f"torch/{path.stem}" in WEIGHT_GAPS:
            continue
        if keys and not any(k in path.stem for k in keys):
            continue
        source = path.read_text()
        yield path, source, *header(source)


def header(source: str) -> tuple:
    """The corpus header's model name, input shape (a list of shapes for several inputs) and dtype."""
    match = HEADER.search(source)
    shapes = [[int(v) for v in part.split(",")] for part in match.group(2).split(";")]
    return match.group(1), shapes[0] if len(shapes) == 1 else shapes, match.group(3) or "float32"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-k", action="append", default=[], help="only files whose name holds this text")
    parser.add_argument("--rewrite", action="append", choices=sorted(REWRITES), default=[])
    parser.add_argument("--sample", type=int, default=0, help="a random sample of this many variants (seed 0)")
    parser.add_argument("--list", choices=("verified", "named", "WRONG", "crash", "invalid"), action="append",
                        default=[])
    args = parser.parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    jobs = []
    for path, source, name, shape, dtype in models(args.k):
        for rewrite_name in args.rewrite or REWRITES:
            text = variant(source, REWRITES[rewrite_name])
            if text is not None and text != source:
                jobs.append((rewrite_name, path, text, name, shape, dtype))
    if args.sample and args.sample < len(jobs):
        jobs = random.Random(0).sample(jobs, args.sample)
    rows = []
    for rewrite_name, path, text, name, shape, dtype in jobs:
        outcome, why = run_one(path, text, name, shape, dtype)
        rows.append((rewrite_name, outcome))
        if not args.list or outcome in args.list:
            print(f"{outcome:9} {rewrite_name:22} {path.stem}  {why}", flush=True)
    print(f"\n{len(rows)} variants: " + ", ".join(f"{n} {k}" for k, n in Counter(o for _, o in rows).most_common()))
    for rewrite_name in sorted({r for r, _ in rows}):
        counts = Counter(o for r, o in rows if r == rewrite_name)
        print(f"  {rewrite_name:22} " + ", ".join(f"{counts[k]} {k}" for k in ("verified", "named", "WRONG", "crash", "invalid")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
