"""Spellings and value conversions the op families share."""
from __future__ import annotations

import ast
import re

from pivot.catalog.domains import FLAGS_ON
from pivot.catalog.spec import Arg, Variant
from pivot.model import Expr, Value, value_code

T, K = "torch.nn.", "keras.layers."
F = "torch.nn.functional."


def one_minus(value: Value) -> Value:
    """BatchNorm momentum: PyTorch weighs the new batch, Keras the running value."""
    if isinstance(value, Expr):
        return Expr(_one_minus_code(value.code))
    return round(1 - value, 10) if isinstance(value, (int, float)) else value


def _one_minus_code(code: str) -> str:
    """`1 - code`, parenthesized where needed; `1 - (1 - m)` is `m` (a momentum converted there and back)."""
    try:
        tree = ast.parse(code.strip(), mode="eval").body
    except SyntaxError:
        return f"1 - ({code})"
    if isinstance(tree, ast.BinOp) and isinstance(tree.op, ast.Sub) and isinstance(tree.left, ast.Constant) \
            and tree.left.value == 1:
        return ast.unparse(tree.right)
    atom = isinstance(tree, (ast.Name, ast.Attribute, ast.Constant, ast.Call, ast.Subscript))
    return f"1 - {code}" if atom else f"1 - ({code})"


def keras_padding_in(value: Value) -> Value:
    """Keras 'valid' is PyTorch padding 0; 'same' stays 'same' (TF semantics, asymmetric when strided)."""
    if isinstance(value, str):
        value = value.lower()
    return 0 if value == "valid" else value


def keras_zero_padding_out(value: Value) -> Value:
    """PyTorch's ZeroPad2d padding (left, right, top, bottom) as Keras's ((top, bottom), (left, right))."""
    if isinstance(value, tuple) and len(value) == 4:
        left, right, top, bottom = value
        return ((top, bottom), (left, right))
    return value


def keras_zero_padding_in(value: Value) -> Value:
    """Keras ZeroPadding2D padding (int, (h, w) or ((top, bottom), (left, right))) as PyTorch's."""
    if isinstance(value, tuple) and len(value) == 2:
        h, w = value
        if isinstance(h, tuple) and isinstance(w, tuple):
            return (w[0], w[1], h[0], h[1])
        if isinstance(h, int) and isinstance(w, int):
            return (w, w, h, h)
    return value


def keras_zero_padding3d_in(value: Value) -> Value:
    """Keras ZeroPadding3D padding (int, (d, h, w) or ((front, back), (top, bottom), (left, right))) as PyTorch's
    (left, right, top, bottom, front, back)."""
    if isinstance(value, tuple) and len(value) == 3:
        if all(isinstance(v, int) for v in value):
            d, h, w = value
            return (w, w, h, h, d, d)
        if all(isinstance(v, tuple) and len(v) == 2 for v in value):
            d, h, w = value
            return (w[0], w[1], h[0], h[1], d[0], d[1])
    return value


def keras_zero_padding3d_out(value: Value) -> Value:
    """PyTorch's ZeroPad3d padding (left, right, top, bottom, front, back) as Keras's per-axis pairs."""
    if isinstance(value, tuple) and len(value) == 6:
        left, right, top, bottom, front, back = value
        return ((front, back), (top, bottom), (left, right))
    return value


PADDINGS = ("valid", "same")

# Keras wrapper layers the frontend reads as the layer they wrap (Bidirectional(LSTM(...)) is one LSTM layer)
KERAS_WRAPPERS = (f"{K}Bidirectional", f"{K}TimeDistributed")

BIAS = Arg("bias", torch="bias", keras="use_bias", torch_default=True, keras_default=True, domain=FLAGS_ON)

# Keras-only normalization arguments; Pivot migrates their defaults (the last axis, centred and scaled).
KERAS_NORM = (Arg("axis", keras="axis", keras_default=-1), Arg("center", keras="center", keras_default=True, domain=FLAGS_ON),
               Arg("scale", keras="scale", keras_default=True,
                                                                   domain=FLAGS_ON))


# layers.TimeDistributed(layer) of a layer that reads only the last axis is that layer itself
PER_STEP = Variant(f"{K}TimeDistributed", wraps=True)
# of an image layer (conv, pooling, flatten): the layer applied to each step's image, marked by this attribute
# (PyTorch folds the steps into the batch in a `TimeDistributed` support module)
PER_STEP_IMAGES = "per_step_images"
PER_STEP_IMAGE = Variant(f"{K}TimeDistributed", wraps=True, sets=((PER_STEP_IMAGES, True),))


def interpolate_call(fn: str, attrs: dict, x: str | None = None) -> str:
    """`fn(x, size=..., scale_factor=..., mode=..., align_corners=...)` with the arguments set (not nearest, the
    default): F.interpolate, and Pivot's Keras `TorchInterpolate` (without x: the layer itself)."""
    keys = ("size", "scale_factor", "mode", "align_corners")
    given = [f"{k}={value_code(attrs[k])}" for k in keys if attrs.get(k) is not None and attrs[k] != "nearest"]
    return f"{fn}({', '.join(([x] if x else []) + given)})"


_INTERPOLATE_MODES = ("nearest", "linear", "bilinear", "trilinear")


# a slice of another tensor's shape, whole (`skip.shape[2:]`, `skip.size()[-2:]`, Keras's `keras.ops.shape(skip)[1:3]`
# maybe in `tuple(...)`): the graph's Size node, which the backends write with the target's axes or report
_SHAPE_SLICE = re.compile(r"(?:tuple\()?(?:[\w.]+\.shape|[\w.]+\.size\(\)|(?:keras\.ops|ops|tf)\.shape\([\w.]+\))"
                          r"\[-?\d*:-?\d*\]\)?")


def _literal_sizes(value) -> bool:
    """None, a number or a tuple of numbers, or a name or expression of the code that reads no tensor's shape
    (`size=input_shape` after `input_shape = x.shape[-2:]`, whose statement Pivot writes with Keras's axes or
    reports; `scale_factor=self.scale`): spatial sizes either way. A shape read inside the call is migrated only
    as a whole slice of another tensor's shape (`size=skip.shape[2:]`, `_SHAPE_SLICE`): the backends rewrite that
    slice's axes before the call is written (a size computed from one axis, `x.size(2) * 2`, is not)."""
    items = value if isinstance(value, tuple) else (value,)
    return all(v is None or isinstance(v, (int, float)) and not isinstance(v, bool) or
               isinstance(v, Expr) and (_SHAPE_SLICE.fullmatch(v.code.replace(" ", "")) is not None or
                                        not re.search(r"\.shape\b|\.size\(|\bsize\(", v.code)) for v in items)


def interpolate_unsupported(attrs: dict) -> str | None:
    if attrs.get("mode") not in _INTERPOLATE_MODES:
        return f"mode={attrs.get('mode')!r} is not migrated (nearest, linear, bilinear, trilinear)"
    if attrs.get("recompute_scale_factor") or attrs.get("antialias"):
        return "recompute_scale_factor and antialias are not migrated"
    size, scale = attrs.get("size"), attrs.get("scale_factor")
    if (size is None) == (scale is None) or not _literal_sizes(size) or not _literal_sizes(scale):
        return ("only a literal `size` or a literal `scale_factor` is migrated (a size read from another tensor "
                "is not: its axes differ in Keras)")
    return None
