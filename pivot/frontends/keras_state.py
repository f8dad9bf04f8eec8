"""A Keras model's own weights: `self.w = self.add_weight(shape=..., initializer=...)` read as the learned tensor
PyTorch writes as `nn.Parameter`, and `self.w.assign(keras.random.normal(self.w.shape, ...))` in `__init__` as the
`nn.init` refill it mirrors (how Pivot writes an nn.Parameter and `nn.init.normal_` in Keras)."""
from __future__ import annotations

import libcst as cst

from pivot import diagnostics as D
from pivot.frontends.calls import KERAS_TRAINING_ONLY_SUFFIXES
from pivot.frontends.source import Chunk, flattened, literal, walk
from pivot.model import Attrs, Diagnostic, Expr, Layer

PARAMETER, INIT = "Parameter", "Init"  # the layer ops the PyTorch reader gives nn.Parameter and nn.init calls
# add_weight's arguments by position (Keras 3), those that do not change the computation
_WEIGHT_ARGS = ("shape", "initializer", "dtype", "trainable")
_IGNORED = ("name", "autocast", "aggregation")
# keras refills of a whole weight -> (nn.init function, its keywords from the Keras call's: (torch, keras, default))
_FILLS = {
    "keras.random.normal": ("normal_", (("mean", "mean", 0.0), ("std", "stddev", 1.0))),
    "keras.random.uniform": ("uniform_", (("a", "minval", 0.0), ("b", "maxval", 1.0))),
    "keras.ops.zeros": ("zeros_", ()),
    "keras.ops.ones": ("ones_", ()),
    "keras.ops.full": ("constant_", (("val", "fill_value", None),)),
}


def is_self_method(call: cst.Call, method: str) -> bool:
    """`self.<method>(...)`."""
    func = call.func
    return isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "self" \
        and func.attr.value == method


def read_weight(call: cst.Call, name: str, chunk: Chunk, diags: list[Diagnostic]) -> Layer:
    """`self.add_weight(shape=(1, n, d), initializer="zeros")` as a learned tensor of that shape."""
    span, source = chunk.span(call), chunk.text(call)
    given: dict = {}
    for i, arg in enumerate(call.args):
        key = arg.keyword.value if arg.keyword else (_WEIGHT_ARGS[i] if i < len(_WEIGHT_ARGS) else None)
        if key in _WEIGHT_ARGS:
            given[key] = arg.value
        elif key is not None and key.endswith(KERAS_TRAINING_ONLY_SUFFIXES):
            diags.append(D.make("PIV203", chunk.span(arg), f"`{source}`: `{key}` changes only how the weight is "
                                "trained; it is not migrated"))
        elif key not in _IGNORED:
            diags.append(D.make("PIV103", chunk.span(arg), f"`{source}`: argument `{chunk.text(arg).strip(', ')}` "
                                "of add_weight is not migrated"))
            return Layer(name, "opaque", span=span, source=source)
    dtype = literal(given["dtype"], chunk) if "dtype" in given else None
    if "shape" not in given or dtype not in (None, "float32"):
        diags.append(D.make("PIV103", span, f"`{source}`: only float32 weights of a given shape are migrated"))
        return Layer(name, "opaque", span=span, source=source)
    initializer = literal(given["initializer"], chunk) if "initializer" in given else None
    trainable = literal(given["trainable"], chunk) if "trainable" in given else True
    values = _constant(given.get("initializer"), chunk)
    if values is not None:  # `keras.initializers.Constant([[[[0.485, 0.456, 0.406]]]])` (a PyTorch buffer's)
        initializer = "constant"
    attrs = {"shape": Expr(chunk.text(given["shape"])), "initializer": initializer, "trainable": trainable}
    return Layer(name, PARAMETER, Attrs.of(attrs | ({"values": values} if values is not None else {})), span=span,
                 source=source)


def _constant(value, chunk: Chunk) -> tuple | None:
    """The numbers of `keras.initializers.Constant(<numbers written out>)`, in order; None for anything else."""
    if not isinstance(value, cst.Call) or chunk.qualify(value.func) != "keras.initializers.Constant" or \
            len(value.args) != 1 or value.args[0].keyword not in (None,) and value.args[0].keyword.value != "value":
        return None
    flat, _ = flattened(literal(value.args[0].value, chunk))
    return tuple(flat) if flat is not None else None


def weight_fills(init: cst.FunctionDef, chunk: Chunk, weights: set[str]) -> list[Layer]:
    """`self.w.assign(keras.random.normal(self.w.shape, mean=0.0, stddev=0.02))` of a weight in `weights`: the
    nn.init refill (`normal_`, `uniform_`, `zeros_`, `ones_`, `constant_`) with its arguments, target first."""
    found: list[Layer] = []

    def enter(node: cst.CSTNode) -> None:
        layer = _fill(node, chunk, weights) if isinstance(node, cst.Call) else None
        if layer is not None:
            found.append(layer)

    walk(init, enter)
    return found


def _fill(call: cst.Call, chunk: Chunk, weights: set[str]) -> Layer | None:
    func = call.func
    if not (isinstance(func, cst.Attribute) and func.attr.value == "assign" and len(call.args) == 1
            and isinstance(func.value, cst.Attribute) and isinstance(func.value.value, cst.Name)
            and func.value.value.value == "self" and func.value.attr.value in weights):
        return None
    value = call.args[0].value
    qual = chunk.qualify(value.func) if isinstance(value, cst.Call) else None
    if qual not in _FILLS:
        return None
    function, params = _FILLS[qual]
    positional = [a for a in value.args if a.keyword is None][1:]  # after the shape
    keywords = {a.keyword.value: a.value for a in value.args if a.keyword is not None}
    if set(keywords) - {keras for _, keras, _ in params} - {"seed", "dtype"}:
        return None
    attrs: dict = {"function": function, "target": Expr(chunk.text(func.value))}
    for i, (torch_kw, keras_kw, default) in enumerate(params):
        node = positional[i].value if i < len(positional) else keywords.get(keras_kw)
        attrs[torch_kw] = literal(node, chunk) if node is not None else default
    return Layer("", INIT, Attrs.of(attrs), span=chunk.span(call), source=chunk.text(call))
