"""A buffer the constructor computes (the PyTorch tutorial's PositionalEncoding: `pe = torch.zeros(max_len, 1, d)`
filled by `pe[:, 0, 0::2] = torch.sin(position * div_term)`, then `self.register_buffer('pe', pe)`): the statements
that compute it, each written with NumPy for Keras (a constant the constructor makes once: Keras tensors take no
index assignment), and the shape of the tensor it starts from. Only code of a few creation and elementwise
functions, of the constructor's own names, is taken; anything else stays a named error (frontends.torch._buffer)."""
from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from pivot.frontends.source import Chunk, walk

# PyTorch function -> NumPy's (the same values; NumPy computes in float64 where PyTorch's default is float32, and
# the buffer is stored as float32, the checkpoint's values copied over it)
_FUNCTIONS = {f"torch.{fn}": f"np.{fn}" for fn in ("arange", "exp", "sin", "cos", "log", "sqrt", "tanh", "abs")}
_FILLED = {"torch.zeros": "np.zeros", "torch.ones": "np.ones"}  # sizes as arguments or one tuple
_BUILTINS = {"int", "float", "round", "min", "max", "len"}


@dataclass(frozen=True)
class ComputedBuffer:
    shape: str  # code of the sizes of the tensor registered (`(max_len, 1, d_model)`)
    lines: dict  # id() of each statement of the constructor that computes it -> its NumPy code
    value: str  # NumPy code of the value registered (`pe`, `np.expand_dims(pe, 0)` of `pe.unsqueeze(0)`)


def computed_buffer(init: cst.FunctionDef, call: cst.Call, chunk: Chunk) -> ComputedBuffer | None:
    """`self.register_buffer("pe", pe)` in `init`'s body, `pe` computed by statements of that body before it; or
    `self.register_buffer("pe", pe.unsqueeze(0))`, a table made batch-first as it is registered."""
    registered = call.args[1].value if len(call.args) >= 2 else None
    if any(a.keyword is not None and a.keyword.value != "persistent" for a in call.args):
        return None
    made = _made_in_place(registered, chunk)
    if made is not None:
        return made
    value, reshape = _registered(registered)
    if value is None:
        return None
    body = list(getattr(init.body, "body", ()))
    at = next((i for i, s in enumerate(body) if _contains(s, call)), None)
    if at is None:
        return None
    needed, taken, defined, shape = {value.value}, [], set(), None
    for stmt in reversed(body[:at]):
        assign = _assignment(stmt)
        # (names of modules, `torch` and `math`, are read, never changed)
        variables = {n for n in needed if chunk.qualify(cst.Name(n)) is None}
        if assign is None:
            if _names(stmt) & variables:
                return None  # `pe.mul_(2)`, a loop or branch changing it: not followed
            continue
        target, rhs = assign
        bound = target.value if isinstance(target, cst.Name) else target.value.value if isinstance(
            target, cst.Subscript) and isinstance(target.value, cst.Name) else None
        if bound is None or bound not in needed:
            if isinstance(target, (cst.Tuple, cst.List)) and _names(target) & variables:
                return None  # `a, b = ...` binding one of them
            continue
        if isinstance(target, cst.Name):
            needed.discard(target.value)
            defined.add(target.value)
            if target.value == value.value:
                shape = _start_shape(rhs, chunk)
                shape = reshape(shape) if shape is not None else None
                if shape is None:
                    return None
        needed |= _names(rhs) | (_names(target) - {target.value.value} if isinstance(target, cst.Subscript) else set())
        taken.append(stmt)
    if shape is None:
        return None
    # the names it computes are read by nothing else (the NumPy arrays would reach PyTorch's code paths)
    others = [s for s in body if s not in taken and not _contains(s, call)]
    if any(_names(s) & defined for s in others):
        return None
    lines = {}
    for stmt in taken:
        target, rhs = _assignment(stmt)
        code = _numpy(rhs, chunk)
        if code is None:
            return None
        lines[id(stmt)] = f"{chunk.text(target)} = {code}"
    registered_code = _numpy(registered, chunk)
    if registered_code is None:
        return None
    return ComputedBuffer(_sizes_code(shape), lines, registered_code)


def _sizes_code(shape: list) -> str:
    return f"({', '.join(shape)}{',' if len(shape) == 1 else ''})"


def _made_in_place(registered: cst.BaseExpression | None, chunk: Chunk) -> ComputedBuffer | None:
    """`self.register_buffer("h0", torch.zeros(num_layers, 1, hidden))`: a filled tensor made in the call itself (an
    RNN's initial state), no statement of the constructor computing it."""
    shape = _start_shape(registered, chunk) if registered is not None else None
    made = _numpy(registered, chunk) if shape is not None else None
    return ComputedBuffer(_sizes_code(shape), {}, made) if made else None


def _registered(node) -> tuple:
    """(the name a registered value is computed from, a function from that name's sizes (code) to the sizes
    registered): `pe`, `pe.unsqueeze(0)` (a 1 inserted), `pe.float()`; (None, None) for anything else."""
    if isinstance(node, cst.Name):
        return node, lambda sizes: sizes
    method = node.func.attr.value if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) else None
    if method is None or any(a.keyword is not None or a.star for a in node.args):
        return None, None
    inner, reshape = _registered(node.func.value)
    if inner is None:
        return None, None
    if method == "float" and not node.args:
        return inner, reshape
    axis = node.args[0].value if method == "unsqueeze" and len(node.args) == 1 else None
    if isinstance(axis, cst.UnaryOperation) and isinstance(axis.operator, cst.Minus) and \
            isinstance(axis.expression, cst.Integer):
        at = -int(axis.expression.value)
    elif isinstance(axis, cst.Integer):
        at = int(axis.value)
    else:
        return None, None

    def unsqueezed(sizes: list) -> list | None:
        sizes = reshape(sizes)
        if sizes is None or not -len(sizes) - 1 <= at <= len(sizes):
            return None
        where = at if at >= 0 else len(sizes) + 1 + at
        return sizes[:where] + ["1"] + sizes[where:]
    return inner, unsqueezed


