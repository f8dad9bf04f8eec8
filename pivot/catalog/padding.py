"""Padding of the spatial axes: zeros, and the reflect / replicate modules Keras lacks."""
from __future__ import annotations

from pivot.catalog.domains import Draw, Ints, Sides
from pivot.catalog.shape_rules import Call, ShapeRule, image_input
from pivot.catalog.spec import Arg, OpSpec, Seen, SupportCall, Unsupported, register
from pivot.catalog.spelling import (
    K,
    T,
    keras_zero_padding3d_in,
    keras_zero_padding3d_out,
    keras_zero_padding_in,
    keras_zero_padding_out,
)
from pivot.model import Expr, value_code


class ZeroPadShape(ShapeRule):
    """Zero padding of the spatial axes: `padding` is an int, (left, right) in 1-D or (left, right, top,
    bottom) in 2-D (PyTorch's order: the last axis first)."""

    def shape(self, x: tuple, call: Call):
        pad, n = call.attrs.get("padding", 0), call.spec.spatial
        if len(x) != n + 1:
            return tuple([None] * (n + 1)), True
        pairs = (pad,) * 2 * n if isinstance(pad, int) else pad
        if not isinstance(pairs, tuple) or len(pairs) != 2 * n:
            pairs = (None,) * 2 * n
        sides = [pairs[2 * i: 2 * i + 2] for i in range(n)][::-1]  # per axis, the first spatial axis first
        return (x[0],) + tuple(None if None in (s, a, b) else s + a + b for s, (a, b) in zip(x[1:], sides)), True

    def first_input(self, spec: OpSpec, attrs):
        return image_input(spec, attrs)


def _zero_pad_to_keras(n: int):
    """nn.ZeroPad1d/2d/3d whose widths (literal ints) are negative on some sides: PyTorch crops there (what Pivot
    writes for Keras's Cropping layers and after a 'same' ConvTranspose). Keras's ZeroPadding layers take no negative
    widths: a Cropping layer of those sides, after a ZeroPadding layer of the others where some pad."""
    def emit(attrs: dict, seen: Seen) -> str | None:
        pad = attrs.get("padding", 0)
        flat = (pad,) * 2 * n if isinstance(pad, int) and not isinstance(pad, bool) else pad
        if not (isinstance(flat, tuple) and len(flat) == 2 * n and all(type(v) is int for v in flat)) or \
                min(flat) >= 0:
            return None  # no negative width: Keras's ZeroPadding layer, as the entry writes it
        pairs = [flat[2 * i: 2 * i + 2] for i in range(n)][::-1]  # Keras's order: the first spatial axis first

        def arg(sides: list) -> str:
            return value_code(sides[0] if n == 1 else tuple(sides))
        crop = f"layers.Cropping{n}D({arg([(max(-a, 0), max(-b, 0)) for a, b in pairs])})"
        if max(flat) > 0:  # some sides pad
            return f"keras.Sequential([layers.ZeroPadding{n}D({arg([(max(a, 0), max(b, 0)) for a, b in pairs])}), " \
                   f"{crop}])"
        return crop
    return emit


def _padding() -> None:
    """ZeroPad1d/2d and their Keras spellings."""
    register(OpSpec(
        name="ZeroPad2d", kind="layer", doc="zero padding of the two spatial axes",
        torch_module=f"{T}ZeroPad2d", keras_layer=f"{K}ZeroPadding2D",
        args=(Arg("padding", torch="padding", keras="padding", torch_pos=0, keras_pos=0, keras_default=1,
                  from_keras=keras_zero_padding_in,  # int, (l, r, t, b) / int, (h, w), ((t, b), (l, r))
                  domain=Sides(torch=Ints(min=0, values=(1, 2, (1, 2, 0, 1))),
                               keras=Ints(min=0, values=(1, (1, 2), ((1, 0), (2, 1))))), to_keras=keras_zero_padding_out),),
        spatial=2, shape="pad", layout_sensitive=True, shape_rule=ZeroPadShape(), draw=Draw(("img",)), name_prefix="pad",
        emit_keras_layer=_zero_pad_to_keras(2),
    ))
    register(OpSpec(
        name="ZeroPad1d", kind="layer", doc="zero padding of the length axis",
        torch_module=f"{T}ZeroPad1d", keras_layer=f"{K}ZeroPadding1D",
        args=(Arg("padding", torch="padding", keras="padding", torch_pos=0, keras_pos=0, keras_default=1,
                  domain=Ints(min=0, values=(1, 2, (1, 2)))),),
        spatial=1, shape="pad", layout_sensitive=True, shape_rule=ZeroPadShape(), draw=Draw(("img",)),
        emit_keras_layer=_zero_pad_to_keras(1),
        # padding: int or (left, right) in both
    ))
    register(OpSpec(  # what the PyTorch -> Keras migration writes before a padded Conv3d: read back too
        name="ZeroPad3d", kind="layer", doc="zero padding of the three spatial axes",
        torch_module=f"{T}ZeroPad3d", keras_layer=f"{K}ZeroPadding3D",
        args=(Arg("padding", torch="padding", keras="padding", torch_pos=0, keras_pos=0, keras_default=1,
                  from_keras=keras_zero_padding3d_in,  # int, (d, h, w), ((front, back), (top, bottom), (left, right))
                  domain=Sides(torch=Ints(min=0, values=(1, 2, (1, 2, 0, 1, 1, 0))),
                               keras=Ints(min=0, values=(1, (1, 2, 1), ((1, 0), (2, 1), (0, 1))))),
                  to_keras=keras_zero_padding3d_out),),
        # not drawn by the fuzzer (its plans pad 1-D and 2-D images): tests/regressions/keras/zero_padding_3d.py
        spatial=3, shape="pad", layout_sensitive=True, shape_rule=ZeroPadShape(), name_prefix="pad",
        emit_keras_layer=_zero_pad_to_keras(3),
    ))


