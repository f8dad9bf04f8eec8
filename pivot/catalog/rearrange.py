"""Ops that move values between channels and space or along an axis (issue 13): PixelShuffle, ChannelShuffle
and torch.roll. Keras has no PixelShuffle or ChannelShuffle: it gets Pivot's support layers
(backends.keras_support), which follow PyTorch's channel order on channels-last tensors; their functional
forms (`F.pixel_shuffle`, `F.channel_shuffle`) get the same layers, made where they are applied. The Keras reader
reads the support layers back as these entries (`keras_support_call`)."""
from __future__ import annotations

import ast

from pivot.catalog.domains import Draw, Ints
from pivot.catalog.shape_rules import SAME, Broadcast, Call, ShapeRule, known
from pivot.catalog.spec import Arg, OpSpec, SupportCall, register
from pivot.catalog.spelling import F, T
from pivot.model import Expr


class PixelShuffleShape(ShapeRule):
    """(C * r * r, H, W) -> (C, H * r, W * r), channels-first as every canonical shape."""

    def shape(self, x: tuple, call: Call):
        r = call.attrs.get("upscale_factor")
        channels = x[0] // (r * r) if known(x[0], r) else None
        return (channels,) + tuple(s * r if known(s, r) else None for s in x[1:]), True


class ExpandShape(ShapeRule):
    """`x.expand(*sizes)` (sizes batch-inclusive, -1 keeps one)."""

    def shape(self, x: tuple, call: Call):
        sizes = call.attrs.get("sizes")
        if not isinstance(sizes, tuple) or len(sizes) != len(x) + 1:
            return None, call.sp
        return tuple(d if s == -1 else (s if known(s) else None) for s, d in zip(sizes[1:], x)), call.sp


class TileShape(ShapeRule):
    """`x.repeat(*sizes)` (one factor per axis, batch-inclusive; more factors than axes: unknown here)."""

    def shape(self, x: tuple, call: Call):
        sizes = call.attrs.get("sizes")
        if not isinstance(sizes, tuple) or len(sizes) != len(x) + 1:
            return None, call.sp
        return tuple(d * s if known(d, s) else None for s, d in zip(sizes[1:], x)), call.sp


class ChunkShape(ShapeRule):
    """The shape of each part of `x.chunk(n, dim)` (the last may be smaller in PyTorch: unknown then)."""

    def shape(self, x: tuple, call: Call):
        chunks, axis = call.attrs.get("chunks"), _parts_axis(x, call.attrs.get("dim", 0))
        if axis is None:
            return tuple(None for _ in x), call.sp
        size = x[axis]
        part = size // chunks if known(size, chunks) and size % chunks == 0 else None
        return x[:axis] + (part,) + x[axis + 1:], call.sp


class SplitShape(ShapeRule):
    """Each part of `torch.split(x, [a, b], dim)`: its size along that axis differs between the parts (unknown)."""

    def shape(self, x: tuple, call: Call):
        axis = _parts_axis(x, call.attrs.get("dim", 0))
        if axis is None:
            return tuple(None for _ in x), call.sp
        return x[:axis] + (None,) + x[axis + 1:], call.sp


def _parts_axis(x: tuple, dim) -> int | None:
    """The axis of `x` (batch excluded) a chunk or split cuts along, None when not a known axis after the batch."""
    axis = dim - 1 if isinstance(dim, int) and dim > 0 else len(x) + dim if isinstance(dim, int) and dim < 0 else None
    return axis if axis is not None and 0 <= axis < len(x) else None


def _sizes(value) -> list | None:
    """The part sizes of a split as a list: literal ones as ints; `[3, x.shape[1] - 3]`, whose last size reads the
    tensor, as its elements' values (None when the value is not a list)."""
    if isinstance(value, (tuple, list)):
        return list(value)
    if not isinstance(value, Expr):
        return None
    try:
        node = ast.parse(value.code.strip(), mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, (ast.List, ast.Tuple)):
        return None
    out = []
    for element in node.elts:
        try:
            out.append(ast.literal_eval(element))
        except ValueError:
            out.append(Expr(ast.unparse(element)))
    return out


def split_indices(value):
    """torch.split's part sizes [a, b, c] as keras.ops.split's indices [a, a + b]: the last size is the rest (what it
    reads of the tensor, `x.shape[1] - 3`, is not needed)."""
    sizes = _sizes(value)
    if sizes is None:
        return value
    indices, at = [], 0
    for size in sizes[:-1]:
        at += size
        indices.append(at)
    return indices


def _integers(values) -> bool:
    return all(isinstance(v, int) and not isinstance(v, bool) for v in values)


