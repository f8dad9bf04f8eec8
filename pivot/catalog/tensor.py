"""Tensor functions and methods: reductions, norms, padding, permutes, reshapes, elementwise math."""
from __future__ import annotations

import ast
import math
import re

from pivot.catalog.domains import Draw
from pivot.catalog.shape_rules import Broadcast, Call, Shape, ShapeRule, sample_axis
from pivot.catalog.spec import Arg, OpSpec, Seen, Unsupported, register
from pivot.catalog.creation import dtype_from_keras, dtype_to_keras, torch_dtype
from pivot.catalog.spelling import F
from pivot.model import Expr, Value, value_code


class Reduce(ShapeRule):
    """Over `dim` (an axis or a tuple; all axes when None), keeping them as ones with keepdim."""

    def shape(self, x: tuple, call: Call):
        dims, rank = call.attrs.get("dim"), len(x) + 1
        if dims is None:
            return (), False
        axes = {sample_axis(d, rank) for d in (dims if isinstance(dims, tuple) else (dims,))}
        if None in axes:
            return None, False
        if call.attrs.get("keepdim"):
            return tuple(1 if i in axes else v for i, v in enumerate(x)), call.sp
        out = tuple(v for i, v in enumerate(x) if i not in axes)
        return out, call.sp and len(out) >= 2 and 0 not in axes

    def order_free(self, attrs: dict) -> bool:
        return attrs.get("dim") is None  # a sum or mean of all features, in any order


class LastAxisReduced(ShapeRule):
    """A reduction over the last axis (F.pairwise_distance), kept as one with keepdim."""

    def shape(self, x: tuple, call: Call):
        if not x:
            return None, False
        return (x[:-1] + (1,) if call.attrs.get("keepdim") else x[:-1]), False