_DTYPES = {"torch.float": "float32", "torch.float32": "float32", "torch.float64": "float64",
           "torch.double": "float64", "torch.long": "int64", "torch.int64": "int64"}


def _dtype(call: cst.Call, chunk: Chunk) -> cst.Arg | None:
    """The `dtype=` argument of a creation function (NumPy takes the same keyword)."""
    return next((a for a in call.args if a.keyword is not None and a.keyword.value == "dtype"), None)


def _contains(stmt: cst.CSTNode, node: cst.CSTNode) -> bool:
    found = []
    walk(stmt, lambda n: found.append(n) if n is node else None)
    return bool(found)


def _names(node: cst.CSTNode) -> set[str]:
    """The variables `node` reads or binds (not attribute names, not keywords)."""
    if isinstance(node, cst.Name):
        return {node.value}
    if isinstance(node, cst.Attribute):
        return _names(node.value)
    if isinstance(node, cst.Arg):
        return _names(node.value)
    return set().union(*(_names(c) for c in node.children)) if node.children else set()


def _assignment(stmt: cst.CSTNode) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 and isinstance(stmt.body[0], cst.Assign) \
            and len(stmt.body[0].targets) == 1:
        return stmt.body[0].targets[0].target, stmt.body[0].value
    return None


def _start_shape(rhs: cst.BaseExpression, chunk: Chunk) -> list | None:
    """`torch.zeros(max_len, 1, d_model)` (or `torch.zeros((max_len, 1, d_model))`): the code of its sizes."""
    if not (isinstance(rhs, cst.Call) and chunk.qualify(rhs.func) in _FILLED and rhs.args
            and all(a.keyword is None and not a.star for a in rhs.args)):
        return None
    if len(rhs.args) == 1 and isinstance(rhs.args[0].value, (cst.Tuple, cst.List)):
        sizes = [chunk.text(e.value) for e in rhs.args[0].value.elements]
    else:
        sizes = [chunk.text(a.value) for a in rhs.args]
    return sizes


def _numpy(node: cst.BaseExpression, chunk: Chunk) -> str | None:
    """`node` written with NumPy, or None where it holds anything else than the functions above, arithmetic,
    indexing and the constructor's names."""
    if isinstance(node, cst.Call):
        qual = chunk.qualify(node.func)
        dtype = _dtype(node, chunk) if qual in _FUNCTIONS else None  # `torch.arange(0, n, dtype=torch.float)`
        if any(a.star or a.keyword is not None and a is not dtype for a in node.args):
            return None
        args = [_numpy(a.value, chunk) for a in node.args if a is not dtype]
        if None in args or dtype is not None and _DTYPES.get(chunk.qualify(dtype.value)) is None:
            return None
        if dtype is not None:
            args.append(f'dtype="{_DTYPES[chunk.qualify(dtype.value)]}"')
        if qual in _FUNCTIONS:
            return f"{_FUNCTIONS[qual]}({', '.join(args)})"
        if qual in _FILLED:
            sizes = args[0] if len(args) == 1 else f"({', '.join(args)})"
            return f'{_FILLED[qual]}({sizes}, dtype="float32")'
        if isinstance(node.func, cst.Attribute) and qual is None or (qual or "").startswith("torch."):
            receiver = _numpy(node.func.value, chunk) if isinstance(node.func, cst.Attribute) else None
            method = node.func.attr.value if isinstance(node.func, cst.Attribute) else None
            if receiver is None or (qual or "").startswith("torch."):
                return None
            if method == "unsqueeze" and len(args) == 1:
                return f"np.expand_dims({receiver}, {args[0]})"
            if method == "float" and not args:
                return f'{receiver}.astype("float32")'
            return None
        if (qual or "").startswith("math.") or isinstance(node.func, cst.Name) and node.func.value in _BUILTINS:
            return f"{chunk.text(node.func)}({', '.join(args)})"
        return None
    bad = []

    def enter(n: cst.CSTNode):
        if n is node:
            return True
        if isinstance(n, cst.Call):
            bad.append(n)  # written below, each call of the expression on its own
            return False
        if isinstance(n, (cst.Name, cst.Attribute)) and (chunk.qualify(n) or "").startswith("torch"):
            bad.append(None)
        if isinstance(n, (cst.Lambda, cst.ListComp, cst.GeneratorExp, cst.DictComp, cst.SetComp, cst.Await)):
            bad.append(None)
        return True

    if isinstance(node, (cst.Name, cst.Attribute)) and (chunk.qualify(node) or "").startswith("torch"):
        return None
    walk(node, enter)
    if None in bad:
        return None
    calls = {id(c): _numpy(c, chunk) for c in bad}
    if None in calls.values():
        return None
    return chunk.module.code_for_node(node.visit(_Replace(calls))) if calls else chunk.text(node)


class _Replace(cst.CSTTransformer):
    """Each call (by its original node) replaced by its NumPy code."""

    def __init__(self, calls: dict) -> None:
        self.calls = calls

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        code = self.calls.get(id(original))
        return cst.parse_expression(code) if code is not None else updated