def _indices_as_sizes(attrs: dict, length: int) -> tuple[str, dict] | None:
    """keras.ops.split at indices [i, j] of an axis of `length`: torch.split's sizes [i, j - i, length - j]."""
    indices = attrs.get("chunks")
    if not isinstance(indices, (tuple, list)) or not indices or not _integers(indices):
        return None
    bounds = [0, *indices, length]
    if any(a > b for a, b in zip(bounds, bounds[1:])):  # decreasing or past the end: not migrated
        return None
    return "Split", {"sizes": [b - a for a, b in zip(bounds, bounds[1:])], "dim": attrs.get("dim", 0)}


def _one_size_as_sizes(attrs: dict, length: int) -> tuple[str, dict] | None:
    """torch.split(x, n) of an axis of `length`: parts of n, the last one the rest ([n, n, length % n])."""
    size = attrs.get("sizes")
    if not isinstance(size, int) or isinstance(size, bool) or size <= 0 or length <= 0:
        return None
    sizes = [size] * (length // size) + ([length % size] if length % size else [])
    return ("Split", {"sizes": sizes, "dim": attrs.get("dim", 0)}) if len(sizes) > 1 else None


def _split_unsupported(attrs: dict) -> str | None:
    sizes = _sizes(attrs.get("sizes"))
    if sizes is None or len(sizes) < 2:
        return "a split by one part size is migrated only where the length of the axis it cuts is known " \
               "statically (Keras splits into equal sections or at indices: declare the input shape, give the " \
               "sizes as a list, or use x.chunk(n, dim))"
    if not all(isinstance(size, int) and not isinstance(size, bool) and size > 0 for size in sizes[:-1]):
        return "a split whose part sizes before the last are not literal integers is not migrated (Keras " \
               "splits at indices, their sums)"
    return None


class UnbindShape(ShapeRule):
    """Each tensor of `x.unbind(dim)`: `x` without that axis. Over axis 0 the next axis leads each part (timm's
    `qkv.permute(2, 0, 3, 1, 4).unbind(0)`: the batch again)."""

    def shape(self, x: tuple, call: Call):
        dim = call.attrs.get("dim", 0)
        if not isinstance(dim, int):
            return None, False
        axis = dim - 1 if dim > 0 else len(x) + dim
        return (x[1:] if dim == 0 else x[:axis] + x[axis + 1:] if 0 <= axis < len(x) else None), False


def _rearrange() -> None:
    register(OpSpec(
        name="PixelShuffle", kind="layer", doc="rearrange (C * r * r, H, W) into (C, H * r, W * r)",
        torch_module=f"{T}PixelShuffle", keras_layer="TorchPixelShuffle",
        torch_functions=(f"{F}pixel_shuffle", "torch.pixel_shuffle"),
        args=(Arg("upscale_factor", torch="upscale_factor", keras="upscale_factor", torch_pos=0, keras_pos=0,
                  domain=Ints(values=(2,))),),
        spatial=2, shape="pixel_shuffle", shape_rule=PixelShuffleShape(), layout_sensitive=True, draw=Draw(("img",)),
        keras_support_call=SupportCall("TorchPixelShuffle"),
        notes=("Keras gets `TorchPixelShuffle`, with PyTorch's channel order (not tf.nn.depth_to_space's).",),
    ))
    register(OpSpec(
        name="ChannelShuffle", kind="layer", doc="interleave the channels of `groups` groups",
        torch_module=f"{T}ChannelShuffle", torch_functions=(f"{F}channel_shuffle", "torch.channel_shuffle"),
        keras_layer="TorchChannelShuffle", idiom="channel_shuffle",
        args=(Arg("groups", torch="groups", keras="groups", torch_pos=0, keras_pos=0, domain=Ints(values=(2, 4))),),
        spatial=2, shape="same", shape_rule=SAME, layout_sensitive=True, draw=Draw(("img",)),
        keras_support_call=SupportCall("TorchChannelShuffle"),
        notes=("Keras gets `TorchChannelShuffle` (a reshape, swap and reshape of the last axis).",),
    ))
    register(OpSpec(
        name="Roll", kind="tensor", doc="shift elements along axes, wrapping around",
        torch_functions=("torch.roll",), torch_methods=("roll",), keras_functions=("keras.ops.roll",),
        args=(Arg("shifts", torch="shifts", keras="shift", torch_pos=0, keras_pos=0,
                  domain=Ints(min=-64, values=(1, -2, 3))),
              Arg("dims", torch="dims", keras="axis", torch_pos=1, keras_pos=1, torch_default=None,
                  keras_default=None)),
        shape="same", axis_args=("dims",), draw=Draw(("img", "vec", "seq")),
    ))
    register(OpSpec(
        name="Chunk", kind="tensor", doc="split into `chunks` equal parts along an axis (a tuple of tensors)",
        torch_functions=("torch.chunk",), torch_methods=("chunk",), keras_functions=("keras.ops.split",),
        args=(Arg("chunks", torch="chunks", keras="indices_or_sections", torch_pos=0, keras_pos=0,
                  domain=Ints(values=(2,))),
              Arg("dim", torch="dim", keras="axis", torch_pos=1, keras_pos=1, torch_default=0, keras_default=0)),
        shape="chunk", shape_rule=ChunkShape(), axis_args=("dim",), parts=True, draw=Draw(("img", "vec", "seq")),
        # keras.ops.split at given indices has no torch.chunk form (torch.split takes sizes, not indices)
        unsupported=lambda a: "a split at indices is migrated only where the length of the axis it cuts is known "
        "statically (torch.split takes part sizes; declare the input shape)"
        if isinstance(a.get("chunks"), (tuple, list)) else None, by_axis_length=_indices_as_sizes,
    ))
    register(OpSpec(
        name="Split", kind="tensor", doc="split into parts of the given sizes along an axis (a tuple of tensors)",
        torch_functions=("torch.split",), torch_methods=("split",),
        # keras.ops.split reads as Chunk (registered first); written here with the sizes as cumulative indices
        keras_functions=("keras.ops.split",),
        args=(Arg("sizes", torch="split_size_or_sections", keras="indices_or_sections", torch_pos=0, keras_pos=0,
                  to_keras=split_indices),
              Arg("dim", torch="dim", keras="axis", torch_pos=1, keras_pos=1, torch_default=0, keras_default=0)),
        shape="split", shape_rule=SplitShape(), axis_args=("dim",), parts=True, unsupported=_split_unsupported,
        by_axis_length=_one_size_as_sizes,
    ))
    register(OpSpec(
        name="Unbind", kind="tensor", doc="the tensors along an axis, that axis removed (a tuple of tensors)",
        torch_functions=("torch.unbind",), torch_methods=("unbind",),
        keras_functions=("keras.ops.unstack", "tensorflow.unstack"),
        args=(Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=1, torch_default=0, keras_default=0),
              # how many tensors come out: Keras checks it against the axis's size, PyTorch gives them all
              Arg("num", keras="num", keras_pos=0, keras_default=None)),
        shape="unbind", shape_rule=UnbindShape(), axis_args=("dim",), parts=True, layout_fixed=True,
    ))