class HalveAxis(ShapeRule):
    """F.glu: `dim` halved (its two halves gate each other), the other axes and the layout kept."""

    def shape(self, x: tuple, call: Call):
        axis = sample_axis(call.attrs.get("dim", -1), len(x) + 1)
        if axis is None:
            return None, False
        size = x[axis]
        return x[:axis] + (size // 2 if isinstance(size, int) else None,) + x[axis + 1:], call.sp


class PermuteShape(ShapeRule):
    """`x.permute(dims)` with the batch axis kept first."""

    def shape(self, x: tuple, call: Call):
        dims, rank = call.attrs.get("dims"), len(x) + 1
        if not isinstance(dims, tuple) or len(dims) != rank or not all(isinstance(d, int) for d in dims):
            return None, False
        # time-major `x.permute(1, 0, 2)`: the batch moves to an axis whose size is not known statically
        return tuple(None if d % rank == 0 else x[sample_axis(d, rank)] for d in dims[1:]), False

    def permutation(self, attrs: dict, rank: int) -> tuple | None:
        dims = attrs.get("dims")
        if isinstance(dims, tuple) and len(dims) == rank and all(isinstance(d, int) for d in dims):
            return tuple(d % rank for d in dims)
        return None


class MovedimShape(PermuteShape):
    """`torch.movedim(x, source, destination)` / `keras.ops.moveaxis`: one axis moved, the others in order."""

    def shape(self, x: tuple, call: Call):
        dims = self.permutation(call.attrs, len(x) + 1)
        return super().shape(x, Call(call.spec, {"dims": dims}, call.xs, call.spatial, call.framework)) \
            if dims else (None, False)

    def permutation(self, attrs: dict, rank: int) -> tuple | None:
        source, destination = attrs.get("source"), attrs.get("destination")
        if not (isinstance(source, int) and isinstance(destination, int)):
            return None
        order = [a for a in range(rank) if a != source % rank]
        order.insert(destination % rank, source % rank)
        return tuple(order)


class TransposeShape(ShapeRule):
    """`x.transpose(dim0, dim1)`: two axes swapped."""

    def shape(self, x: tuple, call: Call):
        rank = len(x) + 1
        a, b = sample_axis(call.attrs.get("dim0"), rank), sample_axis(call.attrs.get("dim1"), rank)
        if a is None or b is None:
            return None, False
        out = list(x)
        out[a], out[b] = out[b], out[a]
        return tuple(out), False

    def permutation(self, attrs: dict, rank: int) -> tuple | None:
        a, b = attrs.get("dim0"), attrs.get("dim1")
        if not (isinstance(a, int) and isinstance(b, int)):
            return None
        order = list(range(rank))
        order[a % rank], order[b % rank] = order[b % rank], order[a % rank]
        return tuple(order)


class Unsqueeze(ShapeRule):
    """A size-1 axis at `dim` (numbering the output); an image stays one when the new axis is spatial."""

    expands = True

    def shape(self, x: tuple, call: Call):
        d = call.attrs.get("dim")
        if not isinstance(d, int):
            return None, False
        a = d % (len(x) + 2)
        return ((x[:a - 1] + (1,) + x[a - 1:]) if a > 0 else None), call.sp and a >= 2


class Squeeze(ShapeRule):
    """Size-1 axes removed (the one at `dim`, or all); an image stays one while its channels and a spatial
    axis remain (the order of the rest is kept)."""

    def shape(self, x: tuple, call: Call):
        d = call.attrs.get("dim")
        if d is None:
            gone = {i for i, v in enumerate(x) if v == 1}
        else:  # one axis, or several (`torch.squeeze(x, dim=(2, 3))`, PyTorch 2.0 on)
            axes = [sample_axis(a, len(x) + 1) for a in (d if isinstance(d, tuple) else (d,))]
            gone = {a for a in axes if a is not None and x[a] in (1, None)}
        out = tuple(v for i, v in enumerate(x) if i not in gone)
        return out, call.sp and 0 not in gone and len(out) >= 2


def _glu_layer(attrs: dict, seen: Seen):
    """nn.GLU (F.glu's module) in Keras: keras.ops.glu over the axis that is PyTorch's `dim` in Keras's layout."""
    if seen.shape is None:
        return Unsupported("the rank and layout of its input are not known statically, and its `dim` names an axis "
                           "of PyTorch's layout (declare the input shape)")
    return f"layers.Activation(lambda t: keras.ops.glu(t, axis={value_code(seen.axis(attrs.get('dim', -1)))}))"


# a learned tensor of the module (`self.weight`, an nn.Parameter; Keras's `self.add_weight`): the same name both sides
_OWN_TENSOR = re.compile(r"self\.\w+")


def _affine(attrs: dict, weight: str, bias: str) -> str:
    """`, gamma=self.weight, beta=self.bias` (each given one, in the side's keywords) of a functional norm."""
    return "".join(f", {kw}={value_code(attrs[k])}" for k, kw in (("weight", weight), ("bias", bias))
                   if attrs.get(k) is not None)


def _functional_layer_norm(attrs: dict) -> str | None:
    """F.layer_norm is migrated over one (the last) axis, keras.ops.layer_normalization over its default axis, with
    a weight and bias that are the module's own learned tensors (nanoGPT's LayerNorm module: `F.layer_norm(x,
    self.weight.shape, self.weight, self.bias, 1e-5)`; each is the same (features,) vector in both layouts)."""
    shape = attrs.get("normalized_shape")
    given = [attrs.get(k) for k in ("weight", "bias") if attrs.get(k) is not None]
    if any(not isinstance(v, Expr) or not _OWN_TENSOR.fullmatch(v.code.replace(" ", "")) for v in given):
        return "only the module's own learned tensors (`self.weight`) are migrated as its weight and bias"
    if attrs.get("axis", -1) not in (-1, [-1], (-1,)):
        return f"axis={attrs.get('axis')!r}: only the last axis is migrated"
    # as written back (`x.shape[-1:]`), one size that is a name (`(EMBED,)`, `[self.dim]`), or its weight's shape
    last = isinstance(shape, Expr) and (shape.code.replace(" ", "").endswith(".shape[-1:]") or
                                        shape.code.replace(" ", "") in (f"{v.code}.shape" for v in given) or
                                        isinstance(pad_widths(shape), tuple) and len(pad_widths(shape)) == 1)
    if shape is not None and not (last or isinstance(shape, int) or isinstance(shape, tuple) and len(shape) == 1):
        return "only a normalization over the last axis (normalized_shape of one size) is migrated"
    return None


def _softmin_layer(attrs: dict, seen: Seen):
    """nn.Softmin in Keras (which has no softmin): the softmax of the negated input over PyTorch's `dim` in Keras's
    layout."""
    if seen.shape is None:
        return Unsupported("the rank and layout of its input are not known statically, and its `dim` names an axis "
                           "of PyTorch's layout (declare the input shape)")
    return ("layers.Activation(lambda t: keras.ops.softmax(keras.ops.negative(t), "
            f"axis={value_code(seen.axis(attrs.get('dim')))}))")


def _squeezes_nothing(attrs: dict, x: tuple, guessed: bool) -> bool:
    """`x.squeeze(d)` of an axis whose size is known and not 1 (PyTorch returns x; keras.ops.squeeze raises); of a
    guessed rank only a negative axis is certain (`fc(x).squeeze(-1)`: the dense layer's width)."""
    d = attrs.get("dim")
    if not isinstance(d, int) or isinstance(d, bool) or guessed and d >= 0:
        return False
    a = sample_axis(d, len(x) + 1)
    return a is not None and isinstance(x[a], int) and x[a] != 1


def pad_widths(pad: Value) -> Value:
    """F.pad's widths as a tuple: `(self.pad, 0)`, kept as one expression, becomes (Expr('self.pad'), 0)."""
    if not isinstance(pad, Expr):
        return pad
    try:
        tree = ast.parse(pad.code, mode="eval").body
    except SyntaxError:
        return pad
    if not isinstance(tree, (ast.Tuple, ast.List)):  # `F.pad(x1, [diffX // 2, ...])` (milesial U-Net)
        return pad
    return tuple(el.value if isinstance(el, ast.Constant) and isinstance(el.value, int) else
                 Expr(ast.unparse(el)) for el in tree.elts)


class FPadShape(ShapeRule):
    """F.pad: (before, after) pairs from the last axis backwards."""

    keeps_channels = True

    def shape(self, x: tuple, call: Call):
        pad, out = pad_widths(call.attrs.get("pad")), list(x)
        # read from Keras, the pairs name every axis, the batch's last
        # (a width that is a name, `F.pad(x, (self.pad, 0))`: the size it pads is unknown, the rank is kept)
        if not isinstance(pad, tuple) or not all(isinstance(p, (int, Expr)) for p in pad) or len(pad) > 2 * len(x) + 2:
            return None, call.sp
        if call.framework == "keras" and call.sp:
            pad = fpad_channels_first(pad)
        for k in range(min(len(pad) // 2, len(x))):
            i = len(x) - 1 - k
            if pad[2 * k] or pad[2 * k + 1]:  # a size that is a name stays one where nothing is added
                # a width that is a name (`planes // 4`, an Expr): the padded size is not known either
                known = isinstance(out[i], int) and isinstance(pad[2 * k], int) and isinstance(pad[2 * k + 1], int)
                out[i] = out[i] + pad[2 * k] + pad[2 * k + 1] if known else None
        return tuple(out), call.sp


TRANSPOSED_OPERANDS = ("transpose_a", "transpose_b")  # tf.matmul's flags: that operand's last two axes swapped


class MatmulShape(ShapeRule):
    """(..., n, k) @ (..., k, m) -> (..., n, m); tf.matmul's `transpose_a`/`transpose_b` swap an operand's last two
    axes first."""

    def shape(self, x: tuple, call: Call):
        y = call.xs[1] if len(call.xs) > 1 else None
        if call.attrs.get("transpose_a") and x is not None:
            x = x[:-2] + x[-2:][::-1] if len(x) >= 2 else None
        if call.attrs.get("transpose_b") and y is not None:
            y = y[:-2] + y[-2:][::-1] if len(y) >= 2 else None
        if x is None:
            return None, False
        return (x[:-1] + (y[-1],) if y else x[:-1] + (None,)), False


class EinsumShape(ShapeRule):
    """The output's letters, each of the size an operand gives it (an implicit output: the letters used once, in
    alphabetical order). Shapes are per sample: known only when every operand and the output start with the same
    letter (the batch; a learned weight's operand does not) and no ellipsis is written."""

    def __call__(self, call: Call) -> tuple[Shape, bool]:
        equation = str(call.attrs.get("equation") or "").replace(" ", "")
        ins, _, out = equation.partition("->")
        terms = ins.split(",")
        if not _ or "." in equation:
            out = "".join(sorted(c for c in set(ins) if c.isalpha() and ins.count(c) == 1))
        if "." in equation or len(terms) != len(call.xs) or not out or any(
                not t or t[0] != out[0] for t in terms):
            return None, False
        sizes: dict[str, Value] = {}
        for term, shape in zip(terms, call.xs):
            if shape is None or len(shape) != len(term) - 1:
                continue
            for letter, size in zip(term[1:], shape):
                if sizes.get(letter) is None:
                    sizes[letter] = size
        return tuple(sizes.get(c) for c in out[1:]), False


class FunctionalLinearShape(ShapeRule):
    """F.linear(x, W[, b]): (..., in) -> (..., out), out the first axis of the (out, in) weight where known."""

    def shape(self, x: tuple, call: Call):
        w = call.xs[1] if len(call.xs) > 1 else None
        return x[:-1] + (w[0] if w is not None and len(w) == 2 else None,), False


def _keras_linear(attrs: dict, xs: list) -> str | None:
    """x @ W.T (+ b unless None); None (the call kept, its keywords reported by the binding) without x and W."""
    if len(xs) < 2:
        return None
    product = f"keras.ops.matmul({xs[0]}, keras.ops.transpose({xs[1]}))"
    # parenthesised: the call's code replaces an expression inside others (`F.linear(x, w, b) * s`)
    if len(xs) < 3 or xs[2] == "None":
        return product
    bias = xs[2] if re.fullmatch(r"[\w.]+", xs[2]) else f"({xs[2]})"  # `b if c else d`: the whole expression
    if attrs.get(OPTIONAL_BIAS):  # `self.register_parameter("bias", None)` in some constructions
        return f"({product} if {bias} is None else {product} + {bias})"
    return f"({product} + {bias})"


# a FunctionalLinear node's attribute: its bias is an attribute the constructor may set to None
# (`self.register_parameter("bias", None)`, `self.bias = None`)
OPTIONAL_BIAS = "optional_bias"


def _keras_clamp(attrs: dict, xs: list) -> str | None:
    """`torch.clamp(x, min, max)`: keras.ops.clip with both bounds, maximum/minimum with one."""
    low, high = attrs.get("min"), attrs.get("max")
    if low is not None and high is not None:
        return f"keras.ops.clip({xs[0]}, {value_code(low)}, {value_code(high)})"
    if low is not None:
        return f"keras.ops.maximum({xs[0]}, {value_code(low)})"
    return f"keras.ops.minimum({xs[0]}, {value_code(high)})" if high is not None else None


def _clamp_bounds(attrs: dict) -> str | None:
    """Bounds that are numbers (or the file's constants): a tensor of bounds would broadcast over a layout."""
    bounds = [attrs.get(k) for k in ("min", "max")]
    if all(b is None for b in bounds):
        return "no bound given"
    if any(b is not None and (isinstance(b, bool) or not isinstance(b, (int, float, Expr))) for b in bounds):
        return "only number bounds are migrated (a tensor of bounds is not)"
    return None


class TensordotShape(ShapeRule):
    """tensordot(a, b, n) contracts a's last n axes with b's first n, the batch axis among them (b's first is its
    batch): the per-sample shape is known only for axes listed (two lists) that leave both batch axes alone."""

    def shape(self, x: tuple, call: Call):
        y = call.xs[1] if len(call.xs) > 1 else None
        dims = call.attrs.get("dims")
        if y is None or not (isinstance(dims, (tuple, list)) and len(dims) == 2 and
                             all(isinstance(d, (tuple, list)) for d in dims) and len(dims[0]) == len(dims[1])):
            return None, False
        a_axes, b_axes = [[d % (len(s) + 1) if isinstance(d, int) else 0 for d in ds] for ds, s in zip(dims, (x, y))]
        if 0 in a_axes or 0 in b_axes:
            return None, False
        return tuple(s for i, s in enumerate(x, 1) if i not in a_axes) + \
            tuple(s for i, s in enumerate(y, 1) if i not in b_axes), False


class StackShape(ShapeRule):
    """A new axis at `dim` (numbering the output) counting the stacked tensors."""

    joins_list = True
    axis_default = 0

    def shape(self, x: tuple, call: Call):
        a = call.attrs.get("dim", self.axis_default)
        if not isinstance(a, int):
            return None, False
        a = a % (len(x) + 2)
        return (x[:a - 1] + (len(call.xs),) + x[a - 1:]) if a > 0 else None, False


POSITIONS = "positions"  # a Reshape node's mark: the frontend read its sizes as (N, H * W, C) of the (N, H, W, C) input


def positions_reshape(shape, tensor: str | None = None) -> bool:
    """`keras.ops.reshape(x, (-1, math.prod(x.shape[1:-1]), x.shape[-1]))` of a channels-last image: the sequence
    of its positions, each with its channels (ViT's patches; what Pivot writes for `x.flatten(2)`), which is
    `x.flatten(2).transpose(1, 2)` of PyTorch's channels-first image. `tensor`: the reshaped tensor's code, which
    the sizes must read."""
    if not isinstance(shape, tuple) or len(shape) != 3 or str(shape[0]).strip() != "-1":
        return False
    merged = re.fullmatch(r"math\.prod\((.+)\.shape\[1:-1\]\)", re.sub(r"\s+", "", str(shape[1])))
    last = re.fullmatch(r"(.+)\.shape\[-1\]", re.sub(r"\s+", "", str(shape[2])))
    return merged is not None and last is not None and merged.group(1) == last.group(1) and \
        (tensor is None or merged.group(1) == re.sub(r"\s+", "", tensor))


class ReshapeShape(ShapeRule):
    """To the explicit `shape` (its first entry is the batch); -1 and non-literal sizes are unknown. An image
    reshaped into the sequence of its positions (`positions_reshape`): (H * W, C), a sequence."""

    def rank_only(self, spec: OpSpec) -> Shape:
        return ()  # the result's rank is the target's, whatever the input (`x.reshape(-1, 28, 28)` of an image)

    def shape(self, x: tuple, call: Call):
        if call.sp and call.framework == "keras" and len(x) >= 2 and (
                positions_reshape(call.attrs.get("shape")) or (call.attrs.get(POSITIONS) and len(x) == 3)):
            rest = x[1:]
            return (math.prod(rest) if all(isinstance(d, int) for d in rest) else None, x[0]), False
        out = []
        for d in tuple(call.attrs.get("shape") or ())[1:]:
            try:
                out.append(int(d))
            except (TypeError, ValueError):
                out.append(None)
        return tuple(None if v == -1 else v for v in out), False


def _keras_ord(p: Value) -> Value:
    """PyTorch's vector norm order as keras.ops.norm's `ord`: 2 ('fro' over the given axes) is its default."""
    return None if p in ("fro", 2, 2.0) else p


def _matrix_norm(attrs: dict) -> str | None:
    """keras.ops.norm over two axes is a matrix norm; PyTorch's x.norm(p, dim=(a, b)) stays a vector norm."""
    dims, p = attrs.get("dim"), attrs.get("p")
    if (dims is None or isinstance(dims, tuple)) and _keras_ord(p) is not None:
        return f"p={p!r} over several axes is a matrix norm in Keras; only p=2 is migrated"
    if isinstance(dims, tuple) and len(dims) > 2:
        return "a norm over more than two axes has no keras.ops.norm form"
    if not (p in ("fro", 2, 2.0, 1, 1.0) or p == float("inf")):
        return f"p={p!r} is not migrated (p=1, 2 or inf)"
    return None


def _pairs_as_fpad(widths: Value) -> Value:
    """keras.ops.pad's (before, after) pair per axis, batch first, as F.pad's flat pairs from the last axis
    backwards, every axis kept (their count is the rank, which the backend needs); other values as written."""
    if isinstance(widths, tuple) and all(isinstance(p, tuple) and len(p) == 2 for p in widths):
        return tuple(v for pair in reversed(widths) for v in pair)
    return widths


def fpad_channels_first(pad: tuple) -> tuple:
    """F.pad's pairs of every axis of a channels-last image (keras.ops.pad's, read) for its channels-first
    layout: the last axis's pair (the channels) moves to axis 1."""
    pairs = [pad[i:i + 2] for i in range(0, len(pad), 2)][::-1]  # per axis, the batch first
    pairs = pairs[:1] + pairs[-1:] + pairs[1:-1]
    return tuple(v for pair in reversed(pairs) for v in pair)


def _keras_pad_mode(mode: Value) -> Value:
    """keras.ops.pad's (and tf.pad's upper-case) modes, lower-case: 'symmetric' repeats the edge, which is F.pad's
    'replicate' one element wide only (checked by `_pad_unsupported`, written by `torch_pad_mode`)."""
    return mode.lower() if isinstance(mode, str) else mode


def torch_pad_mode(mode: Value) -> Value:
    """F.pad's mode for a Pad entry's canonical one: Keras's one-wide 'symmetric' is 'replicate'."""
    return "replicate" if mode == "symmetric" else mode


def _pad_unsupported(attrs: dict) -> str | None:
    pad, mode = pad_widths(attrs.get("pad")), attrs.get("mode")
    if not (isinstance(pad, tuple) and len(pad) % 2 == 0 and all(isinstance(p, (int, Expr)) for p in pad)):
        return "only paddings written as a tuple (of ints or names) are migrated"
    if mode != "constant" and not all(isinstance(p, int) for p in pad):
        return f"only literal widths (ints) are migrated in mode {mode!r}"
    if mode not in ("constant", "reflect", "replicate", "symmetric"):
        return f"mode={mode!r} is not migrated (constant, reflect, replicate)"
    if mode == "symmetric" and any(p > 1 for p in pad):
        return ("'symmetric' padding wider than 1 mirrors more than the edge: F.pad has no such mode "
                "('replicate' is the one-wide case)")
    if mode != "constant" and any(p < 0 for p in pad):
        return f"negative (cropping) widths are not migrated in mode {mode!r}"
    return None


def _tensor(name: str, torch_fn: str, keras_fn: str, args: tuple[Arg, ...] = (), *, method: str | None = None,
            more_torch: tuple[str, ...] = (), more_keras: tuple[str, ...] = (), shape: str = "same",
            axis_args: tuple[str, ...] = (), doc: str = "", **kw) -> None:
    register(OpSpec(
        name=name, kind="tensor", doc=doc or f"tensor op {torch_fn.split('.')[-1]}",
        torch_functions=(f"torch.{torch_fn}",) + more_torch,
        torch_methods=((method or torch_fn),) if method != "" else (),
        keras_functions=(f"keras.ops.{keras_fn}", f"tensorflow.{keras_fn}") + more_keras,
        args=args, shape=shape, axis_args=axis_args, **kw,
    ))


def _permute_module(attrs: dict, seen: Seen) -> str | None:
    """A PyTorch module that only permutes (see frontends.torch.read_layer): a channels-last -> channels-first
    one is the layout change itself (an identity in Keras, kept so that the Sequential's indices hold); another
    permutation of a non-image is a Permute layer."""
    dims = attrs.get("dims")
    if seen.layout_change:
        return "layers.Identity()"
    if seen.image or not dims or dims[0] != 0:
        return Unsupported("it moves axes of an image-like tensor (or the batch axis), whose layout changes in "
                           "migration; migrate it by hand")
    return f"layers.Permute({tuple(dims[1:])})"


def _keras_dtype(value):
    """`tf.float32` / `keras.ops.float32` / "float32" as the dtype string."""
    code = value.code if isinstance(value, Expr) else ""
    return code.rsplit(".", 1)[-1] if code.startswith(("tensorflow.", "tf.", "keras.", "np.", "numpy.")) else value


def _tensor_ops() -> None:
    dim = Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=None, keras_default=None)
    keep = Arg("keepdim", torch="keepdim", keras="keepdims", torch_pos=1, keras_pos=1, torch_default=False,
               keras_default=False)
    for name, fn, kfn in (("Mean", "mean", "mean"), ("Sum", "sum", "sum"), ("Amax", "amax", "max"),
                          ("Amin", "amin", "min")):
        _tensor(name, fn, kfn, (dim, keep), shape="reduce", axis_args=("dim",), shape_rule=Reduce(),
                more_keras=(f"tensorflow.reduce_{kfn}", f"tensorflow.math.reduce_{kfn}"))
    for name, fn in (("Argmax", "argmax"), ("Argmin", "argmin")):
        _tensor(name, fn, fn, (dim, keep), shape="reduce", axis_args=("dim",), shape_rule=Reduce())
    # reversed along axes / cumulative sum along one axis: the same shape; Keras's axis=None (every axis, or the
    # flattened tensor) has no PyTorch spelling of the same call
    _tensor("Flip", "flip", "flip", (Arg("dims", torch="dims", keras="axis", torch_pos=0, keras_pos=0,
                                         torch_default=None, keras_default=None,  # torch.flip takes a tuple only
                                         from_keras=lambda v: (v,) if isinstance(v, int) else v),),
            axis_args=("dims",), doc="reverse the order of the elements along the given axes",
            unsupported=lambda a: "a flip of every axis (axis=None) is not migrated" if a.get("dims") is None
            else None)
    _tensor("Cumsum", "cumsum", "cumsum", (Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0,
                                               torch_default=None, keras_default=None),),
            axis_args=("dim",), doc="cumulative sum along an axis",
            unsupported=lambda a: "a cumulative sum of the flattened tensor (axis=None) is not migrated"
            if a.get("dim") is None else None)
    for name, fn, pair, both in (("MaxDim", "max", ("Amax", "Argmax"), "Maximum"),
                                 ("MinDim", "min", ("Amin", "Argmin"), "Minimum")):
        register(OpSpec(
            name=name, kind="tensor", doc=f"{fn} over an axis: (values, indices); over all axes without `dim`",
            torch_functions=(f"torch.{fn}",), torch_methods=(fn,), args=(dim, keep), shape="reduce",
            axis_args=("dim",), pair=pair, elementwise=both, shape_rule=Reduce(),
        ))
        register(OpSpec(
            name=both, kind="merge", doc=f"elementwise {fn} of two tensors", keras_layer=f"keras.layers.{both}",
            torch_functions=(f"torch.{both.lower()}",), keras_functions=(f"keras.ops.{both.lower()}",
                                                                        f"tensorflow.{both.lower()}",
                                                                        f"tensorflow.math.{both.lower()}",
                                                                        f"keras.layers.{both.lower()}"),
            shape="broadcast", shape_rule=Broadcast(), function_tensors=2, draw=Draw(("img", "vec", "seq")),
            clamp_bound="min" if fn == "max" else "max",
        ))
    register(OpSpec(
        name="Norm", kind="tensor", doc="vector p-norm over the given axes (all axes without `dim`)",
        torch_functions=("torch.norm",), torch_methods=("norm",), keras_functions=("keras.ops.norm",),
        args=(Arg("p", torch="p", keras="ord", torch_pos=0, keras_pos=0, torch_default="fro", keras_default=None,
                  to_keras=_keras_ord, from_keras=lambda v: "fro" if v is None else v),
              Arg("dim", torch="dim", keras="axis", torch_pos=1, keras_pos=1, torch_default=None,
                  keras_default=None),
              Arg("keepdim", torch="keepdim", keras="keepdims", torch_pos=2, keras_pos=2, torch_default=False,
                  keras_default=False)),
        shape="reduce", axis_args=("dim",), unsupported=_matrix_norm, shape_rule=Reduce(),
    ))
    register(OpSpec(
        name="Normalize", kind="tensor", doc="divide by the p-norm over an axis (at least eps)",
        torch_functions=(f"{F}normalize",), keras_functions=("keras.ops.normalize",),
        args=(Arg("p", torch="p", keras="order", torch_pos=0, keras_pos=1, torch_default=2.0, keras_default=2,
                  to_keras=lambda v: int(v) if isinstance(v, float) and v.is_integer() else v),
              Arg("dim", torch="dim", keras="axis", torch_pos=1, keras_pos=0, torch_default=1, keras_default=-1),
              # Keras's default epsilon is backend.epsilon(), 1e-7
              Arg("eps", torch="eps", keras="epsilon", torch_pos=2, keras_pos=2, torch_default=1e-12,
                  keras_default=None, from_keras=lambda v: 1e-7 if v is None else v)),
        shape="same", axis_args=("dim",),
        unsupported=lambda a: None if isinstance(a.get("p"), (int, float)) and float(a["p"]).is_integer()
        and a["p"] >= 1 else f"p={a.get('p')!r}: Keras normalizes with integer orders >= 1 only",
    ))
    register(OpSpec(
        name="GLU", kind="tensor", emit_keras_layer=_glu_layer, doc="gated linear unit: the first half of `dim` times the sigmoid of the second",
        torch_module="torch.nn.GLU", torch_functions=(f"{F}glu",), keras_functions=("keras.ops.glu", "keras.ops.nn.glu", "keras.activations.glu"),
        args=(Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=-1, keras_default=-1),),
        shape="glu", shape_rule=HalveAxis(), axis_args=("dim",),
    ))
    # F.layer_norm without learned parameters over the last axis (`F.layer_norm(x, (d,))`): keras.ops.layer_normalization;
    # several axes, weights and images (whose last axis moves) are reported
    register(OpSpec(
        name="FunctionalLayerNorm", kind="tensor", doc="layer normalization over the last axis, no learned parameters",
        torch_functions=(f"{F}layer_norm",), keras_functions=("keras.ops.layer_normalization",),
        args=(Arg("normalized_shape", torch="normalized_shape", torch_pos=0),
              Arg("weight", torch="weight", keras="gamma", torch_pos=1, keras_pos=1, torch_default=None,
                  keras_default=None),
              Arg("bias", torch="bias", keras="beta", torch_pos=2, keras_pos=2, torch_default=None,
                  keras_default=None),
              Arg("eps", torch="eps", keras="epsilon", torch_pos=3, keras_pos=4, torch_default=1e-5,
                  keras_default=None, from_keras=lambda v: 1e-7 if v is None else v),
              Arg("axis", keras="axis", keras_pos=3, keras_default=-1)),
        emit_keras_call=lambda a, xs: f"keras.ops.layer_normalization({xs[0]}{_affine(a, 'gamma', 'beta')}, axis=-1, "
                                      f"epsilon={value_code(a.get('eps', 1e-5))})",
        layout_fixed=True,
        emit_torch_call=lambda a, x: f"F.layer_norm({x}, {x}.shape[-1:]{_affine(a, 'weight', 'bias')}, "
                                     f"eps={value_code(a.get('eps', 1e-7))})",
        unsupported=_functional_layer_norm,
    ))
    register(OpSpec(  # softmax(-x): Keras has no softmin, written as that (read back as the softmax of a negation)
        name="Softmin", kind="tensor", emit_keras_layer=_softmin_layer, doc="softmax of the negated input over `dim`",
        torch_module="torch.nn.Softmin", torch_functions=(f"{F}softmin",),
        args=(Arg("dim", torch="dim", torch_pos=0, torch_default=None),),
        keras_code="keras.ops.softmax(keras.ops.negative({x}), axis={dim})", axis_args=("dim",),
        unsupported=lambda a: "dim=None (PyTorch picks the axis from the input's rank, deprecated) is not migrated"
        if a.get("dim") is None else None,
    ))
    register(OpSpec(name="Neg", kind="tensor", doc="elementwise negation (`x.neg()`; `-x` is kept as written)",
                    torch_functions=("torch.neg", "torch.negative"), torch_methods=("neg", "negative"),
                    keras_functions=("keras.ops.negative", "tensorflow.negative", "tensorflow.math.negative")))
    register(OpSpec(
        name="L2Normalize", kind="tensor", doc="TensorFlow's L2 normalization: x / sqrt(max(sum(x ** 2), epsilon)) "
        "over an axis, F.normalize with eps = sqrt(epsilon)",
        keras_functions=("tensorflow.nn.l2_normalize", "tensorflow.math.l2_normalize"),
        args=(Arg("dim", torch="dim", keras="axis", keras_pos=1, torch_default=1, keras_default=None),
              Arg("eps", torch="eps", keras="epsilon", keras_pos=2, torch_default=1e-12, keras_default=1e-12,
                  from_keras=lambda v: math.sqrt(v) if isinstance(v, (int, float)) else v)),
        shape="same", axis_args=("dim",),
        unsupported=lambda a: None if isinstance(a.get("dim"), int) else f"axis={a.get('dim')!r}: Pivot migrates "
        "tf.nn.l2_normalize over one axis (F.normalize normalizes over one dimension)",
        emit_torch_call=lambda a, x: f"F.normalize({x}, dim={a.get('dim')}, eps={a.get('eps')!r})",
    ))
    # the same in both frameworks' layouts: "not in the catalog" stays the one place that reports
    register(OpSpec(
        name="Passthrough", kind="passthrough", doc="moves, copies or detaches a tensor, or marks it for "
        "gradients, without changing its values (`x.contiguous()`, `x.to(device)`, `h0.requires_grad_()`): "
        "dropped in Keras",
        torch_methods=("contiguous", "clone", "detach", "to", "cuda", "cpu", "requires_grad_"),
        # `Variable(torch.zeros(...))`: the pre-0.4 autograd wrapper older tutorials keep, a tensor since 0.4
        torch_functions=("torch.autograd.Variable", "torch.autograd.variable.Variable"),
        identity_at_inference=True,
    ))
    register(OpSpec(
        name="TensorAttribute", kind="passthrough", doc="a tensor attribute both frameworks spell alike "
        "(`x.ndim`, `x.dtype`); `x.shape` is read as a size, remapped for image-like tensors",
        tensor_attributes=("shape", "ndim", "dtype", "device"),
    ))
    register(OpSpec(
        name="Cast", kind="tensor", doc="cast to float32 (`x.float()`)", torch_methods=("float",), casts=True,
        torch_functions=("torch.as_tensor",), keras_functions=("keras.ops.cast", "tensorflow.cast"),
        args=(Arg("dtype", torch="dtype", keras="dtype", keras_pos=0, torch_default=Expr("torch.float32"),
                  to_keras=dtype_to_keras, from_keras=lambda v: dtype_from_keras(_keras_dtype(v))),),
        # a size is cast as often as a tensor (`tf.cast(tf.shape(k)[-1], tf.float32)`, then tf.math.sqrt of it):
        # PyTorch's sizes are ints, which have no `.float()`; as_tensor takes both
        emit_torch_call=lambda a, x: f"torch.as_tensor({x}, dtype=torch.float32)",
        unsupported=lambda a: None if torch_dtype(a.get("dtype", Expr("torch.float32"))) == "float32" else
        f"a cast to {value_code(a.get('dtype'))} is not migrated (only float32)",
    ))
    register(OpSpec(
        name="Pad", kind="tensor", doc="pad the last axes (pairs from the last axis backwards)",
        torch_functions=(f"{F}pad",), keras_functions=("keras.ops.pad", "tensorflow.pad"),
        args=(Arg("pad", torch="pad", torch_pos=0, keras="pad_width", keras_pos=0, from_keras=_pairs_as_fpad),
              Arg("mode", torch="mode", torch_pos=1, torch_default="constant", keras="mode", keras_pos=1,
                  keras_default="constant", from_keras=_keras_pad_mode),
              Arg("value", torch="value", torch_pos=2, torch_default=None, keras="constant_values", keras_pos=2,
                  keras_default=None)),
        shape="fpad", unsupported=_pad_unsupported, shape_rule=FPadShape(),
        notes=("Keras gets keras.ops.pad with one (before, after) pair per axis, in its own layout.",),
    ))
    _tensor("Permute", "permute", "transpose",
            (Arg("dims", torch="dims", keras="axes", torch_pos=0, keras_pos=0, keras_default=None,
                 keras_aliases=("perm",)),),  # tf.transpose(x, perm=[0, 2, 1])
            shape="permute", varargs="dims", layout_fixed=True, shape_rule=PermuteShape(), emit_keras_layer=_permute_module,
            # Keras's axes=None reverses every axis (`keras.ops.transpose(w)`, Pivot's F.linear on parameters): `w.t()`
            # of a matrix, `permute` with the axes reversed of any rank (it was `torch.permute(w, None)`: a TypeError)
            emit_torch_call=lambda a, x: None if a.get("dims") is not None else
            f"{x}.permute(*range({x}.dim() - 1, -1, -1))")
    # keras.ops.moveaxis(x, -1, 1) before a flatten is how Pivot writes PyTorch's order of an image's features
    # (backends.keras.torch_order): on an image it is the layout change, an identity in the other framework
    _tensor("Movedim", "movedim", "moveaxis",
            (Arg("source", torch="source", keras="source", torch_pos=0, keras_pos=0),
             Arg("destination", torch="destination", keras="destination", torch_pos=1, keras_pos=1)),
            more_torch=("torch.moveaxis",), shape="permute", layout_fixed=True, shape_rule=MovedimShape())
    _tensor("Transpose", "transpose", "swapaxes",
            (Arg("dim0", torch="dim0", keras="axis1", torch_pos=0, keras_pos=0),
             Arg("dim1", torch="dim1", keras="axis2", torch_pos=1, keras_pos=1)),
            shape="transpose", layout_fixed=True, shape_rule=TransposeShape())
    # on image-like values the axis is remapped (a size-1 axis the layout moves is still a known axis);
    # a new axis must be a spatial one (see backends.common.new_axis_position)
    _tensor("Unsqueeze", "unsqueeze", "expand_dims",
            (Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0),), shape="unsqueeze",
            axis_args=("dim",), new_axis=True, shape_rule=Unsqueeze())
    _tensor("Squeeze", "squeeze", "squeeze",
            (Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=None,
                 keras_default=None),), shape="squeeze", axis_args=("dim",), shape_rule=Squeeze(),
            no_op_at=_squeezes_nothing)
    _tensor("Matmul", "matmul", "matmul", more_torch=("torch.bmm", "torch.mm"), more_keras=("tensorflow.linalg.matmul",),
            shape="matmul", shape_rule=MatmulShape(), function_tensors=2, draw=Draw(("seq",)),
            python_operators=("MatrixMultiply",), operator="@", layout_fixed=True)
    # the same function in both (NumPy's): `dims`/`axes` count or list axes with the batch axis, so what it contracts
    # may be the batch (keras.io's recommender sums two (N, F) tensors whole: `ops.tensordot(u, m, 2)`), which both
    # compute alike; the per-sample shape is then unknown (its image-like operands are reported: layout_fixed)
    _tensor("Tensordot", "tensordot", "tensordot",
            (Arg("dims", torch="dims", keras="axes", torch_pos=0, keras_pos=0, torch_default=2, keras_default=2),),
            method="", shape="tensordot", shape_rule=TensordotShape(), function_tensors=2, layout_fixed=True,
            doc="sum of products over the given axes of two tensors (NumPy's tensordot)")
    # `F.linear(x, self.weight, self.bias)` of the module's own (out, in) weight (a from-scratch nn.Linear): x @ W.T + b
    # in Keras, the add_weight of the same (out, in) shape copied as it is; on an image-like tensor reported
    register(OpSpec(
        name="FunctionalLinear", kind="tensor", doc="x @ W.T + b of a weight (out, in) and an optional bias (F.linear)",
        torch_functions=(f"{F}linear",), function_tensors=3, layout_fixed=True, shape_rule=FunctionalLinearShape(),
        emit_keras_call=_keras_linear,
    ))
    # `torch.clamp(x, min=0, max=6)` / `x.clamp(0, 6)` / `torch.clip`: elementwise, so the same in either layout
    register(OpSpec(
        name="Clamp", kind="tensor", doc="clamp every element into [min, max] (either bound may be left out)",
        torch_functions=("torch.clamp", "torch.clip"), torch_methods=("clamp", "clip"),
        keras_functions=("keras.ops.clip",),
        args=(Arg("min", torch="min", keras="x_min", torch_pos=0, keras_pos=0, torch_default=None),
              Arg("max", torch="max", keras="x_max", torch_pos=1, keras_pos=1, torch_default=None)),
        emit_keras_call=_keras_clamp, unsupported=_clamp_bounds,
    ))
    # the same equation in both where no operand is an image-like tensor (whose axes move: reported, layout_fixed)
    register(OpSpec(
        name="Einsum", kind="tensor", doc="Einstein summation of tensors by an equation (`'bqd,bkd->bqk'`)",
        torch_functions=("torch.einsum",),
        keras_functions=("keras.ops.einsum", "tensorflow.einsum", "tensorflow.linalg.einsum"),
        args=(Arg("equation", torch="equation", keras="subscripts", torch_pos=0, keras_pos=0),),
        leading_attr="equation", shape="einsum", shape_rule=EinsumShape(), layout_fixed=True,
    ))
    register(OpSpec(  # `y.expand_as(x)` of an SE block's gate: the same axes in both layouts when both are images
        name="ExpandAs", kind="tensor", doc="broadcast to another tensor's shape", torch_methods=("expand_as",),
        keras_code="keras.ops.broadcast_to({0}, keras.ops.shape({1}))", shape="broadcast", shape_rule=Broadcast(),
        function_tensors=2,
    ))
    _tensor("Stack", "stack", "stack",
            (Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=0, keras_default=0),),
            method="", shape="stack", axis_args=("dim",), list_input=True, new_axis=True, shape_rule=StackShape())
    _tensor("Reshape", "reshape", "reshape", method="", shape="reshape", layout_fixed=True, shape_rule=ReshapeShape(),
            sized_by_tensors=True, doc="reshape to an explicit shape")
    for name, fn in (("Exp", "exp"), ("Log", "log"), ("Sqrt", "sqrt"), ("Abs", "abs"), ("Square", "square")):
        _tensor(name, fn, fn, more_keras=(f"tensorflow.math.{fn}",))
    # the other elementwise functions of one tensor, the same in both (NumPy's names): per entry, the spellings that
    # exist besides torch.NAME / x.NAME() / keras.ops.NAME (torch.round and keras.ops.round both round half to even)
    for name, fn, special, tf_names in (
            ("Log1p", "log1p", True, ("math",)), ("Expm1", "expm1", True, ("math",)), ("Log2", "log2", False, ()),
            ("Log10", "log10", False, ()), ("Reciprocal", "reciprocal", False, ("math",)),
            ("Sign", "sign", False, ("", "math")), ("Floor", "floor", False, ("", "math")),
            ("Ceil", "ceil", False, ("math",)), ("Erf", "erf", True, ("math",)),
            ("Sin", "sin", False, ("", "math")), ("Cos", "cos", False, ("", "math")), ("Tan", "tan", False, ("math",)),
            ("Sinh", "sinh", False, ("math",)), ("Cosh", "cosh", False, ("math",))):
        register(OpSpec(name=name, kind="tensor", doc=f"elementwise {fn}", torch_methods=(fn,),
                        torch_functions=(f"torch.{fn}",) + ((f"torch.special.{fn}",) if special else ()),
                        keras_functions=(f"keras.ops.{fn}",) + tuple(f"tensorflow.{m + '.' if m else ''}{fn}"
                                                                     for m in tf_names)))
    # the inverse trigonometric functions: PyTorch's `asin` (alias `arcsin`) is NumPy's and Keras's `arcsin`
    for name, fn in (("Arcsin", "sin"), ("Arccos", "cos"), ("Arctan", "tan")):
        register(OpSpec(name=name, kind="tensor", doc=f"elementwise arc{fn}", torch_methods=(f"a{fn}", f"arc{fn}"),
                        torch_functions=(f"torch.a{fn}", f"torch.arc{fn}"),
                        keras_functions=(f"keras.ops.arc{fn}", f"tensorflow.math.a{fn}")))
    register(OpSpec(
        name="Round", kind="tensor", doc="elementwise rounding (half to even) to `decimals` places",
        torch_functions=("torch.round", "torch.special.round"), torch_methods=("round",),
        keras_functions=("keras.ops.round",),
        args=(Arg("decimals", torch="decimals", keras="decimals", keras_pos=0, torch_default=0, keras_default=0),),
        unsupported=lambda a: None if isinstance(a.get("decimals"), int) and not isinstance(a.get("decimals"), bool)
        else f"decimals={a.get('decimals')!r}: only a literal number of places is migrated",
    ))
    # a tensor of x's shape (and layout) filled with a number: elementwise, the same in either layout
    for name, fn in (("ZerosLike", "zeros_like"), ("OnesLike", "ones_like")):
        _tensor(name, fn, fn, method="", doc=f"a tensor of the input's shape and dtype filled with "
                f"{'zeros' if name == 'ZerosLike' else 'ones'}")
    _tensor("FullLike", "full_like", "full_like", (Arg("fill_value", torch="fill_value", keras="fill_value",
                                                       torch_pos=0, keras_pos=0),), method="",
            doc="a tensor of the input's shape and dtype filled with `fill_value`",
            unsupported=lambda a: None if isinstance(a.get("fill_value"), (int, float)) and not isinstance(
                a.get("fill_value"), bool) else f"fill_value={a.get('fill_value')!r}: only a number is migrated")
    # RMSNorm's `x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps)` (LLaMA-style code)
    register(OpSpec(name="Rsqrt", kind="tensor", doc="elementwise 1 / sqrt(x)", torch_functions=("torch.rsqrt",),
                    torch_methods=("rsqrt",), keras_functions=("keras.ops.rsqrt", "tensorflow.math.rsqrt")))
    register(OpSpec(
        name="Pow", kind="tensor", doc="elementwise power by a number (`x.pow(2)`)", torch_functions=("torch.pow",),
        torch_methods=("pow",), keras_functions=("keras.ops.power",),
        args=(Arg("exponent", torch="exponent", keras="x2", torch_pos=0, keras_pos=0),),
        unsupported=lambda a: None if isinstance(a.get("exponent"), (int, float)) and not isinstance(
            a.get("exponent"), bool) else f"exponent={a.get('exponent')!r}: only a number exponent is migrated",
    ))
    register(OpSpec(  # `self._norm(x.float()).type_as(x)`: back to the other tensor's dtype
        name="TypeAs", kind="tensor", doc="cast to another tensor's dtype", torch_methods=("type_as",),
        keras_code="keras.ops.cast({0}, {1}.dtype)", function_tensors=2,
    ))
    # ||x1 - x2 + eps||_p over the last axis (siamese networks' scores); on image-like values reported (the axis)
    register(OpSpec(
        name="PairwiseDistance", kind="tensor", doc="p-norm distance of two tensors over the last axis",
        torch_functions=(f"{F}pairwise_distance",),
        args=(Arg("p", torch="p", torch_pos=0, torch_default=2.0), Arg("eps", torch="eps", torch_pos=1,
              torch_default=1e-6), Arg("keepdim", torch="keepdim", torch_pos=2, torch_default=False)),
        keras_code="keras.ops.norm({0} - {1} + {eps}, ord={p}, axis=-1, keepdims={keepdim})",
        function_tensors=2, layout_fixed=True, shape_rule=LastAxisReduced(),
        unsupported=lambda a: None if isinstance(a.get("p"), (int, float)) and a.get("p") >= 1 else
        f"p={a.get('p')!r}: Pivot migrates p-norms with p >= 1",
    ))


