"""Shape rules: how an op maps its inputs' shapes to its output's, as an object on its catalog entry.

Shapes are per sample (no batch axis) in the canonical, channels-first layout; a dimension that cannot be
known statically is None (or a symbolic `Expr`), a value of unknown rank has shape None. `pivot.shapes` walks
the graph and asks each entry's `shape_rule`; the rules shared by several families live here, the others in
their family module (recurrent.RecurrentShape, tensor.Reduce, ...).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pivot.model import Expr, Value

if TYPE_CHECKING:
    from pivot.catalog.spec import OpSpec

Shape = tuple | None


@dataclass(frozen=True)
class Call:
    """One application of an op: its attributes (axes in canonical numbering), each input's shape and whether
    it is image-like, and the framework the source is written in."""

    spec: OpSpec
    attrs: dict
    xs: list
    spatial: list
    framework: str = "torch"

    @property
    def x(self) -> Shape:
        return self.xs[0] if self.xs else None

    @property
    def sp(self) -> bool:
        return self.spatial[0] if self.spatial else False


class ShapeRule:
    """Base rule: an unknown input gives an unknown output; a known one is kept (override `shape`).

    The class attributes and methods answer what the graph walk asks beyond the output shape."""

    keeps_channels = False  # keeps the rank and channels: an undeclared input is guessed through it
    flattens = False  # flattens an image into features (their order differs between the frameworks)
    fixed_size = False  # pools to a fixed size: its output's sizes are known even when its input's are not
    expands = False  # adds one size-1 axis (an image's channel axis, when a conv reads the result)
    joins_list = False  # joins a list of tensors along an axis (concat, stack)
    axis_default: int | None = None  # the `dim` it joins along when none is given
    any_rank = False  # reads any rank (a dense layer): the input rank its `first_input` tells is a guess

    def __call__(self, call: Call) -> tuple[Shape, bool]:
        x = call.x if call.x is not None else self.rank_only(call.spec)
        if x is None:
            return None, call.spec.layout_sensitive
        return self.shape(x, call)

    def shape(self, x: tuple, call: Call) -> tuple[Shape, bool]:
        return x, call.sp

    def rank_only(self, spec: OpSpec) -> Shape:
        """The input shape assumed when it is unknown (None: the output is unknown too)."""
        return None

    def first_input(self, spec: OpSpec, attrs) -> tuple[Shape, bool]:
        """The input shape (and layout) the op's arguments tell, for a model input it reads first."""
        return None, False

    def input_at(self, spec: OpSpec, attrs, position: int) -> tuple[Shape, bool]:
        """`first_input` for the op's tensor at this position of its call (the same for every one unless told)."""
        return self.first_input(spec, attrs)

    def permutation(self, attrs: dict, rank: int) -> tuple | None:
        """The batch-inclusive axis permutation the op applies (None: it does not only permute)."""
        return None

    def state(self, attrs) -> Shape:
        """The shape of a state the op returns beside its output (a recurrent layer's h, c)."""
        return None

    def order_free(self, attrs: dict) -> bool:
        """Reads flattened features without depending on their order (a reduction over all of them)."""
        return False

    def flattens_at(self, attrs: dict) -> bool:
        """Flattens an image into features with these attributes (`x.flatten(2)` keeps the channels apart)."""
        return self.flattens


@dataclass(frozen=True)
class Same(ShapeRule):
    """Elementwise ops, norms, attention: the output has the input's shape and layout.

    `features`: the argument sizing the (features,) input the op reads when it is a model's first layer."""

    features: str | None = None
    keeps_channels = True

    def __call__(self, call: Call) -> tuple[Shape, bool]:
        return call.x, call.sp

    def first_input(self, spec: OpSpec, attrs) -> tuple[Shape, bool]:
        return ((dim(attrs.get(self.features)),), False) if self.features else (None, False)


SAME = Same()


class Broadcast(ShapeRule):
    """Elementwise ops of several tensors: the largest known rank; image-like if any input is, and then shaped as
    the image (channels first): a non-image operand of the same rank is moved to it (backends.moved_operand)."""

    def shape(self, x: tuple, call: Call) -> tuple[Shape, bool]:
        known = [(s, sp) for s, sp in zip(call.xs, list(call.spatial) + [False] * len(call.xs)) if s is not None]
        images = [s for s, sp in known if sp]
        if images and len(images) < len(known):
            return max(images, key=len), any(call.spatial)
        return broadcast_shapes([s for s, _ in known]), any(call.spatial)


def broadcast_shapes(shapes: list) -> tuple:
    """Per-sample shapes broadcast as both frameworks do, aligned on the last axis: an axis of size 1 takes the
    other operands' size (`w * out` of (L, 1) and (L, 32) is (L, 32)); a size unknown where another is not 1 is
    that other size (broadcasting needs them equal)."""
    rank = max(len(s) for s in shapes)
    out = []
    for i in range(rank, 0, -1):
        big = [s[-i] for s in shapes if len(s) >= i and s[-i] != 1]
        ints = [d for d in big if isinstance(d, int)]
        out.append(1 if not big else ints[0] if ints else next((d for d in big if d is not None), None))
    return tuple(out)