_padding()


def _pad_module_to_keras(mode: str, n: int):
    """nn.ReflectionPad / nn.ReplicationPad: Pivot's `TorchPad` (F.pad's reflect / replicate as keras.ops.pad on
    the channels-last spatial axes), read back as this entry."""

    def emit(attrs: dict, seen: Seen) -> str | None:
        pad = attrs.get("padding")
        # one width for every side, also computed (`nn.ReflectionPad2d(kernel_size // 2)`: TorchPad takes it as is)
        if not (isinstance(pad, (int, Expr)) or isinstance(pad, tuple) and len(pad) == 2 * n
                and all(isinstance(p, int) for p in pad)):
            return Unsupported("only an int (literal or computed) or a tuple of literal ints is migrated")
        if seen.shape is not None and not seen.image:
            return Unsupported("it pads a tensor that is not image-like here (its last axes do not move to Keras's "
                               "spatial axes)")
        value = attrs.get("value", 0.0) if mode == "constant" else None
        if value is not None and not isinstance(value, (int, float, Expr)):
            return Unsupported("only a number (literal or computed) is migrated as its fill value")
        fill = f", value={value_code(value)}" if value is not None else ""
        return f'TorchPad("{mode}", {value_code(pad)}, rank={n}{fill})'
    return emit


def _edge_padding() -> None:
    """ReflectionPad1d/2d/3d, ReplicationPad1d/2d/3d and CircularPad1d/2d/3d: F.pad's modes as modules (and a
    Conv's padding_mode); Keras has no such layer."""
    for torch_name, mode in (("Reflection", "reflect"), ("Replication", "replicate"), ("Circular", "circular")):
        for n in (1, 2, 3):
            register(OpSpec(
                name=f"{torch_name}Pad{n}d", kind="layer", doc=f"{mode} padding of the {n}-D spatial axes",
                torch_module=f"{T}{torch_name}Pad{n}d",
                args=(Arg("padding", torch="padding", torch_pos=0),),
                spatial=n, shape="pad", layout_sensitive=True, shape_rule=ZeroPadShape(), name_prefix="pad",
                emit_keras_layer=_pad_module_to_keras(mode, n),
                keras_support_call=SupportCall("TorchPad", leading=(mode,), rank=n),
                notes=(f"Keras gets Pivot's `TorchPad` ({mode}: keras.ops.pad, as F.pad's {mode} mode).",),
            ))


_edge_padding()


def _constant_padding() -> None:
    """ConstantPad1d/2d/3d (what Pivot writes for Keras's causal Conv1D and 'same' pooling, also read back): Keras
    has no constant padding layer of any fill; Pivot's `TorchPad` pads with keras.ops.pad's constant mode."""
    for n in (1, 2, 3):
        register(OpSpec(
            name=f"ConstantPad{n}d", kind="layer", doc=f"constant padding of the {n}-D spatial axes",
            torch_module=f"{T}ConstantPad{n}d",
            args=(Arg("padding", torch="padding", torch_pos=0), Arg("value", torch="value", torch_pos=1)),
            spatial=n, shape="pad", layout_sensitive=True, shape_rule=ZeroPadShape(), name_prefix="pad",
            emit_keras_layer=_pad_module_to_keras("constant", n),
            keras_support_call=SupportCall("TorchPad", leading=("constant",), rank=n),
            notes=("Keras gets Pivot's `TorchPad` (constant: keras.ops.pad with the fill value).",),
        ))


_constant_padding()