def _similarity_ops() -> None:
    # cosine similarity of two tensors over `dim` (siamese and retrieval heads); PyTorch's formula: the dot product
    # over the norms, each at least eps; over an image's channels the axis is remapped like a reduction's
    register(OpSpec(
        name="CosineSimilarity", kind="tensor", doc="cosine similarity of two tensors over an axis",
        torch_functions=(f"{F}cosine_similarity",),
        args=(Arg("dim", torch="dim", torch_pos=0, torch_default=1), Arg("eps", torch="eps", torch_pos=1,
                                                                          torch_default=1e-8)),
        keras_code="keras.ops.sum({0} * {1}, axis={dim}) / (keras.ops.maximum(keras.ops.norm({0}, axis={dim}), {eps}) "
                   "* keras.ops.maximum(keras.ops.norm({1}, axis={dim}), {eps}))",
        function_tensors=2, shape="reduce", axis_args=("dim",), shape_rule=Reduce(),
        unsupported=lambda a: None if isinstance(a.get("dim"), int) else "only over one axis given as a literal",
    ))
    # log(sum(exp(x))) over an axis, computed stably by both
    register(OpSpec(
        name="Logsumexp", kind="tensor", doc="log of the sum of exponentials over an axis",
        torch_functions=("torch.logsumexp",), torch_methods=("logsumexp",),
        keras_functions=("keras.ops.logsumexp", "tensorflow.math.reduce_logsumexp"),
        args=(Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, keras_default=None),
              Arg("keepdim", torch="keepdim", keras="keepdims", torch_pos=1, keras_pos=1, torch_default=False,
                  keras_default=False)),
        shape="reduce", axis_args=("dim",), shape_rule=Reduce(),
    ))
    # `norm.clamp_min(1e-12)`: one bound of torch.clamp, NumPy's maximum/minimum with a number
    for name, fn, bound, keras in (("ClampMin", "clamp_min", "min", "maximum"),
                                   ("ClampMax", "clamp_max", "max", "minimum")):
        register(OpSpec(
            name=name, kind="tensor", doc=f"elementwise {keras} with a number", torch_functions=(f"torch.{fn}",),
            torch_methods=(fn,), args=(Arg(bound, torch=bound, torch_pos=0),),
            keras_code=f"keras.ops.{keras}({{0}}, {{{bound}}})",
            unsupported=lambda a, bound=bound: None if isinstance(a.get(bound), (int, float)) and not isinstance(
                a.get(bound), bool) else f"{bound}={a.get(bound)!r}: only a number bound is migrated",
        ))