def _masked_fill() -> None:
    # on an image-like tensor the mask's own layout is not known (layout_fixed: reported, never guessed)
    register(OpSpec(
        name="MaskedFill", kind="tensor", doc="`value` where `mask` is true, the tensor elsewhere",
        torch_methods=("masked_fill",), torch_functions=("torch.masked_fill",), keras_functions=("keras.ops.where",),
        args=(Arg("mask", torch="mask", keras="condition", torch_pos=0, keras_pos=0),
              Arg("value", torch="value", keras="x1", torch_pos=1, keras_pos=1)),
        keras_code="keras.ops.where({mask}, {value}, {x})", shape="same", layout_fixed=True, keras_tensor_position=2,
    ))
    # `torch.where(x > 0, x, 0.1 * x)`: elementwise, the same in either layout (the condition a comparison of tensors
    # and numbers, each branch a tensor or a number); keras.ops.where of a number as its second argument reads as
    # MaskedFill above, of anything else as this (frontends.flow); `torch.where(cond)` alone (the indices) is not it
    register(OpSpec(
        name="Where", kind="tensor", doc="elementwise choice: `input` where `condition` is true, `other` elsewhere",
        torch_functions=("torch.where",), keras_functions=("keras.ops.where", "tensorflow.where"),
        keras_code="keras.ops.where({0}, {1}, {2})", shape="broadcast", shape_rule=Broadcast(), function_tensors=3,
        torch_methods=("where",), method_receiver=1,  # `x.where(condition, y)` is torch.where(condition, x, y)
    ))


def _expand() -> None:
    # -1 keeps a size (keras.ops.broadcast_to takes sizes only); on an image-like tensor the sizes follow its axes
    register(OpSpec(
        name="Expand", kind="tensor", doc="broadcast to a larger shape (-1 keeps a size)",
        torch_methods=("expand",), keras_functions=("keras.ops.broadcast_to",),
        args=(Arg("sizes", torch="sizes", keras="shape", torch_pos=0, keras_pos=0),), varargs="sizes",
        keras_code="keras.ops.broadcast_to({x}, tuple(d if s == -1 else s for s, d in zip({sizes}, "
                   "keras.ops.shape({x}))))", shape="expand", shape_rule=ExpandShape(), per_axis_sizes="sizes",
    ))

    # x.repeat(1, n, 1): tiled n times along an axis (numpy's tile, not torch.repeat_interleave)
    register(OpSpec(
        name="Tile", kind="tensor", doc="tile: repeat the whole tensor along each axis (`x.repeat(1, n, 1)`)",
        torch_methods=("repeat",), keras_functions=("keras.ops.tile",),
        args=(Arg("sizes", torch="sizes", keras="repeats", torch_pos=0, keras_pos=0),), varargs="sizes",
        shape="tile", shape_rule=TileShape(), per_axis_sizes="sizes",
    ))


_rearrange()
_masked_fill()
_expand()