def dim(v: Value):
    """A channel/feature size: an int, a symbolic expression (a constructor parameter), or None."""
    if isinstance(v, Expr):
        return v
    return int_or_none(v)


def known(*sizes) -> bool:
    """Every size is a plain int (not None, not a symbolic expression)."""
    return all(isinstance(s, int) for s in sizes)


def int_or_none(v: Value) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def per_axis(v: Value, n: int) -> tuple:
    """An int-or-tuple argument (kernel_size=3 or (3, 5)) as one int (or None) per spatial axis."""
    if isinstance(v, tuple) and len(v) == n:
        return tuple(int_or_none(x) for x in v)
    return (int_or_none(v),) * n


def sample_axis(d: Any, rank: int) -> int | None:
    """A batch-inclusive axis as a per-sample index (None for the batch axis or a non-integer)."""
    if not isinstance(d, int) or isinstance(d, bool):
        return None
    a = d % rank
    return a - 1 if a > 0 else None


def image_input(spec: OpSpec, attrs) -> tuple[Shape, bool]:
    """The (C, *S) image a spatial op reads, its channels given by `in_channels` where known."""
    return (dim(attrs.get("in_channels")),) + (None,) * spec.spatial, True


def spatial_out(size, k, s, p, d, same_mode: bool, ceil: bool = False):
    """One spatial axis's output size of a convolution or pooling window."""
    if size is None or k is None or s is None or d is None or min(k, s, d) < 1:
        return None
    if same_mode:
        return -(-size // s)
    if p is None:
        return None
    num = size + 2 * p - d * (k - 1) - 1
    return (math.ceil(num / s) if ceil else num // s) + 1


def conv_like(x: tuple, layer_attrs: dict, n: int, *, out_channels: Value, transpose: bool = False) -> tuple:
    """Output shape of a convolution or pooling over the last n axes of x = (C, *S)."""
    k = per_axis(layer_attrs.get("kernel_size"), n)
    stride = layer_attrs.get("stride")
    s = k if stride is None else per_axis(stride, n)
    d = per_axis(layer_attrs.get("dilation", 1), n)
    pad = layer_attrs.get("padding", 0)
    same = isinstance(pad, str) and pad.lower() in ("same", "causal")  # causal keeps the length too
    p = (0,) * n if same or (isinstance(pad, str) and pad.lower() == "valid") else per_axis(pad, n)
    spatial = []
    for i in range(n):
        size = x[1 + i] if len(x) > i + 1 else None
        if isinstance(size, Expr):  # symbolic: kept only where the op keeps the size
            keeps = s[i] == 1 and (same or (k[i] == 1 and not p[i]))
            spatial.append(size if keeps else None)
        elif transpose:
            if size is None or None in (k[i], s[i], d[i]):
                spatial.append(None)
            elif same and layer_attrs.get(OUTPUT_PADDING_GIVEN):  # Keras: TensorFlow crops 2 (extent // 2) - op
                op = per_axis(layer_attrs.get("output_padding", 0), n)[i] or 0
                extent = d[i] * (k[i] - 1) + 1
                spatial.append((size - 1) * s[i] + extent - 2 * (extent // 2) + op)
            elif same:
                spatial.append(size * s[i])
            else:
                op = per_axis(layer_attrs.get("output_padding", 0), n)[i] or 0
                spatial.append((size - 1) * s[i] - 2 * (p[i] or 0) + d[i] * (k[i] - 1) + op + 1)
        else:
            spatial.append(spatial_out(size, k[i], s[i], p[i], d[i], same, bool(layer_attrs.get("ceil_mode"))))
    return (dim(out_channels) if out_channels is not None else x[0],) + tuple(spatial)


# a pseudo attribute set by shape inference: a Keras transposed convolution's output_padding is written (even 0:
# unlike the default None, it sets the output size)
OUTPUT_PADDING_GIVEN = "_output_padding_given"


@dataclass(frozen=True)
class ConvShape(ShapeRule):
    """A sliding window over the spatial axes (convolution, pooling): `channels` names the argument giving the
    output channels (None: the input's are kept, as pooling does)."""

    transpose: bool = False
    channels: str | None = "out_channels"

    def rank_only(self, spec: OpSpec) -> Shape:
        return (None,) * (spec.spatial + 1) if spec.spatial else None  # the rank is known from the op

    def shape(self, x: tuple, call: Call) -> tuple[Shape, bool]:
        n = call.spec.spatial
        if len(x) != n + 1:
            return tuple([None] * (n + 1)), True
        return conv_like(x, call.attrs, n, out_channels=self.out_channels(x, call.attrs),
                         transpose=self.transpose), True

    def out_channels(self, x: tuple, attrs: dict) -> Value:
        return attrs.get(self.channels) if self.channels else None

    def first_input(self, spec: OpSpec, attrs) -> tuple[Shape, bool]:
        return image_input(spec, attrs) if spec.spatial else (None, False)