def _spread_ops() -> None:
    # PyTorch's std/var divide by n - 1 by default (unbiased), keras.ops' by n: Keras's is rescaled by n / (n - 1)
    # with n read from the tensor (one axis only: over several or all, the count is not written)
    for name, fn, power in (("Std", "std", " ** 0.5"), ("Var", "var", "")):
        register(OpSpec(
            name=name, kind="tensor", doc=f"{'standard deviation' if fn == 'std' else 'variance'} over one axis",
            torch_functions=(f"torch.{fn}",), torch_methods=(fn,),
            args=(Arg("dim", torch="dim", torch_pos=0, torch_default=None),
                  Arg("unbiased", torch="unbiased", torch_pos=1, torch_default=True),
                  Arg("keepdim", torch="keepdim", torch_pos=2, torch_default=False)),
            keras_code=f"keras.ops.{fn}({{x}}, axis={{dim}}, keepdims={{keepdim}}) * (keras.ops.shape({{x}})[{{dim}}] / "
                       f"(keras.ops.shape({{x}})[{{dim}}] - int({{unbiased}}))){power}",
            shape="reduce", axis_args=("dim",), shape_rule=Reduce(),
            unsupported=lambda a: None if isinstance(a.get("dim"), int) and a.get("unbiased") in (True, False)
            else "only over one axis given as a literal (with unbiased True or False) is it migrated",
        ))


_tensor_ops()
_spread_ops()
_similarity_ops()
