"""Keras 3 backend: PyTorch networks rewritten as channels-last Keras code, in place.

The class, its constructor, loops, comments and names stay as written: only the expressions the pivot
model understood are replaced (layer constructors, functional ops), `forward` becomes `call` and the base
becomes `keras.Model`. Defaults that differ between the frameworks are written out.
"""
from __future__ import annotations

import ast
import builtins
import re
from dataclasses import replace

import libcst as cst

from pivot import diagnostics as D
from pivot.backends.common import (TODO, Emitted, kept_factory_call, unseen_block_reason, assigned_names, call_args, entry_kind, expr, is_super_init, remap_axis,
                                   index_subscript, reshape_code, same_value, shape_subscript, size_axis, sized_by_tensors, tensor_code,
                                   tensor_exprs, tensor_list, torch_size_methods_left, unshadowed, with_moved_operand,
                                   nested_values, keras_size, sizes_of_unplaced_image)
from pivot.backends.entries import call_keywords, caveats, differing_defaults, seen
from pivot.backends.rewriter import Rewriter
from pivot.catalog import CATALOG, REQUIRED, OpSpec, Unsupported, all_ops, lookups
from pivot.catalog.shape_rules import per_axis
from pivot.catalog.core import TIED_IF, TIED_LINEAR, flatten_axes_from_front
from pivot.catalog.domains import CHANNELS, UNITS

from pivot.catalog.recurrent import STORAGE_METHODS
from pivot.catalog.reshaping import channels_last_order
from pivot.frontends.flow import inference_branch, inference_exit, new_zeros_sizes, parameter_probe
from pivot.frontends.patterns import IDIOMS
from pivot.training.torch_idioms import NO_GRAD
from pivot.frontends.source import written_width_tree, LIGHTNING_MODULES, REFILL_METHODS, Chunk, dotted_name, \
    touches_no_tensor, walk
from pivot.frontends.flow import _forward_of_layer
from pivot.frontends.buffers import computed_buffer
from pivot.frontends.torch import FILLED_AS, is_add_module, ordered_dict_values, ordered_dict_variable, registered_buffers
from pivot.model import CHOSEN_BY, INLINED, INLINED_CALL, INPUT_RANK, OVER_CHANNELS, Attrs, Expr, Layer, Network, Node, Value, iter_layers, value_code
from pivot.shapes import ShapeInfo

_GLOBAL_SIZES = (1, (1,), (1, 1), (1, 1, 1), None)  # adaptive pooling output sizes that are global pooling
LAYER_TENSORS = {"weight", "bias"}  # read back, these name the layer's tensors, not its constructor flags


def _keras_name(spec: OpSpec) -> str:
    return spec.keras_layer.replace("keras.layers.", "layers.")


def layer_code(layer: Layer, info: ShapeInfo, out: Emitted) -> tuple[str, tuple]:
    """Keras code for one PyTorch layer and the path (inside it) of the layer holding the weights."""
    return _layer_code(layer, info, out)


def _layer_code(layer: Layer, info: ShapeInfo, out: Emitted, placed: bool = False) -> tuple[str, tuple]:
    """`layer_code`; `placed`: a conv/pool whose input keeps PyTorch's axes, written for a channels-last input
    (`_in_torch_axes` wraps it)."""
    spec = CATALOG.get(layer.op)
    attrs = layer.attrs.as_dict()
    if spec is None or layer.op == "opaque":
        return layer.source, ()
    if attrs.get(TIED_IF):  # tied under `if tie_weights:`: built tied or not as the condition holds, in Keras too
        plain = {k: v for k, v in attrs.items() if k not in ("tied", TIED_IF)}
        tied, _ = layer_code(replace(layer, op=TIED_LINEAR, attrs=Attrs.of(plain | {"tied": attrs["tied"]})), info,
                             out)
        linear = lookups().torch_module["torch.nn.Linear"].name
        untied, _ = layer_code(replace(layer, op=linear, attrs=Attrs.of(plain)), info, out)
        return f"{tied} if {attrs[TIED_IF]} else {untied}", ()
    if spec.kind == "activation":
        return activation_layer(spec, attrs, layer, info, out), ()
    other = _image_of_other_rank(spec, layer, info)
    if other is not None:
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}` works on images of {spec.spatial} "
                                      f"spatial axes and reads one of {other}: PyTorch takes it for an unbatched "
                                      "input (the batch as channels), which no Keras layer computes; migrate it by "
                                      "hand", target="keras"))
        return layer.source, ()
    if not placed and _channels_unplaced(spec, layer, info) and spec.shape in ("conv", "pool"):
        return _in_torch_axes(spec, layer, info, out)
    if not placed and _channels_unplaced(spec, layer, info):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}` reads a value of an image's rank that "
                                      "Pivot does not follow as an image (made by code it cannot place in Keras's "
                                      "channels-last layout): its channels would be read from another axis; "
                                      "migrate it by hand", target="keras"))
        return layer.source, ()
    if spec.recurrent_states:
        return rnn_layer(spec, attrs), ()
    if spec.keras_support_class:
        return support_layer(spec, attrs, layer, out), ()
    if spec.name == "Sequential":
        raise AssertionError("containers are rewritten from their arguments")
    if spec.emit_keras_layer:  # the entry's own Keras layer for this input (PReLU's shared axes...)
        code = spec.emit_keras_layer(attrs, seen(layer, info, to_keras=True))
        if isinstance(code, Unsupported):
            out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: {code}", target="keras"))
            return layer.source, ()
        if code:
            return code, ()
    unseen = next((n for n in info.unseen_blocks if n.op == "layer" and n.layer == layer.name), None) \
        if spec.shape == "flatten" else None
    if unseen is not None:
        out.diagnostics.append(D.make("PIV105", layer.span, unseen_block_reason(unseen, info), target="keras"))
        return layer.source, ()
    if spec.shape == "flatten" and _flattens_untold_image(layer, info):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: the rank and layout of what it "
                                      "flattens are not known statically (the model has image layers, but nothing "
                                      "tells whether this is an image), so the order of the flattened features "
                                      "cannot be kept (declare the input shape)", target="keras"))
        return layer.source, ()
    if layer.span in info.flatten_channels_first:  # a flatten
        rank = len(info.layer_in[layer.name])  # channels-last (..., C) back to PyTorch's (C, ...) first
        order = ", ".join(str(i) for i in (rank, *range(1, rank)))
        why = "whose features no dense layer reads (the model returns them)" if layer.span in info.unread_flattens \
            else "whose features the model returns besides a dense layer reading them" \
            if layer.span in info.returned_flattens else "whose size is not known statically"
        out.diagnostics.append(D.make("PIV202", layer.span, f"`{layer.source}` of an image {why}: flattened in "
                                      "PyTorch's channels-first order", severity="information", target="keras"))
        return f"keras.Sequential([layers.Permute(({order})), layers.Flatten()])", ()
    if spec.shape == "global_pool" and attrs.get("output_size") not in _GLOBAL_SIZES:
        return _adaptive_pool(spec, attrs, layer, info, out), ()
    if spec.shape == "pool" and spec.reduction == "max" and not attrs.get("return_indices") and (
            attrs.get("ceil_mode") or _inf_padded(spec, attrs)):
        return _torch_max_pool(spec, attrs, layer, out)
    if spec.keras_missing:
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: {spec.keras_missing}", target="keras"))
        return layer.source, ()
    if spec.keras_entry_by_rank:  # nn.Upsample, nn.Dropout2d: the Keras layer follows the input's rank
        x = info.layer_in.get(layer.name)
        told = layer.attrs.get(INPUT_RANK)  # a layer of a chain built by code: the rank its neighbours fix
        if x is None and isinstance(told, int) and told >= 2:
            x = (None,) * (told - 1)
        by_rank = dict(spec.keras_entry_by_rank)
        if x is None or len(x) + 1 not in by_rank:
            ranks = ", ".join(map(str, sorted(by_rank)))
            out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: its Keras layer follows the "
                                          f"input's rank ({ranks}), which is not known here", target="keras"))
            return layer.source, ()
        spec = CATALOG[by_rank[len(x) + 1]]
    unsupported = _unsupported(spec, attrs) or (spec.unsupported(attrs) if spec.unsupported else None)
    if unsupported:
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: {unsupported}", target="keras"))
        return layer.source, ()
    overrides: dict[str, Value] = {}
    width = _width_axis(spec, layer, info)
    if width is None and _image_of_unknown_channels(spec, layer, info):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}` reads the last axis of what the "
                                      "analysis takes for a channels-first image of unknown channels (the width, "
                                      "not the channels, if so): which axis that is in Keras cannot be told "
                                      "statically; migrate it by hand", target="keras"))
        return layer.source, ()
    if width is not None:  # over the width of a channels-first image: Keras's axis of that width
        problem = _over_the_width(spec, attrs, (info.layer_in_at.get(layer.span) or (info.layer_in[layer.name],))[0])
        if problem:
            out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}` reads the last axis of a "
                                          f"channels-first image (its width), not its channels: {problem}; migrate "
                                          "it by hand", target="keras"))
            return layer.source, ()
        overrides["axis"] = width
    prefix: list[str] = []
    subsample = _strided_dilated(spec, attrs)
    if subsample:  # Keras rejects strides > 1 with dilation_rate > 1: a stride-1 conv, then every s-th position
        attrs = dict(attrs, stride=1)
    suffix: list[str] = []
    if spec.shape in ("conv", "conv_transpose", "pool"):
        overrides, prefix = _padding(spec, attrs, layer, out)
        suffix = [overrides.pop("crop_after")] if "crop_after" in overrides else []
    if spec.shape == "pool" and (attrs.get("stride") is None or same_value(attrs.get("stride"),
                                                                             attrs.get("kernel_size"))):
        overrides["stride"] = None
    for a in spec.args:  # affine=False: center=False, scale=False
        if a.keras_when_false and not attrs.get(a.name, True):
            overrides.update(dict.fromkeys(a.keras_when_false, False))
    caveats(spec, attrs, layer, out, "keras")
    always = ("kernel_size",) if spec.shape == "pool" else ()
    code = f"{_keras_name(spec)}({call_args(spec, attrs, 'keras', overrides=overrides, always=always)})"
    if spec.feature_axis == 1:  # a norm over the channels (BatchNorm, GroupNorm)
        code = _channels_axis(code, layer, info, out)
    if subsample:
        steps = _code(subsample[0] if len(subsample) == 1 else subsample)
        return (f"keras.Sequential([{''.join(p + ', ' for p in prefix)}{code}, "
                f"TorchSubsample({steps})])", (len(prefix),))
    if prefix:
        return f"keras.Sequential([{', '.join(prefix)}, {code}])", (1,)
    if suffix:
        return f"keras.Sequential([{code}, {', '.join(suffix)}])", (0,)
    return code, ()


def _width_axis(spec: OpSpec, layer: Layer, info: ShapeInfo) -> int | None:
    """A PyTorch layer over the last axis (nn.LayerNorm, nn.Linear) given a channels-first image reads the image's
    width, which is axis rank - 2 of the channels-last image in Keras, not its channels: that axis, where the
    analysis is sure its input is such an image (its channels are known: made by a layer, not a block of the file
    it could not see into); else None. A class of the file that permutes the image channels-last around its
    nn.LayerNorm (torchvision's LayerNorm2d, model.OVER_CHANNELS) is the norm over the channels."""
    x, image = info.layer_in_at.get(layer.span) or (info.layer_in.get(layer.name), info.layer_in_spatial.get(layer.name))
    if spec.feature_axis != -1 or layer.attrs.get(OVER_CHANNELS) or not image or \
            x is None or len(x) < 2 or x[0] is None:
        return None
    return len(x) - 1


def _image_of_other_rank(spec: OpSpec, layer: Layer, info: ShapeInfo) -> int | None:
    """The number of spatial axes of the image a PyTorch image layer of another number reads (nn.PixelShuffle on a
    1-D signal: PyTorch reads (N, C, L) as one unbatched (C, H, W) image), where the analysis knows it; else None."""
    module = spec.torch_module or ""
    # (modules of one rank: nn.Conv2d, nn.MaxPool2d, nn.ZeroPad2d, and nn.PixelShuffle, which reads the last three
    # axes; nn.Upsample and nn.ChannelShuffle take any rank)
    of_rank = module.endswith(f"{spec.spatial}d") or spec.shape == "pixel_shuffle"
    if info.framework != "torch" or not (spec.layout_sensitive and spec.spatial) or not of_rank:
        return None
    x, image = info.layer_in_at.get(layer.span) or (info.layer_in.get(layer.name), info.layer_in_spatial.get(layer.name))
    return len(x) - 1 if image and x is not None and len(x) - 1 < spec.spatial else None


def _image_of_unknown_channels(spec: OpSpec, layer: Layer, info: ShapeInfo) -> bool:
    """A PyTorch layer over the last axis whose input the analysis takes for a channels-first image but whose
    channels it does not know (`_width_axis` is not sure): the width in PyTorch, the channels in Keras."""
    x, image = info.layer_in_at.get(layer.span) or (info.layer_in.get(layer.name), info.layer_in_spatial.get(layer.name))
    return info.framework == "torch" and spec.feature_axis == -1 and not layer.attrs.get(OVER_CHANNELS) and \
        bool(image) and x is not None and len(x) >= 2 and x[0] is None


def _over_the_width(spec: OpSpec, attrs: dict, x: tuple) -> str | None:
    """Why a layer over the width of a channels-first image (`x`: its (C, *S) shape) cannot be written over that
    axis in Keras (None: LayerNormalization(axis=...), its (W,) parameters as they are)."""
    if not spec.feature_norm:  # a dense layer
        return f"Keras's {_keras_name(spec)} reads only the last axis (the channels of Keras's channels-last image)"
    size = attrs.get("normalized_shape")
    size = size[0] if isinstance(size, tuple) and len(size) == 1 else size
    if isinstance(size, int) and isinstance(x[-1], int) and size != x[-1]:
        return f"its size {size} is not the image's width {x[-1]}"
    return None


def _flattens_untold_image(layer: Layer, info: ShapeInfo) -> bool:
    """An `nn.Flatten()` applied to what may be an image nothing tells the rank and layout of (as `torch.flatten`
    in `node_code`): Keras would flatten it channels-last while the next Linear's weights are copied as they are."""
    return any(node.op == "layer" and node.layer == layer.name and node.inputs and node.inputs[0] in
               info.untold_images and info.seen(node, node.inputs[0]) == (None, False) for node in info.at)


def _in_torch_axes(spec: OpSpec, layer: Layer, info: ShapeInfo, out: Emitted) -> tuple[str, tuple]:
    """A conv/pool reading a value that keeps PyTorch's (C, *S) axes in Keras (ECA's `nn.Conv1d(1, 1, k)` over the
    channels of a pooled image, `y.squeeze(-1).transpose(-1, -2)`): moved channels-last for the Keras layer; its
    output is an image, channels-last, as the analysis takes a conv's output to be."""
    n = spec.spatial + 1
    code, path = _layer_code(layer, info, out, placed=True)
    if code == layer.source:  # not migrated (reported)
        return code, path
    into = ", ".join(map(str, (*range(2, n + 1), 1)))
    return f"keras.Sequential([layers.Permute(({into})), {code}])", (1, *path)


def _channels_unplaced(spec: OpSpec, layer: Layer, info: ShapeInfo) -> bool:
    """A PyTorch conv/pool (of a fixed rank) reading a value of its rank that is not image-like: the value keeps
    PyTorch's channels-first order in Keras, where the layer reads the channels last (`x.view(-1, 16, 7, 7)` of
    features before a conv is `image_reshapes`; what else makes one is not followed)."""
    x = info.layer_in.get(layer.name)
    return info.framework == "torch" and spec.layout_sensitive and bool(spec.spatial) and not \
        spec.keras_entry_by_rank and spec.shape in ("conv", "conv_transpose", "pool") and \
        layer.name in info.layer_in_spatial and not info.layer_in_spatial[layer.name] and x is not None and \
        len(x) == spec.spatial + 1


def _transpose_padding(attrs: dict, pads: tuple, n: int, layer: Layer, out: Emitted) -> tuple[dict, list[str]]:
    """PyTorch keeps full[p : L - p + output_padding] of a transposed convolution's full output (length L);
    Keras 'same' keeps full[(extent - stride) // 2 :] for size x stride positions: the same only when
    output_padding is 0 and 2p = extent - stride. Otherwise 'valid' (the full output) cropped by (p, p - op)."""
    ks, ss = per_axis(attrs.get("kernel_size"), n), per_axis(attrs.get("stride", 1), n)
    ds, ops = per_axis(attrs.get("dilation", 1), n), per_axis(attrs.get("output_padding", 0), n)
    if all(isinstance(v, int) for v in ks + ss + ds + pads + ops):
        extents = tuple((kk - 1) * dd + 1 for kk, dd in zip(ks, ds))
        if all(o == 0 and 2 * p == e - st for p, o, e, st in zip(pads, ops, extents, ss)):
            return {"padding": "same", "output_padding": None}, []
        if all(o <= p for p, o in zip(pads, ops)):
            crops = tuple((p, p - o) for p, o in zip(pads, ops))
            crop = crops[0] if n == 1 else crops
            return {"padding": "valid", "output_padding": None, "crop_after": f"layers.Cropping{n}D({crop})"}, []
    if not all(isinstance(v, int) for v in pads + ops):
        # sizes known only when the model is built (`padding=k // 2, output_padding=scale - 1`): Keras's 'valid'
        # output with output_padding is the full one and `op` more positions at the end (no input reaches them,
        # as in PyTorch), cropped by p on both sides: full[p : L + op - p], PyTorch's for any values
        crops = tuple(f"({value_code(p)}, {value_code(p)})" for p in pads)
        crop = crops[0] if n == 1 else f"({', '.join(crops)})"
        return {"padding": "valid", "crop_after": f"layers.Cropping{n}D({crop})"}, []
    out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: this transposed-convolution padding "
                                  "has no Keras equivalent", target="keras"))
    return {}, []


def _channels_axis(code: str, layer: Layer, info: ShapeInfo, out: Emitted) -> str:
    """A PyTorch norm over axis 1 in a model whose values are not image-like: they keep their layout in Keras,
    so the channels stay at axis 1, not Keras's default -1 (the same axis only for (N, C)); where the rank is
    unknown, which of the two is meant cannot be told; where it is a guess (a first BatchNorm1d takes (N, C) and
    (N, C, L)), axis 1 is exact for both."""
    x = info.layer_in.get(layer.name)
    if layer.name not in info.layer_in or any(info.input_spatial) or any(info.layer_in_spatial.values()):
        return code
    if x is None:
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: the rank of its input is not known "
                                      "statically, so whether its channels are Keras's last axis cannot be told "
                                      "(declare the input shape)", target="keras"))
    elif len(x) >= 2 or layer.name in info.rank_guessed_layers:
        return code[:-1] + (", axis=1)" if code[-2] != "(" else "axis=1)")
    return code


# op -> the support class standing for it in Keras (entry data; the rewriter swaps the constructor's name)
SUPPORTED_BY_CLASS = {s.name: s.keras_support_class for s in all_ops().values() if s.keras_support_class}


# PyTorch arguments the support classes do not take: only their default values migrate (checked below)
SUPPORT_FIXED = ("enable_nested_tensor", "mask_check", "add_bias_kv", "add_zero_attn", "kdim", "vdim")


def support_layer(spec: OpSpec, attrs: dict, layer: Layer, out: Emitted) -> str:
    """A PyTorch module Keras has no twin for, as Pivot's support class with PyTorch's arguments."""
    problems = {"add_bias_kv": True, "add_zero_attn": True}
    if any(attrs.get(k) == v for k, v in problems.items()) or attrs.get("kdim") not in (None, attrs.get("embed_dim")) \
            or attrs.get("vdim") not in (None, attrs.get("embed_dim")):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: bias_kv, zero attention and "
                                      "different key/value sizes are not migrated", target="keras"))
        return layer.source
    if isinstance(attrs.get("activation"), Expr):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: only named activations "
                                      "('relu', 'gelu') are migrated", target="keras"))
        return layer.source
    args = call_args(spec, {k: v for k, v in attrs.items() if k not in SUPPORT_FIXED}, "torch")
    return f"{spec.keras_support_class}({args})"


def rnn_layer(spec: OpSpec, attrs: dict) -> str:
    """A PyTorch recurrent module as `TorchRNN`, which keeps PyTorch's outputs, so call sites stay as written. The
    input size, which Keras infers, is kept as `input_size=` for the way back: the input of a recurrent layer is
    often a value shape inference does not follow (a state `h_n[-1]` repeated, a layer of a comprehension-built
    list, a sequence-first transpose), and nn.LSTM/GRU/RNN have no lazy form (was PIV105 on the way back)."""
    size = next(a for a in spec.args if a.torch_pos == 1)  # hidden_size, after the inferred input size
    args = [f'"{spec.name.lower()}"', value_code(attrs.get(size.name))]
    given = next((a for a in spec.args if a.torch_pos == 0 and a.inferred and attrs.get(a.name) is not None), None)
    if given is not None:
        args.append(f"{given.torch}={value_code(attrs[given.name])}")
    for a in spec.args:  # PyTorch's other arguments where they differ from PyTorch's defaults
        if a.torch and a.torch_pos != 1 and not a.inferred and a.name in attrs \
                and not same_value(attrs[a.name], a.torch_default):
            args.append(f"{a.torch}={value_code(attrs[a.name])}")
    return f"TorchRNN({', '.join(args)})"


def _adaptive_pool(spec: OpSpec, attrs: dict, layer: Layer, info: ShapeInfo, out: Emitted) -> str:
    """Adaptive pooling to size > 1: plain pooling when the input size is a known multiple of it, else Pivot's
    `TorchAdaptivePooling`, which pools PyTorch's (possibly overlapping) windows for any input size."""
    n = spec.spatial
    size = attrs.get("output_size")
    sizes = size if isinstance(size, tuple) else (size,) * n
    x = info.layer_in.get(layer.name)
    spatial = tuple(x[1:]) if x is not None and len(x) == n + 1 else (None,) * n
    if all(b is None or isinstance(a, int) and isinstance(b, int) and b and a % b == 0 for a, b in zip(spatial, sizes)):
        pool = tuple(1 if b is None else a // b for a, b in zip(spatial, sizes))  # None: the axis kept as it is
        kind = "AveragePooling" if spec.reduction == "avg" else "MaxPooling"
        value = pool[0] if len(set(pool)) == 1 else pool
        return f"layers.{kind}{n}D({value_code(value)})"
    return adaptive_pooling_code(spec, size)  # (None keeps an axis: `TorchAdaptivePooling` pools axis by axis)


def adaptive_pooling_code(spec: OpSpec, size: Value) -> str:
    """`TorchAdaptivePooling(...)`: the output size as a tuple when literal (the rank then needs no argument)."""
    n = spec.spatial
    args = [value_code(size if isinstance(size, tuple) or isinstance(size, Expr) else (size,) * n)]
    if isinstance(size, Expr) and n != 2:
        args.append(f"rank={n}")
    if spec.reduction == "max":
        args.append('mode="max"')
    return f"TorchAdaptivePooling({', '.join(args)})"


def _unsupported(spec: OpSpec, attrs: dict) -> str | None:
    """The first argument given a value Keras cannot express (the entry's `keras_requires`)."""
    for a in spec.args:
        if a.keras_requires and a.name in attrs and not _keeps(attrs[a.name], a.keras_requires[0]):
            return a.keras_requires[1].format(value=attrs[a.name])
    return None


def _keeps(value: Value, required: Value) -> bool:
    """`value` is the one Keras can express (a flag by its truth: ceil_mode=0 is False)."""
    if isinstance(required, bool) and not isinstance(value, Expr):
        return bool(value) == required
    return same_value(value, required)


def _padding(spec: OpSpec, attrs: dict, layer: Layer, out: Emitted) -> tuple[dict, list[str]]:
    """PyTorch's symmetric integer padding as Keras 'same'/'valid', or a ZeroPadding layer before it."""
    pad = attrs.get("padding", 0)
    n = spec.spatial
    mode = attrs.get("padding_mode", "zeros")
    if mode != "zeros" and (isinstance(pad, str) and pad.lower() != "valid" or not isinstance(pad, (int, str, tuple))
                            or isinstance(pad, tuple) and not all(isinstance(p, int) for p in pad)):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: padding_mode={mode!r} is migrated "
                                      "with integer padding only (a TorchPad before the convolution)",
                                      target="keras"))
        return {"padding": "valid"}, []
    if isinstance(pad, str):
        return {"padding": pad.lower()}, []
    pads = pad if isinstance(pad, tuple) else (pad,) * n
    if all(p == 0 for p in pads):
        return {"padding": "valid"}, []
    if mode != "zeros":  # reflect / replicate / circular: Pivot's TorchPad (F.pad's pairs, the last axis first)
        widths = pads[0] if len(set(pads)) == 1 else tuple(p for p in reversed(pads) for _ in range(2))
        return {"padding": "valid"}, [f'TorchPad("{mode}", {value_code(widths)}, rank={n})']
    if spec.shape == "conv_transpose":
        return _transpose_padding(attrs, pads, n, layer, out)
    stride = attrs.get("stride", 1)
    k = attrs.get("kernel_size")
    d = attrs.get("dilation", 1)
    # stride 1 and (k - 1) / 2 on each side is Keras 'same'; for max pooling too ('same' never picks padding),
    # and for average pooling that excludes the padding from its count (Keras's 'same' divides each window by
    # its real inputs: PoolFormer's `nn.AvgPool2d(k, 1, k//2, count_include_pad=False)`)
    excludes_pad = spec.reduction == "avg" and not attrs.get("count_include_pad", True)
    if ((spec.shape == "conv" or spec.reduction == "max" or excludes_pad) and same_value(stride, 1) and isinstance(k, int)
            and isinstance(d, int) and all(p == d * (k - 1) // 2 for p in pads) and (k - 1) % 2 == 0):
        return {"padding": "same"}, []
    if spec.reduction == "max" and all(isinstance(p, int) for p in pads):
        # PyTorch pads max pooling with -inf (never the max); zeros would win over negative inputs
        widths = ((0, 0),) + tuple((p, p) for p in pads) + ((0, 0),)
        return {"padding": "valid"}, [f'layers.Lambda(lambda t: keras.ops.pad(t, {widths}, '
                                      'constant_values=float("-inf")))']
    if spec.reduction == "avg" and not attrs.get("count_include_pad", True):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: average pooling that excludes "
                                      "padding is not migrated", target="keras"))
    value = pads[0] if len(set(pads)) == 1 else pads
    return {"padding": "valid"}, [f"layers.ZeroPadding{n}D({value_code(value)})"]


def _strided_dilated(spec: OpSpec, attrs: dict) -> tuple | None:
    """The per-axis strides of a convolution both strided and dilated (None otherwise)."""
    stride, dilation = attrs.get("stride", 1), attrs.get("dilation", 1)
    if spec.shape != "conv" or same_value(stride, 1) or same_value(dilation, 1):
        return None
    return stride if isinstance(stride, tuple) else (stride,) * spec.spatial


def _code(value: Value) -> str:
    """Python source for a value, a tuple's expressions included."""
    return f"({', '.join(map(_code, value))}{',' * (len(value) == 1)})" if isinstance(value, tuple) else value_code(value)


def _inf_padded(spec: OpSpec, attrs: dict) -> bool:
    """A max pool PyTorch pads (with -inf) by literal sizes that Keras 'same' does not express (stride 1 and
    (k - 1) / 2 on each side is 'same', which never picks padding)."""
    n = spec.spatial
    pad = attrs.get("padding", 0)
    pads = pad if isinstance(pad, tuple) else (pad,) * n
    if not all(isinstance(p, int) for p in pads) or not any(pads) or not same_value(attrs.get("dilation", 1), 1):
        return False
    k = attrs.get("kernel_size")
    return not (same_value(attrs.get("stride"), 1) and isinstance(k, int) and k % 2 == 1
                and all(p == (k - 1) // 2 for p in pads))


def _torch_max_pool(spec: OpSpec, attrs: dict, layer: Layer, out: Emitted) -> tuple[str, tuple]:
    """A padded or ceil_mode max pool as Pivot's `TorchMaxPool` (-inf padding, then valid pooling). ceil_mode's
    extra last window comes from stride - 1 more -inf positions: exact for any input size while every window
    starts inside the input or its left padding, which holds when stride <= kernel - padding; otherwise
    reported."""
    n = spec.spatial

    def per_axis(v: Value) -> tuple:
        return v if isinstance(v, tuple) else (v,) * n

    k, p = per_axis(attrs.get("kernel_size")), per_axis(attrs.get("padding", 0))
    s = per_axis(attrs.get("stride") if attrs.get("stride") is not None else attrs.get("kernel_size"))
    ceil = bool(attrs.get("ceil_mode"))
    if ceil and (not all(isinstance(v, int) for v in k + s + p) or not same_value(attrs.get("dilation", 1), 1)
                 or any(st > kk - pp for kk, st, pp in zip(k, s, p))):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: ceil_mode=True is migrated for "
                                      "literal sizes with stride <= kernel_size - padding and no dilation",
                                      target="keras"))
        return layer.source, ()
    args = [_code(attrs.get("kernel_size")), _code(attrs.get("stride")), _code(attrs.get("padding", 0))]
    args += ["ceil_mode=True"] * ceil + [f"rank={n}"] * (n != 2)
    return f"TorchMaxPool({', '.join(args)})", ()


def activation_layer(spec: OpSpec, attrs: dict, layer: Layer | None, info: ShapeInfo, out: Emitted) -> str:
    code = spec.emit_keras(attrs) if spec.emit_keras else None
    if code:
        return code
    if spec.axis_args:  # softmax: the axis in Keras's layout
        axis = _axis(attrs.get("dim"), layer.name if layer else None, None, info, out, layer)
        if spec.keras_layer:
            return f"{_keras_name(spec)}()" if axis == "-1" else f"{_keras_name(spec)}(axis={axis})"
        if axis == "-1":
            return f'layers.Activation("{spec.keras_activation}")'
        return f"layers.Activation(lambda t: {spec.keras_functions[0]}(t, axis={axis}))"
    if spec.keras_layer:
        written = differing_defaults(spec, attrs, "keras")
        return f"{_keras_name(spec)}({call_args(spec, attrs | written, 'keras', always=tuple(written))})"
    if layer is not None:
        caveats(spec, attrs, layer, out, "keras")
    given = call_args(spec, attrs | differing_defaults(spec, attrs, "keras"), "keras")
    if given:  # an argument of its Keras function (CELU's alpha, Hardshrink's threshold): the name alone drops it
        return f"layers.Activation(lambda t: {spec.keras_functions[0]}(t, {given}))"
    return f'layers.Activation("{spec.keras_activation}")'


def _axis(dim: Value, layer_name: str | None, value: str | None, info: ShapeInfo, out: Emitted,
          where: Layer | Node | None) -> str:
    if layer_name is not None:
        shape, spatial = info.layer_in.get(layer_name), info.layer_in_spatial.get(layer_name, False)
    elif isinstance(where, Node):
        shape, spatial = info.seen(where, value)
    else:
        shape, spatial = info.values.get(value or ""), info.spatial.get(value or "", False)
    rank = None if shape is None else len(shape) + 1
    guessed = layer_name in info.rank_guessed_layers if layer_name is not None else where in info.rank_guessed_nodes
    if guessed and dim is None and where is not None:  # PyTorch's implicit axis depends on the rank
        out.diagnostics.append(D.make("PIV105", where.span, f"`{where.source}`: softmax without `dim` takes an axis "
                                      "that depends on the input's rank, which is not known statically (declare "
                                      "the input shape, or write `dim`)", target="keras"))
    if isinstance(dim, int) and rank is not None and not spatial and dim % rank == rank - 1 and not guessed:
        dim = -1  # the last axis: Keras' default (only where the rank is certain: else the axis stays as written)
    # a softmax module reads what its calls pass (`self.soft(x)` of a block's output): those nodes tell
    block = _reader(where, layer_name, info.unseen_blocks)
    unknown = dim is None or dim != 0 and (spatial and dim != 1 or not spatial and (
        any(info.input_spatial) or _reader(where, layer_name, info.open_images) is not None))
    if block is not None and shape is None and not spatial and dim != 0:
        out.diagnostics.append(D.make("PIV105", block.span, unseen_block_reason(block, info), target="keras"))
    elif shape is None and unknown and where is not None:  # which axis PyTorch means cannot be told
        out.diagnostics.append(D.make("PIV105", where.span, f"`{where.source}`: the rank and layout of its input "
                                      "are not known statically, so its axis cannot be remapped (declare the "
                                      "input shape)", target="keras"))
    if dim is None:
        dim = 1 if rank in (None, 2, 4) else 0
        if where is not None:
            out.diagnostics.append(D.make("PIV204", where.span, "softmax without `dim` uses PyTorch's implicit "
                                          f"choice: axis {dim} is assumed", target="keras"))
    return value_code(remap_axis(dim, rank, spatial, to_keras=True))


def _reader(where: Layer | Node | None, layer_name: str | None, nodes) -> Node | None:
    """The node of `nodes` that is `where`, or that calls layer `layer_name` (a module's axis is that of what its
    calls read); None if none is."""
    if isinstance(where, Node):
        return where if where in nodes else None
    return next((n for n in nodes if layer_name is not None and n.op == "layer" and n.layer == layer_name), None)


def _known_input(node: Node, info: ShapeInfo) -> str | None:
    """The input of a concatenation whose shape is known, when none is image-like: all have its rank and layout
    (ViT's `torch.cat([class_token.expand(n, -1, -1), x], dim=1)`, the parameter's shape unknown)."""
    seen = [(v, *info.seen(node, v)) for v in node.inputs]
    if any(spatial for _, _, spatial in seen):
        return None
    return next((v for v, shape, _ in seen if shape is not None), None)


def _partial_flatten(node: Node, x: str, attrs: dict, info: ShapeInfo, out: Emitted) -> str | None:
    """`y.flatten(2)`: the axes from start_dim on merged, as a reshape (of an image: only into a 1-D image)."""
    start = attrs["start_dim"]
    image = info.seen(node, node.inputs[0] if node.inputs else None)[1]
    named = x if re.fullmatch(r"[A-Za-z_][\w.]*", x) else "_flat"
    bound = x if named == x else f"(_flat := {x})"
    if image and start == 2:  # (N, C, H * W) in PyTorch: a 1-D image, channels-last in Keras
        return f"keras.ops.reshape({bound}, (-1, math.prod({named}.shape[1:-1]), {named}.shape[-1]))"
    if image:
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` merges some axes of an image-like "
                                      "tensor, whose values come in another order in Keras; migrate it by hand",
                                      target="keras"))
        return None
    return f"keras.ops.reshape({bound}, (-1, *{named}.shape[1:{start}], math.prod({named}.shape[{start}:])))"


def node_code(node: Node, xs: list[str], info: ShapeInfo, out: Emitted) -> str | None:
    """Keras code for a functional op or tensor method in `forward` (`xs`: the code of its tensors); None
    leaves the source as it is."""
    spec = CATALOG.get(node.op)
    if spec is None or node.form == "operator":
        return None
    if torch_size_methods_left(node, out):
        return None
    attrs = node.attrs.as_dict()
    value = node.inputs[0] if node.inputs else None
    if spec.kind == "tensor" and attrs != node.attrs.as_dict():  # tensor_code writes the node's own arguments
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` reads a tensor size in an argument; "
                                      "migrate it by hand", target="keras"))
        return None
    if spec.kind == "tensor":
        return tensor_code(spec, node, xs, info, out, "keras")
    if spec.shape_rule.flattens and info.seen(node, value)[0] is not None:  # `x.flatten(-3)`: from the front
        attrs = flatten_axes_from_front(attrs, len(info.seen(node, value)[0]))
    if spec.shape_rule.flattens and not spec.shape_rule.flattens_at(attrs) and info.seen(node, value)[0] is not None:
        return _partial_flatten(node, xs[0], attrs, info, out)  # x.flatten(2) of a tensor of known rank and layout
    why = spec.unsupported(attrs) if spec.unsupported else None
    if why:  # the entry's other limits hold for its functional form too (torch.flatten(x, 0))
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: {why}", target="keras"))
        return None
    if spec.kind == "activation":
        caveats(spec, attrs, node, out, "keras")
        if spec.axis_args:
            args = f", axis={_axis(attrs.get('dim'), None, value, info, out, node)}"
        else:
            args = call_keywords(spec, attrs, "keras")
        fn = spec.keras_functions[0]
        return f"{fn}({xs[0]}{args})"
    if spec.shape == "flatten" and node in info.unseen_blocks:
        out.diagnostics.append(D.make("PIV105", node.span, unseen_block_reason(node, info), target="keras"))
        return None
    if spec.shape == "flatten" and value in info.untold_images and info.seen(node, value) == (None, False):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: the rank and layout of what it flattens "
                                      "are not known statically (the model has image layers, but nothing tells "
                                      "whether this is an image), so the order of the flattened features cannot be "
                                      "kept (declare the input shape)", target="keras"))
        return None
    if spec.shape == "flatten":
        # the input is evaluated once: a call (a conv, a dropout in training) bound to `_flat` for its shape
        named = xs[0] if re.fullmatch(r"[A-Za-z_][\w.]*", xs[0]) else "_flat"
        bound = xs[0] if named == xs[0] else f"(_flat := {xs[0]})"
        moved = torch_order(node, bound, info, out) if node.span in info.flatten_channels_first else bound
        # the width from the traced shape: static, so a Dense layer after it can be built inside `fit`; where the
        # image is moved to PyTorch's order (its size unknown), a width the source wrote (`x.reshape(-1, 256)`) is
        # kept: the rows are then PyTorch's whatever that size is (even rows merging samples)
        width = (moved != bound and _written_width(node.source)) or f"math.prod({named}.shape[1:])"
        written = written_width_tree(node.source)
        if written is not None and not info.seen(node, value)[1] and not _unplaced_sizes(written):
            # `decoded.view(-1, self.ntoken)` of what is no image: the same values in both layouts, and -1 may merge
            # more than the batch (a sequence-first RNN's steps): the reshape as written
            return f"keras.ops.reshape({bound}, (-1, {ast.unparse(_BatchSizes().visit(written))}))"
        return f"keras.ops.reshape({moved}, (-1, {width}))"
    if spec.kind == "merge" and spec.list_input:  # concatenation
        if value is None and attrs.get("dim", 0) != 0 and any(info.layer_in_spatial.values()):
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: Pivot cannot tell which tensors "
                                          "this concatenates (a list built by an expression), so whether its axis "
                                          "moves with the image layout; migrate it by hand", target="keras"))
            return None
        axis = _axis(attrs.get("dim", 0), None, _known_input(node, info) or value, info, out, node)
        return f"{_ops_function(spec)}({tensor_list(node, xs, info)}, axis={axis})"
    if spec.kind == "merge" and spec.shape == "broadcast":  # add, multiply, maximum, minimum
        return f"{_ops_function(spec)}({', '.join(with_moved_operand(node, spec, xs, info, 'keras'))})"
    if spec.shape == "pool":
        why = _unsupported(spec, attrs)  # ceil_mode, dilation, return_indices... as for the pooling modules
        if why:
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: {why}", target="keras"))
            return None
        reported = len(out.diagnostics)
        overrides, prefix = _padding(spec, attrs, Layer("", spec.name, span=node.span, source=node.source), out)
        pad = attrs.get("padding", 0)
        pads = pad if isinstance(pad, tuple) else (pad,) * spec.spatial
        x = xs[0]
        if prefix and (len(out.diagnostics) > reported or not all(isinstance(p, int) for p in pads)):
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: this padded functional pooling is "
                                          "not migrated; use a pooling layer", target="keras"))
            return None
        if prefix:  # Inception's `F.avg_pool2d(x, 3, stride=1, padding=1)`: zeros counted (-inf for max) first
            widths = ((0, 0),) + tuple((p, p) for p in pads) + ((0, 0),)
            fill = ', constant_values=float("-inf")' if spec.reduction == "max" else ""
            x = f"keras.ops.pad({x}, {widths}{fill})"
        # one size per spatial axis: keras.ops's pooling serves every rank, the sizes tell it (read back by them)
        k = value_code(_per_axis(attrs.get("kernel_size"), spec.spatial))
        s = value_code(_per_axis(attrs.get("stride") if attrs.get("stride") is not None else attrs.get("kernel_size"),
                                 spec.spatial))
        fn = "max_pool" if spec.reduction == "max" else "average_pool"
        return f'keras.ops.{fn}({x}, {k}, strides={s}, padding="{overrides.get("padding", "valid")}")'
    if spec.shape == "global_pool" and attrs.get("output_size") not in _GLOBAL_SIZES:
        return f"{adaptive_pooling_code(spec, attrs['output_size'])}({xs[0]})"  # a stateless layer, made in place
    if spec.shape == "global_pool":
        n = spec.spatial
        axes = tuple(range(1, n + 1))
        fn = "mean" if spec.reduction == "avg" else "max"
        return f"keras.ops.{fn}({xs[0]}, axis={axes}, keepdims=True)"
    if spec.kind == "layer" and spec.support_call and spec.weight_rule is None:
        shape, image = info.seen(node, value)
        if spec.layout_sensitive and shape is not None and not image:  # its Keras layer reads channels-last images
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: its input is not an image-like "
                                          "tensor here, so its axes keep PyTorch's order in Keras, which Pivot's "
                                          "support layer does not read; migrate it by hand", target="keras"))
            return None
        # F.pixel_shuffle: Pivot's support layer, stateless, made where it is applied
        code, _ = layer_code(Layer("", spec.name, node.attrs, span=node.span, source=node.source), info, out)
        return f"{code}({xs[0]})" if code != node.source else None
    if spec.identity_at_inference and spec.mode_dependent:
        out.diagnostics.append(D.make("PIV204", node.span, f"`{node.source}`: functional dropout is an identity at "
                                      "inference and is removed; declare a layers.Dropout to keep it in training",
                                      target="keras"))
        return xs[0]
    return None


def _per_axis(value: Value, n: int) -> Value:
    """A pool size or stride as one value per spatial axis (a size read from a tensor too, for one axis)."""
    if isinstance(value, int) and not isinstance(value, bool) or n == 1 and isinstance(value, Expr):
        return (value,) * n
    return value


def _ops_function(spec: OpSpec) -> str:
    """The entry's keras.ops spelling (`keras.ops.add`, not the `keras.layers.add` shortcut)."""
    return next(fn for fn in spec.keras_functions if fn.startswith("keras.ops."))


# Attribute names keras.Model reserves: a migrated attribute with one of these names gets a trailing `_`.
RESERVED = {"layers", "weights", "trainable_weights", "non_trainable_weights", "variables", "inputs", "outputs",
            "input", "output", "losses", "metrics", "name", "dtype", "trainable", "built", "optimizer"}


def keras_attr(name: str) -> str:
    return name + "_" if name in RESERVED else name


def _batch_size_of(call) -> str | None:
    """`x.size(0)` / `self.h.size(0)` (a tree of `ast` or libcst): the batch size of that tensor, the same axis in
    both layouts; the receiver's dotted name, else None."""
    func = call.func
    attr = getattr(func, "attr", None)
    if getattr(attr, "value", attr) != "size" or len(call.args) != 1 or getattr(call, "keywords", None):
        return None
    arg = call.args[0]
    if isinstance(arg, cst.Arg):
        if arg.keyword is not None or arg.star or not isinstance(arg.value, cst.Integer) or arg.value.value != "0":
            return None
        return dotted_name(func.value)
    if not (isinstance(arg, ast.Constant) and arg.value == 0 and type(arg.value) is int):
        return None
    return ast.unparse(func.value) if isinstance(func.value, (ast.Name, ast.Attribute)) and \
        all(isinstance(n, (ast.Name, ast.Attribute, ast.Load)) for n in ast.walk(func.value)) else None


class _BatchSizes(ast.NodeTransformer):
    """`x.size(0)` in a size the source wrote: the batch size in Keras (`keras_size`)."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        node = self.generic_visit(node)
        x = _batch_size_of(node)
        return ast.parse(keras_size(x, 0), mode="eval").body if x is not None else node


class _BatchSizesCst(cst.CSTTransformer):
    """`x.size(0)` / `x.size()[0]` in an argument of a reshape: the batch size in Keras (`keras_size`)."""

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        x = _batch_size_of(updated)
        return expr(keras_size(x, 0)) if x is not None else updated

    def leave_Subscript(self, original: cst.Subscript, updated: cst.Subscript) -> cst.BaseExpression:
        sizes, item = updated.value, updated.slice[0].slice if len(updated.slice) == 1 else None
        if isinstance(sizes, cst.Call) and not sizes.args and isinstance(sizes.func, cst.Attribute) and \
                sizes.func.attr.value == "size" and isinstance(item, cst.Index) and \
                isinstance(item.value, cst.Integer) and item.value.value == "0" and dotted_name(sizes.func.value):
            return expr(keras_size(dotted_name(sizes.func.value), 0))  # (was left: a named error, PIV105)
        return updated


def _shape_kept_from(net: Network, node: Node) -> str | None:
    """The named tensor whose shape `node`'s input has through unnamed ops that keep it (a cast, an activation:
    `x.float().view(x.size(0), x.size(1), 1)` reads the sizes of `x`), else None."""
    value = node.inputs[0] if node.inputs else None
    while value is not None and value.startswith("%"):
        made = next((n for n in net.nodes if value in n.outputs), None)
        spec = CATALOG.get(made.op) if made is not None else None
        if spec is None or spec.shape != "same" or len(made.inputs) != 1:
            return None
        value = made.inputs[0]
    return value if value is not None and re.fullmatch(r"[A-Za-z_]\w*", value) else None


class _OwnSizesCst(cst.CSTTransformer):
    """`x.size(i)` (a literal i) of the tensor `x` a reshape reshapes, where x is no image: `keras.ops.shape(x)[i]`
    (`keras_size`), the same axis in both layouts."""

    def __init__(self, x: str) -> None:
        super().__init__()
        self.x = x

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        func = updated.func
        if not (isinstance(func, cst.Attribute) and func.attr.value == "size" and isinstance(func.value, cst.Name)
                and func.value.value == self.x):
            return updated
        if not updated.args:  # `x.size()[0]`, `*x.size()[1:]`: Keras's size tuple, indexed or sliced as written
            return expr(keras_size(self.x))
        if len(updated.args) == 1 and not updated.args[0].keyword and isinstance(updated.args[0].value, cst.Integer):
            return expr(keras_size(self.x, int(updated.args[0].value.value)))
        return updated


class _ImageSizesCst(cst.CSTTransformer):
    """`x.shape[i]` / `x.size(i)` (a literal i) of the image `x` a reshape reshapes (`x.view(x.shape[0],
    x.shape[1])` of a pooled (N, C, 1, 1)): `keras.ops.shape(x)[j]`, j the same axis in Keras's layout (was written
    as it was: exit 0, Keras's axis 1 is a spatial size). An axis the rank does not place stays as written, a
    PyTorch size read that `torch_size_methods_left` reports."""

    def __init__(self, x: str, rank: int | None) -> None:
        super().__init__()
        self.x, self.rank = x, rank

    def _placed(self, index: cst.BaseExpression) -> cst.BaseExpression | None:
        if not isinstance(index, cst.Integer):
            return None
        axis = int(index.value)
        if axis != 0 and self.rank is None and axis != 1:
            return expr(f"{self.x}.size({axis})")  # (reported: its place in Keras is not known)
        return expr(keras_size(self.x, remap_axis(axis, self.rank, True, to_keras=True)))

    def leave_Subscript(self, original: cst.Subscript, updated: cst.Subscript) -> cst.BaseExpression:
        value = updated.value
        if isinstance(value, cst.Attribute) and value.attr.value == "shape" and isinstance(value.value, cst.Name) \
                and value.value.value == self.x and len(updated.slice) == 1 and \
                isinstance(updated.slice[0].slice, cst.Index):
            return self._placed(updated.slice[0].slice.value) or updated
        return updated

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        func = updated.func
        if isinstance(func, cst.Attribute) and func.attr.value == "size" and isinstance(func.value, cst.Name) and \
                func.value.value == self.x and len(updated.args) == 1 and not updated.args[0].keyword and \
                isinstance(updated.args[0].value, cst.Integer) and updated.args[0].value.value != "0":
            placed = self._placed(updated.args[0].value)
            return placed if placed is not None and not (isinstance(placed, cst.Call) and placed.deep_equals(updated)) \
                else updated
        return updated


def _one_tensor_only(layer: Layer | None) -> str:
    """Why a call of this layer given more than one argument is not migrated (its entry's `one_tensor_only`)."""
    spec = CATALOG.get(layer.op) if layer is not None else None
    return spec.one_tensor_only if spec is not None else ""


def _submodel_extras(layer: Layer | None, node: Node, call: cst.Call) -> bool:
    """A call of a model class of the file given more positional arguments than tensors (`self.decoder(z,
    self.seq_len)`): Keras's `Layer.__call__` refuses a non-tensor positional argument."""
    return layer is not None and layer.op == "Submodel" and \
        sum(a.keyword is None and not a.star for a in call.args) > len(node.inputs) and \
        not any(a.star for a in call.args)


def _keyword_extras(layer: Layer, node: Node, call: cst.Call, params: dict) -> cst.Call:
    """`_submodel_extras`'s call with the arguments after the tensors named by the class's `forward` parameters
    (`Context.forward_params`; unchanged where the class or its parameters are not found)."""
    names = params.get(layer.attrs.get("class"), ())
    args, n = [], len(node.inputs)
    for i, arg in enumerate(call.args):
        if arg.keyword is None and i >= n and i < len(names):
            arg = arg.with_changes(keyword=cst.Name(names[i]), equal=cst.AssignEqual(
                whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace("")))
        elif arg.keyword is None and i >= n:
            return call
        args.append(arg)
    return call.with_changes(args=args)


def _unplaced_sizes(tree: ast.AST) -> bool:
    """A size Pivot cannot place (not the batch's): `x.size(1)`, `x.dim()`, `x.numel()`."""
    for node in ast.walk(tree):
        attr = getattr(node.func, "attr", None) if isinstance(node, ast.Call) else None
        if attr in ("dim", "numel") or attr == "size" and (node.args or node.keywords) and \
                not (len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and str(node.args[0].value)[:1] == "0"
                     and not node.keywords):
            return True
    return False


def _written_width(source: str) -> str | None:
    """The literal width of a `x.view(-1, 256)` / `x.reshape(-1, 256)` / `torch.reshape(x, (-1, 256))` flatten."""
    match = re.search(r"(?:view|reshape)\((?:[\w.]+,\s*\(?)?\s*-1\s*,\s*(\d+)\s*\)?\s*\)\s*$", source or "")
    return match.group(1) if match else None


def torch_order(node: Node, code: str, info: ShapeInfo, out: Emitted) -> str:
    """The input of a flatten moved channels-first so that the flattened features come in PyTorch's order: the
    image's size is unknown (the next dense layer's weights cannot be permuted for it), or no dense layer reads
    the features (the model returns them)."""
    why = ("no dense layer reads the features, so it is flattened in PyTorch's channels-first order (the model "
           "returns them in PyTorch's order)") if node.span in info.unread_flattens else \
        ("the model returns the features besides a dense layer reading them, so it is flattened in PyTorch's "
         "channels-first order (returned in PyTorch's order; the dense layer takes PyTorch's weights as they "
         "are)") if node.span in info.returned_flattens else \
        ("the image's size is not known statically, so it is flattened in PyTorch's channels-first order (the next "
         "dense layer takes PyTorch's weights as they are)")
    out.diagnostics.append(D.make("PIV202", node.span, f"`{node.source}`: {why}", severity="information",
                                  target="keras"))
    return f"keras.ops.moveaxis({code}, -1, 1)"


class _Rewriter(Rewriter):
    """Replaces understood expressions by span; renames `forward`; marks what stays with TODOs."""

    TARGET = "keras"
    ORIGIN = "PyTorch"
    BASES = {"torch.nn.Module": "keras.Model", "torch.nn.Sequential": "keras.Sequential",
             **dict.fromkeys(LIGHTNING_MODULES, "keras.Model")}
    ENTRY = ("forward", "call")
    LAYER_CLASS, ORIGIN_ROOTS = "keras.layers.Layer", ("torch",)

    def __init__(self, chunk: Chunk, net: Network, info: ShapeInfo, out: Emitted) -> None:
        super().__init__(chunk, net, info, out)
        # a local variable named `layers` would shadow `from keras import layers`
        self.shadowed = "layers" in assigned_names(chunk.module)
        # `class Block(nn.Sequential)`: a keras.Sequential subclass
        self.sequential_base = any(isinstance(c, cst.ClassDef) and any(
            chunk.qualify(b.value) == "torch.nn.Sequential" for b in c.bases) for c in chunk.module.body)
        self.renamed: set[str] = set()
        self.unsettable = _unsettable_assigned(chunk.module)  # `self.layers = layers` (an int): renamed too
        self.inits: list[Layer] = []  # initialisers Keras has no code for, in the statement being rewritten
        self.classes: list[bool] = []  # for each enclosing class: does it subclass nn.Sequential
        self.class_names: list[str] = []
        # a dummy forward pass in the constructor that sizes PyTorch's Linear layers (kept as a comment): the
        # names it sets, and the class's methods that run one (`_get_conv_output(shape)`)
        self.probed: set[str] = set()
        self.probe_methods: set[str] = set()
        self.probe_run: set[str] = set()  # the local names of the dummy forward pass being read
        self.buffer_lines: dict[int, str] = {}  # id() of a constructor statement computing a buffer -> its NumPy code

    def _parameters(self) -> set[str]:
        """`self.NAME` of the model's own parameters (`add_weight` variables, created in the constructor)."""
        return {f"self.{layer.name}" for layer in iter_layers(self.net.layers) if layer.op == "Parameter"}

    def spanned_layers(self, net: Network):
        return iter_layers(net.layers + net.templates)  # nested ones too: each constructor is rewritten

    def held_layer(self, layer: Layer) -> str:
        layer = self._read_back(layer)
        code = layer_code(layer, self.info, self.out)[0]
        code = unshadowed(code) if self.shadowed and code != layer.source else code  # a local `layers` list
        by = layer.attrs.get(CHOSEN_BY)
        if by and code != layer.source:  # `self.act = ACTS[act]`: the function of the value the file builds
            code = f"{{{value_code(by[1])}: lambda: {code}}}[{by[0]}]()"
        return code

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        if self.net.style == "subclass" and _self_method(original.func, "forward") and \
                isinstance(updated.func, cst.Attribute):  # `self.forward(x)` in a helper: the model is called
            return updated.with_changes(func=updated.func.value)
        if _forward_of_layer(original.func, {l.name for l in self.net.layers}) and \
                isinstance(updated.func, cst.Attribute):  # self.conv.forward(x): a Keras layer is called
            return updated.with_changes(func=updated.func.value)
        if self._adds_to_sequential(original):  # keras.Sequential's add appends to the call order too
            return updated.with_changes(func=updated.func.with_changes(attr=cst.Name("add")), args=[updated.args[-1]])
        if self.net.style == "subclass" and is_add_module(original):
            # keras.Model has no add_module; setattr registers (and tracks) the layer under the same name
            self_arg = cst.Arg(cst.Name("self"), comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
            return updated.with_changes(func=cst.Name("setattr"), args=[self_arg, *updated.args])
        if is_super_init(original) and not original.args and self.class_names and \
                self.class_names[-1].startswith("_"):
            no_space = cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""),
                                       whitespace_after=cst.SimpleWhitespace(""))
            return updated.with_changes(args=[cst.Arg(expr(_layer_name(self.class_names[-1])), cst.Name("name"),
                                                      equal=no_space)])
        if self.sequential_base and is_super_init(original):  # super().__init__(*layers): keras.Sequential's list
            return updated.with_changes(args=[cst.Arg(self._layer_list(updated))])
        key = self._key(original)
        layer = self.layers.get(key)
        if layer is None and self.net.style == "sequential" and \
                self.chunk.qualify(original.func) == "torch.nn.Sequential":
            layer = Layer("", "Sequential")
        if layer is not None:
            return self._layer(layer, updated)
        node = self.nodes.get(key)
        if node is not None:
            if node.op == "opaque":
                self.kept(node.source.splitlines()[0])
                return updated
            if node.op == "Size" or sized_by_tensors(node):
                return self._shape_op(node, updated)
            if node.op == "Rank" and isinstance(updated.func, cst.Attribute):  # x.dim(): the attribute in Keras
                return expr(f"{self.chunk.module.code_for_node(updated.func.value)}.ndim")
            if entry_kind(node) == "passthrough" and isinstance(updated.func, cst.Attribute):
                return updated.func.value  # .to(device) / .contiguous(): nothing to do in Keras
            if entry_kind(node) == "passthrough" and updated.args:
                return updated.args[0].value  # Variable(torch.zeros(...)): the tensor it wraps
            if node.op in ("Zeros", "Ones"):
                return self._creation(node, updated)
            if node.op == "layer" and _list_called(self.net.layer(node.layer or "")) and \
                    sum(a.keyword is None and not a.star for a in updated.args) > 1:
                # `self.attention(h, h)` of Pivot's AdditiveAttention: Keras's layer takes the tensors as one list
                given = [a for a in updated.args if a.keyword is None]
                listed = cst.List([cst.Element(a.value) for a in given])
                return updated.with_changes(args=[cst.Arg(listed), *(a for a in updated.args if a.keyword)])
            refused = _one_tensor_only(self.net.layer(node.layer or "")) if node.op == "layer" else ""
            if refused and len(updated.args) > 1:
                self.out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: {refused}",
                                                   target="keras"))
                return updated
            if node.op == "layer" and _submodel_extras(self.net.layer(node.layer or ""), node, updated):
                # `self.decoder(z, self.seq_len)`: a Keras layer takes only tensors positionally
                return _keyword_extras(self.net.layer(node.layer or ""), node, updated,
                                       dict(self.chunk.ctx.forward_params))
            if node.op == "layer" and node.span in self.info.flatten_channels_first and updated.args:
                first = updated.args[0]
                moved = torch_order(node, self.chunk.module.code_for_node(first.value), self.info, self.out)
                return updated.with_changes(args=[first.with_changes(value=expr(moved)), *updated.args[1:]])
            if sizes_of_unplaced_image(node, self.net, self.info, self.out, "keras"):
                return updated
            xs = [self.chunk.module.code_for_node(t) for t in tensor_exprs(node, updated)]
            code = node_code(self.with_rewritten_args(node, original, updated), xs, self.info, self.out)
            if code is not None:
                return expr(code)
        return updated

    def leave_IfExp(self, original: cst.IfExp, updated: cst.IfExp) -> cst.IfExp:
        """`nn.Hardswish if hs else nn.ReLU`: a layer class became a lambda, which must be parenthesized there
        (a bare lambda would swallow the rest of the conditional)."""
        return updated.with_changes(body=_parenthesized_lambda(updated.body),
                                    orelse=_parenthesized_lambda(updated.orelse))

    def leave_BinaryOperation(self, original: cst.BinaryOperation, updated: cst.BinaryOperation):
        """`x + torch.arange(n)`: PyTorch promotes the int64 range to x's float type; TensorFlow adds no float and
        int tensors, so the range is cast to float32 (its values, small integers, are exact in it)."""
        updated = super().leave_BinaryOperation(original, updated)
        node = self.nodes.get(self._key(original))
        if node is None or node.form != "operator" or len(node.inputs) != 2:
            return updated
        # (also indexed or reshaped: `torch.arange(c)[:, None, None]`)
        made = [self._integer_range(v) or flag for v, flag in zip(node.inputs, self.info.from_sizes.get(node, (False,) * 2))]
        if made.count(True) != 1:
            return updated
        side = "left" if made[0] else "right"
        code = self.chunk.module.code_for_node(getattr(updated, side))
        return updated.with_changes(**{side: expr(f'keras.ops.cast({code}, "float32")')})

    def _integer_range(self, value: str) -> bool:
        """`value` is made by an op of integer results (`torch.arange`)."""
        made = next((n for n in self.net.nodes if value in n.outputs), None)
        spec = CATALOG.get(made.op) if made is not None else None
        return spec is not None and spec.shape == "arange"

    def leave_Subscript(self, original: cst.Subscript, updated: cst.Subscript) -> cst.BaseExpression:
        node = self.nodes.get(self._key(original))
        if node is not None and node.op == "Size":  # x.shape[i], x.size()[2:]
            value = updated.value
            if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value == "size":
                code = self.chunk.module.code_for_node(value.func.value)
                updated = updated.with_changes(value=expr(f"keras.ops.shape({code})"))
            return shape_subscript(node, updated, self.info, self.out, "keras")
        if node is not None and node.op == "Index" and node.span in self.info.channel_inserts:  # x[:, None, :]
            return expr(f"keras.ops.expand_dims({self.chunk.module.code_for_node(updated.value)}, -1)")
        updated = index_subscript(node, updated, self.info, "keras")  # y[:, :, -1] of an image: its axes moved
        return self._one_of_pair(node, original.value, updated)

    def _one_of_pair(self, node: Node | None, call: cst.BaseExpression, updated) -> cst.BaseExpression:
        """`x.max(dim=1)[0]`, `torch.max(x, 1).indices`: one result of a (values, indices) op."""
        if node is None or node.form != "subscript" or not isinstance(updated.value, cst.Call):
            return updated
        new_call = updated.value
        if self.chunk.qualify(call.func) is not None:  # torch.max(x, 1): the tensor is the first argument
            receiver = new_call.args[0].value if new_call.args else None
        else:
            receiver = new_call.func.value if isinstance(new_call.func, cst.Attribute) else None
        code = tensor_code(CATALOG[node.op], node, [self.chunk.module.code_for_node(receiver)], self.info,
                           self.out, "keras") if receiver is not None else None
        return expr(code) if code else updated

    def _creation(self, node: Node, updated: cst.Call) -> cst.BaseExpression:
        code = self.chunk.module.code_for_node
        # `torch.zeros(x.size(0), *self.shape)`: the unpacked sizes stay unpacked in the shape tuple
        args = new_zeros_sizes(updated) or updated.args  # `weight.new(n, b, h).zero_()`
        sizes = [f"{a.star}{code(a.value)}" for a in args if a.keyword is None]
        one = len(sizes) == 1 and not updated.args[0].star
        shape = sizes[0] if one else f"({', '.join(sizes)}{',' if len(sizes) == 1 else ''})"
        return expr(f"keras.ops.{node.op.lower()}({shape})")

    def _shape_op(self, node: Node, updated: cst.Call) -> cst.BaseExpression:
        code = self.chunk.module.code_for_node
        if node.form in ("method", "unpack") and isinstance(updated.func, cst.Attribute):  # unpack: `n, c = x.size()`
            x, args = code(updated.func.value), [code(a.value) for a in updated.args]
        else:
            x, args = code(updated.args[0].value), [code(a.value) for a in updated.args[1:]]
        if node.op == "Size":
            axis = size_axis(node, self.info, self.out, "keras") if args else None
            return expr(keras_size(x, (axis if axis is not None else args[0]) if args else None))
        seen = self.info.seen(node, node.inputs[0] if node.inputs else None)
        # sizes of the receiver itself where it is no image (`out.reshape(out.size(0) * out.size(1), out.size(2))` of
        # an RNN's outputs): the same axes in both layouts
        no_image = not seen[1] and (seen[0] is not None or not any(self.info.layer_in_spatial.values()))
        own = _OwnSizesCst(x) if no_image and re.fullmatch(r"[A-Za-z_]\w*", x) else None
        if own is None and no_image and _shape_kept_from(self.net, node):  # `x.float().view(x.size(0), x.size(1), 1)`
            own = _OwnSizesCst(_shape_kept_from(self.net, node))
        if seen[1] and re.fullmatch(r"[A-Za-z_]\w*", x):  # sizes of the image itself: its axes in Keras's order
            own = _ImageSizesCst(x, None if seen[0] is None else len(seen[0]) + 1)
        given = updated.args if node.form in ("method", "unpack") and isinstance(updated.func, cst.Attribute) \
            else updated.args[1:]
        # the batch: in either layout; an unpacked size list keeps its star (`x.view(-1, *x.size()[1:])`)
        args = [(a.star, a.value.visit(_BatchSizesCst())) for a in given]
        args = [star + code(a.visit(own) if own is not None else a) for star, a in args]
        if torch_size_methods_left(Node(node.op, attrs=Attrs.of({str(i): Expr(a) for i, a in enumerate(args)}),
                                        span=node.span, source=node.source), self.out):
            return updated
        if node.span in self.info.flatten_channels_first and seen[1] and seen[0] is not None:
            # an image reshaped into no image (`feats.view(b, t, -1)`): in PyTorch's order first (shapes)
            x, seen = f"keras.ops.moveaxis({x}, -1, 1)", (seen[0], False)
        code = reshape_code(node, x, args, seen, self.out, "keras")
        if code and node.span in self.info.image_reshapes:  # PyTorch's channels-first image, moved channels-last
            shape, _ = self.info.seen(node, node.outputs[0] if node.outputs else None, output=True)
            code = f"keras.ops.transpose({code}, {channels_last_order(len(shape) + 1)})"
        return expr(code) if code else updated

    def _inlined(self, layer: Layer, info: ShapeInfo | None = None, out: Emitted | None = None) -> str:
        """The Keras code of a helper's nn.Sequential read in place of its call (model.INLINED)."""
        info, out = info or self.info, out or self.out
        return "keras.Sequential([" + ", ".join(
            self._inlined(c, info, out) if c.op == "Sequential" else layer_code(c, info, out)[0]
            for c in layer.children) + "])"

    def _layer(self, layer: Layer, updated: cst.Call) -> cst.BaseExpression:
        if layer.op == "Sequential" and layer.attrs.get(INLINED):  # a helper's nn.Sequential, written in place
            here = Emitted()
            code = self._inlined(layer, self.info, here)
            if layer.attrs.get(INLINED_CALL) and not any(d.severity == "error" for d in here.diagnostics) \
                    and code == self._inlined(layer, ShapeInfo(framework=self.info.framework), Emitted()):
                return updated  # the helper's own migration is what this call needs (model.INLINED_CALL)
            return expr(self._inlined(layer))
        if layer.op == "Sequential":
            elements = self._layer_list(updated)
            if isinstance(elements, cst.List) and not elements.elements and not layer.children:
                if layer.attrs.get("dynamic"):  # filled by `.add(m)` later, maybe never (`if in_c != out_c:`):
                    # Keras cannot call an empty Sequential, so it starts with an identity (no weights)
                    return expr("keras.Sequential([layers.Identity()])")
                return expr("layers.Identity()")  # Keras cannot call an empty Sequential
            return cst.Call(func=expr("keras.Sequential"), args=[cst.Arg(elements)])
        if layer.op == "opaque":
            self.todos.append(f"`{layer.source}` has no Keras equivalent in Pivot's catalog; migrate it by hand")
            return updated
        if layer.op in ("Submodel", "Built") or kept_factory_call(layer, self.info, layer_code):
            return updated
        if layer.op == "Parameter" and layer.name:
            a = layer.attrs
            trainable = "" if a.get("trainable", True) is True else f", trainable={value_code(a.get('trainable'))}"
            shape = self.out.moved.get(layer.name, a.get("shape"))
            start = f'"{a.get("initializer")}"' if a.get("values") is None else \
                f'keras.initializers.Constant({nested_values(a.get("values"), shape)})'
            if a.get("computed"):  # computed by the constructor's statements, in NumPy
                start = f'keras.initializers.Constant({a.get("computed")})'
                if layer.name in self.out.moved:  # its values are laid out for PyTorch's channels-first image
                    self.out.diagnostics.append(D.make(
                        "PIV105", layer.span, f"`{layer.source}`: the buffer the constructor computes broadcasts "
                        "over the channels of an image, whose axes change order in migration (channels-first in "
                        "PyTorch, last in Keras), and Pivot does not move the axes of what the code computes; "
                        "migrate it by hand", target="keras"))
            code = f'self.add_weight(shape={shape}, initializer={start}{trainable}, name="{layer.name}")'
            # a buffer (`self.register_buffer("mean", ...)`): setattr tracks the weight under the same name
            return expr(f'setattr(self, "{layer.name}", {code})' if a.get("buffer") else code)  # (an assignment)
        if layer.op == "Init":
            code = _init_code(layer, updated, self.chunk.module, self._parameters())
            if code is not None and layer.attrs.get("function") == "_calculate_fan_in_and_fan_out" and any(
                    f"self.{name}" == self.chunk.module.code_for_node(updated.args[0].value) for name in self.out.moved):
                code = None
            if code is None:  # decided for the whole statement (see leave_SimpleStatementLine)
                self.inits.append(layer)
                return updated
            return expr(code)
        if layer.op in ("ModuleList", "ModuleDict"):
            # Keras tracks layers held in plain lists and dicts
            args = [a.value for a in updated.args if not (isinstance(a.value, cst.Name) and a.value.value == "None")]
            if not args:  # `nn.ModuleList()`, `nn.ModuleList(modules=None)`: empty
                return expr("[]" if layer.op == "ModuleList" else "{}")
            inner = args[0]
            # a ModuleDict of (name, layer) pairs (`nn.ModuleDict([['lrelu', nn.LeakyReLU()], ...])`) is a dict
            literal = (cst.List, cst.ListComp) if layer.op == "ModuleList" else (cst.Dict, cst.DictComp)
            if isinstance(inner, literal):
                return inner
            return cst.Call(func=cst.Name("list" if layer.op == "ModuleList" else "dict"), args=[cst.Arg(inner)])
        layer = self._read_back(layer)
        code, inner = layer_code(layer, self.info, self.out)
        if layer.op in SUPPORTED_BY_CLASS and code != layer.source:
            # PyTorch's own arguments, already translated inside (norm=nn.LayerNorm(...))
            self.out.paths[layer.name] = tuple(_path(layer.name)) if layer.name else ()
            kept = [a for a in updated.args if not (a.keyword and a.keyword.value in SUPPORT_FIXED)]
            if kept:
                kept[-1] = kept[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
            return updated.with_changes(func=cst.Name(SUPPORTED_BY_CLASS[layer.op]), args=kept)
        if code == layer.source:
            self.not_migrated(layer)
            return updated
        if self.shadowed:
            code = unshadowed(code)
        by = layer.attrs.get(CHOSEN_BY)
        if by:  # `getattr(nn, rnn_type)(...)`: the layer of the value the file builds; any other fails by name
            code = f"{{{value_code(by[1])}: lambda: {code}}}[{by[0]}]()"
        if not layer.name:  # a template: no fixed path, matched by walking the built models
            return expr(code)
        path = _path(layer.name)
        if self.net.style == "subclass" and path:
            path[0] = keras_attr(path[0])
        self.out.paths[layer.name] = tuple(path) + inner
        return expr(code)

    def _layer_list(self, call: cst.Call) -> cst.BaseExpression:
        """The list keras.Sequential takes for `nn.Sequential(...)`'s arguments (an OrderedDict: its values)."""
        args = [a for a in call.args if a.keyword is None]
        named = ordered_dict_values(args[0].value, self.chunk) if len(args) == 1 else None
        if ordered_dict_variable(call, self.chunk):
            return expr(f"list({self.chunk.text(args[0].value)}.values())")  # nn.Sequential(odict)
        if named is not None:
            elements = [cst.Element(value=el.value, comma=el.comma) for el in named]
        else:
            elements = [cst.StarredElement(value=a.value, comma=a.comma) if a.star == "*"
                        else cst.Element(value=a.value, comma=a.comma) for a in args]
        return cst.List(elements, lbracket=cst.LeftSquareBracket(whitespace_after=call.whitespace_before_args))

    def _class_reference(self, layer: Layer) -> cst.BaseExpression:
        """`nn.BatchNorm2d` as a value: a function taking PyTorch's arguments and building the Keras layer."""
        spec = CATALOG[layer.op]
        params, attrs = [], {}
        for a in sorted((a for a in spec.args if a.torch and a.torch_pos is not None), key=lambda a: a.torch_pos):
            params.append(a.torch if a.torch_default == REQUIRED else f"{a.torch}={value_code(a.torch_default)}")
            attrs[a.name] = Expr(a.torch)
        for key, value in (spec.keras_defaults() | spec.torch_defaults()).items():
            attrs.setdefault(key, value)
        code, _ = layer_code(Layer("", spec.name, Attrs.of(attrs), source=layer.source), self.info, self.out)
        if self.shadowed:
            code = unshadowed(code)
        return expr(f"lambda {', '.join(params)}: {code}" if params else f"lambda: {code}")

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.BaseExpression:
        ref = self.layers.get(self._key(original))  # `LayerNorm2d` (a channel norm class of the file) as a value
        return self._class_reference(ref) if ref is not None and ref.attrs.get("classref") else updated

    def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.BaseExpression:
        node = self.nodes.get(self._key(original))
        if node is not None and node.form == "subscript":  # torch.max(x, 1).values
            return self._one_of_pair(node, original.value, updated)
        if node is not None and node.op == "opaque":  # a tensor attribute with no catalog entry (`x.T`)
            self.kept(node.source)
            return updated
        ref = self.layers.get(self._key(original))
        if ref is not None and ref.attrs.get("classref"):
            return self._class_reference(ref)
        if (self.net.style == "subclass" and isinstance(updated.value, cst.Name) and updated.value.value == "self"
                and updated.attr.value in RESERVED and (self.net.layer(updated.attr.value) is not None
                                                        or updated.attr.value in self.unsettable)):
            if updated.attr.value not in self.renamed:
                self.renamed.add(updated.attr.value)
                layer = self.net.layer(updated.attr.value)
                self.out.diagnostics.append(D.make(
                    "PIV202", layer.span if layer is not None else self.chunk.span(original), f"`self."
                    f"{updated.attr.value}` is reserved by keras.Model: the attribute is renamed "
                    f"`self.{keras_attr(updated.attr.value)}`", target="keras"))
            return updated.with_changes(attr=cst.Name(keras_attr(updated.attr.value)))
        return self._layer_setting(original, updated)

    def _layer_setting(self, original: cst.Attribute, updated: cst.Attribute) -> cst.BaseExpression:
        """`self.fc1.out_features` (a constructor argument read back from a layer): the Keras layer's own name for
        a size (`units`, `filters`); an argument Keras spells differently or has not (`in_features`, `padding`) is a
        named PIV105, never copied (it was copied with exit 0: `'Dense' object has no attribute 'out_features'`)."""
        inner = original.value
        if not (self.net.style == "subclass" and isinstance(inner, cst.Attribute) and isinstance(inner.value, cst.Name)
                and inner.value.value == "self"):
            return updated
        layer = self.net.layer(inner.attr.value)
        spec = CATALOG.get(layer.op) if layer is not None else None
        if spec is not None and original.attr.value in LAYER_TENSORS and self.in_entry():
            # `a @ self.fc.weight.t()` was copied with exit 0: Keras names its tensors otherwise (`kernel`, `gamma`),
            # lays them out otherwise ((in, out)) and makes them when the layer is first called
            self.out.diagnostics.append(D.make(
                "PIV105", self.chunk.span(original), f"`{self.chunk.text(original)}` reads a PyTorch layer's "
                f"{original.attr.value} tensor, which the Keras layer names and lays out its own way and makes only "
                "when it is first called; migrate it by hand", target="keras"))
            return updated
        arg = next((a for a in spec.args if a.torch == original.attr.value), None) if spec is not None else None
        if arg is None or arg.keras == arg.torch or arg.torch in LAYER_TENSORS:  # `self.fc.bias`: the tensor
            return updated
        if arg.keras and not arg.inferred and arg.domain in (UNITS, CHANNELS):
            return updated.with_changes(attr=cst.Name(arg.keras))
        self.out.diagnostics.append(D.make("PIV105", self.chunk.span(original), f"`{self.chunk.text(original)}` reads "
                                           f"a PyTorch layer setting the Keras layer "
                                           f"{'calls `' + arg.keras + '`' if arg.keras else 'does not keep'}; "
                                           "migrate it by hand", target="keras"))
        return updated

    def leave_Expr(self, original: cst.Expr, updated: cst.Expr):
        """`torch._assert(cond, msg)` (PyTorch's traceable assert) as Python's `assert cond, msg`; `self.eval()` in a
        helper (`predict`) dropped: a Keras model called outside fit() runs in inference mode (`training=False`)."""
        call = original.value
        if self.net.style == "subclass" and isinstance(call, cst.Call) and not call.args and \
                _self_method(call.func, "eval"):
            return cst.RemoveFromParent()
        if self.net.style == "subclass" and isinstance(call, cst.Call) and _self_method(call.func, "register_parameter") \
                and len(call.args) == 2 and isinstance(call.args[0].value, cst.SimpleString) and \
                isinstance(call.args[1].value, cst.Name) and call.args[1].value.value == "None" and \
                str(call.args[0].value.evaluated_value).isidentifier():
            # `self.register_parameter("bias", None)` (a module's optional bias): the attribute is None, no weight
            name = call.args[0].value.evaluated_value
            return cst.Assign(targets=[cst.AssignTarget(cst.Attribute(cst.Name("self"), cst.Name(name)))],
                              value=cst.Name("None"))
        held = dotted_name(call.func.value) if isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) \
            else None
        if held and held.startswith("self.") and not call.args and call.func.attr.value in STORAGE_METHODS and \
                self.net.layer(held[5:]) is not None:
            return cst.RemoveFromParent()  # `self.lstm.flatten_parameters()`: no value changes (FlowReader notes it)
        if self.net.style == "subclass" and isinstance(call, cst.Call) and _self_method(call.func, "train"):
            self.out.diagnostics.append(D.make("PIV102", self.chunk.span(original), f"`{self.chunk.text(call)}` "
                                               "switches the model to training mode, which a Keras model has not: "
                                               "it takes `training=True` per call; migrate it by hand",
                                               target="keras"))
            return updated
        if not (isinstance(call, cst.Call) and self.chunk.qualify(call.func) == "torch._assert"
                and isinstance(updated.value, cst.Call) and 1 <= len(updated.value.args) <= 2):
            return updated
        args = [a.value for a in updated.value.args]
        return cst.Assert(test=args[0], msg=args[1] if len(args) == 2 else None)

    def leave_SimpleStatementLine(self, original, updated):
        inits, self.inits = self.inits, []
        if inits and len(original.body) == 1 and isinstance(original.body[0], cst.Expr) and not self.todos:
            return self._initialisation(original, inits)
        continuing = bool(self.probe_run)
        if self._probe_call(original) or self._probe_line(original):
            self.todos = []
            self._probe_targets(original.body[0])
            return self._probe_comment(original, note=not continuing)
        self.probe_run = set()
        if self._applies_init_method(original):  # `self.apply(self._init_weights)`: keras.Model has no apply
            return self._commented(original, "`self.apply(...)` re-initialises PyTorch weights")
        for layer in inits:
            self.out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: this initialiser is not "
                                               "migrated; initialise the Keras weight by hand", target="keras"))
            self.kept(layer.source)
        if self.todos:
            return super().leave_SimpleStatementLine(original, updated)
        if id(original) in self.buffer_lines:
            self.todos = []
            return original.with_changes(body=[cst.parse_statement(self.buffer_lines[id(original)]).body[0]])
        if self._weight_tie(original):  # TorchTiedLinear reads the tied layer's matrix: nothing left to assign
            return cst.RemoveFromParent()
        if len(original.body) == 1 and parameter_probe(original.body[0]):
            return cst.RemoveFromParent()  # `weight = next(self.parameters()).data`, read by `weight.new()` only
        if len(original.body) == 1 and self._device_setting(original.body[0]):
            return cst.RemoveFromParent()  # `self.device = torch.device(...)`: a Keras model is placed on no device
        weight = _weight_assignment(updated)
        if weight is not None:
            return weight
        return self._appended_attribute(original, updated)

    def _device_setting(self, small: cst.BaseSmallStatement) -> bool:
        """`self.device = torch.device("cuda" if torch.cuda.is_available() else "cpu")` (calls on no tensor) whose
        every read is one the migration drops: `x.to(self.device)`, `torch.zeros(..., device=self.device)`."""
        target = small.targets[0].target if isinstance(small, cst.Assign) and len(small.targets) == 1 else None
        return isinstance(target, cst.Attribute) and self.chunk.text(target.value) == "self" \
            and touches_no_tensor(small.value, self.chunk) and _read_as_device_only(self.chunk.code, target.attr.value)

    def _weight_tie(self, original: cst.SimpleStatementLine) -> bool:
        """`self.decoder.weight = self.encoder.weight` where `decoder` is read as a TiedLinear."""
        small = original.body[0] if len(original.body) == 1 else None
        target = small.targets[0].target if isinstance(small, cst.Assign) and len(small.targets) == 1 else None
        owner = target.value if isinstance(target, cst.Attribute) and target.attr.value == "weight" else None
        if not (isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and owner.value.value == "self"):
            return False
        layer = self.net.layer(owner.attr.value)
        return layer is not None and (layer.op == TIED_LINEAR or layer.attrs.get(TIED_IF)) and \
            self.chunk.text(small.value).replace(" ", "") == f"self.{layer.attrs.get('tied')}.weight"

    def _initialisation(self, original: cst.SimpleStatementLine, inits: list[Layer]) -> cst.SimpleStatementLine:
        """`init.orthogonal_(self.conv1.weight, init.calculate_gain('relu'))` alone on its line, in an
        `init_weights` method: training only, as a weight initialisation loop is (kept as a comment)."""
        outer = max(inits, key=lambda layer: len(layer.source))
        self.out.diagnostics.append(D.make(
            "PIV203", outer.span, f"`{outer.source}` initialises a PyTorch weight (training-only: the "
            "migrated model gets its weights from training, verify or convert-weights); kept as a comment",
            target="keras"))
        lines = [f"{TODO} PyTorch weight initialisation, not migrated (training only):"] + [
            f"# {line}" for line in self.chunk.text(original).strip().splitlines()]
        return cst.SimpleStatementLine([cst.Pass()], leading_lines=[
            *original.leading_lines, *(cst.EmptyLine(comment=cst.Comment(line.rstrip())) for line in lines)])

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        # a layer class (its base a torch module or a model of the file): its name becomes the Keras layer name
        layer_class = any((self.chunk.qualify(b.value) or "").startswith("torch.nn.") or self.chunk.local_class(b.value)
                          for b in node.bases)
        self.class_names.append(node.name.value if layer_class else "")
        self.classes.append(any(self.chunk.qualify(b.value) == "torch.nn.Sequential" for b in node.bases))
        if not self.depth:
            self.probe_methods = {fn.name.value for fn in node.body.body if isinstance(fn, cst.FunctionDef)
                                  and self._probe_method(fn, node)}
        return super().visit_ClassDef(node)

    def _probe_tensor(self, node: cst.CSTNode) -> bool:
        """`torch.zeros(1, in_channels, 28, 28)` and the like: a dummy input made in the constructor."""
        return any(self.chunk.qualify(c.func) in _PROBE_TENSORS for c in _calls(node))

    def _probe_method(self, fn: cst.FunctionDef, cls: cst.ClassDef) -> bool:
        """`def _get_conv_output(self, shape): x = torch.zeros(1, *shape); return self.conv(x).numel()`: a method
        that makes a dummy input and returns what it measured, called by the constructor alone."""
        name = fn.name.value
        if name in ("__init__", "forward") or not self._probe_tensor(fn.body) or not any(
                isinstance(n, cst.Return) and n.value is not None for n in _statements(fn.body)):
            return False
        callers = [other.name.value for other in cls.body.body if isinstance(other, cst.FunctionDef) and any(
            isinstance(c.func, cst.Attribute) and c.func.attr.value == name for c in _calls(other.body))]
        return callers == ["__init__"]

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        super().visit_FunctionDef(node)
        if node.name.value == "__init__" and self.net is not None and \
                any(layer.attrs.get("computed") for layer in self.net.layers):
            # a buffer the constructor computes: its statements written with NumPy (frontends.buffers)
            for _, call in registered_buffers(node):
                found = computed_buffer(node, call, self.chunk)
                self.buffer_lines.update(found.lines if found else {})
        return True

    def visit_With(self, node: cst.With) -> bool:
        return not self._probe_block(node)

    def _probe_block(self, node: cst.With) -> bool:
        """`with torch.no_grad(): dummy = torch.zeros(1, C, H, W); self.flat = self.features(dummy).numel()` in
        the constructor: it only measures sizes for PyTorch's Linear layers."""
        return (self.functions[-1:] == ["__init__"] and len(node.items) == 1
                and isinstance(node.items[0].item, cst.Call)
                and self.chunk.qualify(node.items[0].item.func) in ("torch.no_grad", "torch.inference_mode")
                and self._probe_tensor(node.body) and all(
                    isinstance(st, cst.SimpleStatementLine) and all(isinstance(sm, cst.Assign) for sm in st.body)
                    for st in node.body.body))

    def leave_With(self, original: cst.With, updated: cst.With):
        if not self._probe_block(original):
            return updated
        for st in original.body.body:
            for assign in st.body:
                self._probe_targets(assign)
        return self._probe_comment(original)

    def _probe_targets(self, assign: cst.Assign) -> None:
        for target in assign.targets:
            t = target.target
            if isinstance(t, cst.Name):
                self.probed.add(t.value)
            elif isinstance(t, cst.Attribute) and isinstance(t.value, cst.Name) and t.value.value == "self":
                self.probed.add(f"self.{t.attr.value}")

    def _probe_comment(self, node: cst.CSTNode, note: bool = True) -> cst.SimpleStatementLine:
        if note:  # once for the lines of one pass
            self.out.diagnostics.append(D.make(
                "PIV203", self.chunk.span(node), "a dummy forward pass that sizes PyTorch's Linear layers (Keras "
                "layers size themselves on their first call); kept as a comment", target="keras"))
        first = node.body[0] if isinstance(node, cst.IndentedBlock) else node
        indent = self.chunk.span(first).col
        source = self.chunk.text(node).strip().splitlines()
        lines = [f"{TODO} a PyTorch dummy forward pass that sizes Linear layers, not needed by Keras:",
                 f"# {source[0]}"] + [f"# {line[indent:] if line[:indent].isspace() else line}" for line in source[1:]]
        leading = list(getattr(node, "leading_lines", ()))
        return cst.SimpleStatementLine([cst.Pass()], leading_lines=[
            *leading, *(cst.EmptyLine(comment=cst.Comment(line.rstrip())) for line in lines)])

    def _probe_line(self, line: cst.SimpleStatementLine) -> bool:
        """`x = torch.zeros(1, 3, 32, 32)` in the constructor, and the assignments right after it that read what
        it made (`x = self.features(x)`, `self.flat = x.view(1, -1).shape[1]`): a dummy forward pass."""
        if not (self.functions[-1:] == ["__init__"] and len(line.body) == 1 and isinstance(line.body[0], cst.Assign)
                and all(isinstance(t.target, cst.Name) or _self_attr_target(t.target) for t in line.body[0].targets)):
            return False
        value, targets = line.body[0].value, [t.target for t in line.body[0].targets]
        starts = isinstance(value, cst.Call) and self.chunk.qualify(value.func) in _PROBE_TENSORS and all(
            isinstance(t, cst.Name) for t in targets)  # `x = torch.zeros(1, 3, 32, 32)` into a local name
        buffers = {_root_name(call.args[1].value) for _, call in registered_buffers(self.chunk.module)} - {None}
        if starts and any(t.value in buffers for t in targets):
            return False  # `pe = torch.zeros(max_len, 1, d_model)` filled, then `self.register_buffer('pe', pe)` (or
            # `pe.unsqueeze(0)`, the table made batch-first as it is registered)
        if not (starts or {n.value for n in _names(value)} & self.probe_run):
            return False
        self.probe_run |= {t.target.value for t in line.body[0].targets if isinstance(t.target, cst.Name)}
        return True

    def _probe_call(self, line: cst.SimpleStatementLine) -> bool:
        """`n_flat = self._get_conv_output((C, L))` in the constructor, of a probe method."""
        if not (self.functions[-1:] == ["__init__"] and len(line.body) == 1 and isinstance(line.body[0], cst.Assign)):
            return False
        value = line.body[0].value
        return (isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute)
                and isinstance(value.func.value, cst.Name) and value.func.value.value == "self"
                and value.func.attr.value in self.probe_methods)

    def _adds_to_sequential(self, call: cst.Call) -> bool:
        """`self.add_module(name, m)` in an nn.Sequential subclass, `self.features.add_module(name, m)`."""
        func = call.func
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value in {
                layer.attrs.get(FILLED_AS) for layer in self.net.layers if layer.op == "Sequential"} - {None}:
            return True  # `cnn.add_module(name, m)` / `cnn.append(m)` of a local container (frontends.torch)
        if not (isinstance(func, cst.Attribute) and func.attr.value == "add_module" and len(call.args) == 2):
            return False
        in_sequential = bool(self.classes) and self.classes[-1]
        return (is_add_module(call) and in_sequential) or (
            isinstance(func.value, cst.Attribute) and isinstance(func.value.value, cst.Name)
            and func.value.value.value == "self")

    def _appended_attribute(self, original: cst.SimpleStatementLine, line: cst.SimpleStatementLine):
        """`self.norm = nn.BatchNorm2d(c)` in an nn.Sequential subclass: PyTorch calls the layers it assigns in
        order, keras.Sequential only those it was given or `add`ed, so the line adds it as well."""
        if not (self.classes and self.classes[-1] and len(original.body) == 1
                and isinstance(original.body[0], cst.Assign)):
            return line
        targets, value = original.body[0].targets, original.body[0].value
        if not (len(targets) == 1 and isinstance(targets[0].target, cst.Attribute)
                and isinstance(targets[0].target.value, cst.Name) and targets[0].target.value.value == "self"
                and (self._key(value) in self.layers or _builds_object(value))):
            return line
        added = cst.parse_statement(f"self.add(self.{targets[0].target.attr.value})")
        return cst.FlattenSentinel([line, added])

    def leave_ClassDef(self, original: cst.ClassDef, updated: cst.ClassDef) -> cst.ClassDef:
        self.classes.pop()
        self.class_names.pop()
        if self.depth == 1 and self.probed:  # a size the dummy forward pass measured, still read by Keras code
            probed, self.probed = self.probed, set()
            locals_ = {n for n in probed if not n.startswith("self.")}
            reads: list[str] = []

            def enter(child: cst.CSTNode) -> None:
                if isinstance(child, (cst.Name, cst.Attribute)):
                    text = self.chunk.module.code_for_node(child)
                    if text in probed and text not in reads:
                        reads.append(text)

            own = {n for n in probed if n.startswith("self.")}
            probed = own  # attributes: read anywhere in the class; local names: in the constructor only
            walk(updated.body, enter)
            probed = locals_
            for fn in updated.body.body:
                if isinstance(fn, cst.FunctionDef) and fn.name.value == "__init__":
                    walk(fn.body, enter)
            for name in reads:
                self.out.diagnostics.append(D.make(
                    "PIV105", self.chunk.span(original.name), f"`{name}` is measured by a dummy forward pass in "
                    "PyTorch's layout (kept as a comment), and the Keras code still reads it; migrate it by hand",
                    target="keras"))
        return super().leave_ClassDef(original, updated)

    def is_layer_class(self, qual: str) -> bool:
        return qual == "torch.nn.Module" or qual in lookups().torch_module

    def visit_For(self, node: cst.For) -> bool:
        return not self._init_loop(node)

    def leave_For(self, original: cst.For, updated: cst.For):
        frozen = _freezing(original)
        if frozen is not None:  # `for p in self.encoder.parameters(): p.requires_grad = False`
            owner, value = frozen
            line = cst.parse_statement(f"{self.chunk.module.code_for_node(owner)}.trainable = "
                                       f"{self.chunk.module.code_for_node(value)}")
            return line.with_changes(leading_lines=original.leading_lines)
        if not self._init_loop(original):
            return self._over_sequential(original, updated)
        self.out.diagnostics.append(D.make(
            "PIV203", self.chunk.span(original), "this loop re-initialises PyTorch weights (training-only: the "
            "migrated model gets its weights from verify or convert-weights); it is kept as a comment",
            target="keras"))
        indent = self.chunk.span(original).col
        source = self.chunk.text(original).splitlines()
        lines = [f"{TODO} PyTorch weight initialisation, not migrated (training only):", f"# {source[0]}"] + [
            f"# {line[indent:] if line[:indent].isspace() else line}" for line in source[1:]]
        return cst.SimpleStatementLine([cst.Pass()], leading_lines=[
            cst.EmptyLine(comment=cst.Comment(line.rstrip())) for line in lines])

    def _init_method(self, fn: cst.FunctionDef) -> bool:
        """`def _init_weights(self, module): if isinstance(module, nn.Linear): nn.init...(module.weight)`: a method
        that only picks modules and initialises their weights (applied by `self.apply`), no result."""
        if len(fn.params.params) == 1 and fn.name.value != "forward" and self._only_initialises(fn.body):
            return True  # `def init_weights(self): self.fc.weight.data.uniform_(-0.1, 0.1)`, called by __init__
        if fn.name.value == "__init__" or _sets_self_attribute(fn.body):
            return False  # a constructor with one argument that builds layers, then runs an init loop (torchvision)
        calls = [c for c in _calls(fn.body)]
        return len(fn.params.params) == 2 and any(self._initialises(c) for c in calls) and not any(
            isinstance(n, cst.Return) for n in _statements(fn.body))

    def _applies_init_method(self, line: cst.SimpleStatementLine) -> bool:
        """`self.apply(self._init_weights)` of an `_init_method` of the class being rewritten."""
        call = line.body[0].value if len(line.body) == 1 and isinstance(line.body[0], cst.Expr) else None
        if not (isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and call.func.attr.value == "apply"
                and self.chunk.text(call.func.value) == "self" and len(call.args) == 1):
            return False
        if self.chunk.text(call.args[0].value) in self.chunk.ctx.init_functions:
            return True  # `self.apply(_weights_init)` of a top-level initialiser (kept as a comment itself)
        name = self.chunk.text(call.args[0].value).removeprefix("self.")
        methods = [f for f in _statements(self.chunk.module) if isinstance(f, cst.FunctionDef) and f.name.value == name]
        return bool(methods) and all(self._init_method(f) for f in methods)

    def _commented(self, node: cst.CSTNode, what: str) -> cst.SimpleStatementLine:
        """`node` kept as a comment (training-only weight initialisation, PIV203), `pass` in its place."""
        self.out.diagnostics.append(D.make(
            "PIV203", self.chunk.span(node), f"{what} (training-only: the migrated model gets its weights from "
            "training, verify or convert-weights); kept as a comment", target="keras"))
        first = node.body[0] if isinstance(node, cst.IndentedBlock) else node
        indent = self.chunk.span(first).col  # the source's lines after the first keep their own indentation
        source = self.chunk.text(node).strip().splitlines()
        lines = [f"{TODO} PyTorch weight initialisation, not migrated (training only):", f"# {source[0]}"] + [
            f"# {line[indent:] if line[:indent].isspace() else line}" for line in source[1:]]
        return cst.SimpleStatementLine([cst.Pass()], leading_lines=[
            cst.EmptyLine(comment=cst.Comment(line.rstrip())) for line in lines])

    def _over_sequential(self, original: cst.For, updated: cst.For) -> cst.For:
        """`for blk in self.net:` over an nn.Sequential (d2l's DenseBlock): a keras.Sequential is not iterable,
        its `.layers` are, in the same order."""
        it = original.iter
        if isinstance(it, cst.Attribute) and isinstance(it.value, cst.Name) and it.value.value == "self":
            layer = self.net.layer(it.attr.value)
            if layer is not None and layer.op == "Sequential":
                return updated.with_changes(iter=cst.Attribute(updated.iter, cst.Name("layers")))
        return updated

    def _init_loop(self, node: cst.For) -> bool:
        """`for m in self.modules(): if isinstance(m, nn.Conv2d): nn.init...(m.weight)`, `for name, p in
        self.lstm.named_parameters(): if 'weight_ih' in name: nn.init...(p) ... p.data.fill_(0)`: only
        initialisation."""
        it = node.iter
        if isinstance(it, cst.Attribute) and isinstance(it.value, cst.Name) and it.value.value == "self":
            # `for m in self.mid_part: if isinstance(m, nn.Conv2d): nn.init.normal_(m.weight.data, ...)` over a
            # container of the model (FSRCNN), whose body does nothing else
            layer = self.net.layer(it.attr.value)
            return layer is not None and layer.op in ("Sequential", "ModuleList") and \
                self._only_initialises(node.body)
        if not (isinstance(it, cst.Call) and isinstance(it.func, cst.Attribute) and it.func.attr.value in (
                "modules", "named_modules", "children", "named_children", "parameters", "named_parameters",
                "state_dict")):  # `for key in self.state_dict(): ... init.kaiming_normal_(self.state_dict()[key])`
            return False
        return any(self._initialises(c) for c in _calls(node.body))

    def _initialises(self, call: cst.Call) -> bool:
        """nn.init.x(...) (or init.x(...) after `import torch.nn.init as init`), or an in-place refill of a weight
        (`m.weight.data.normal_(0, 0.02)`, `p.data.fill_(0)`, `m.bias.data.zero_()`)."""
        if (self.chunk.qualify(call.func) or "").startswith("torch.nn.init."):
            return True
        return isinstance(call.func, cst.Attribute) and call.func.attr.value in REFILL_METHODS

    def _only_initialises(self, body: cst.CSTNode) -> bool:
        """A method body whose every statement initialises weights (`self.fc.weight.data.uniform_(-r, r)`,
        nn.init calls, init loops), under conditions, with constants set aside for them (`initrange = 0.1`) or
        names given what they read without a call (DCGAN's `classname = m.__class__.__name__`, asked by the
        conditions: `if classname.find("Conv") != -1:`)."""
        found = False
        for stmt in getattr(body, "body", ()):
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
                        if not self._initialises(small.value):
                            return False
                        found = True
                    elif isinstance(small, cst.Expr) and isinstance(small.value, (cst.SimpleString, cst.ConcatenatedString)):
                        continue  # a docstring
                    elif not (isinstance(small, (cst.Pass, cst.Assign)) and (not isinstance(small, cst.Assign) or (
                            all(isinstance(t.target, cst.Name) for t in small.targets)
                            and (isinstance(small.value, (cst.Integer, cst.Float, cst.UnaryOperation))
                                 or isinstance(small.value, cst.Attribute) and not _calls(small.value))))):
                        return False
            elif isinstance(stmt, cst.For) and self._init_loop(stmt):
                found = True
            elif isinstance(stmt, cst.If):
                branch: cst.CSTNode | None = stmt
                while isinstance(branch, cst.If):
                    if not self._only_initialises(branch.body):
                        return False
                    branch = branch.orelse
                if branch is not None and not self._only_initialises(branch.body):
                    return False
                found = True
            else:
                return False
        return found

    def function(self, original: cst.FunctionDef, updated: cst.FunctionDef) -> cst.FunctionDef:
        if self.depth == 1 and original.name.value in self.probe_methods:
            self.out.commented.append(self.chunk.span(original.body))
            return updated.with_changes(body=cst.IndentedBlock(body=[self._probe_comment(original.body)]))
        if self.depth == 1 and self._init_method(original) or \
                not self.depth and not self.functions and original.name.value in self.chunk.ctx.init_functions:
            inside = self.chunk.span(original.body)  # one note for the method, not one more for each line of it
            self.out.diagnostics[:] = [d for d in self.out.diagnostics if not (
                d.code == "PIV203" and inside.line <= d.span.line <= inside.end_line)]
            body = self._commented(original.body, f"`{original.name.value}` re-initialises PyTorch weights")
            return updated.with_changes(body=cst.IndentedBlock(body=[body]))
        branch = inference_branch(list(updated.body.body)) if isinstance(updated.body, cst.IndentedBlock) else None
        if branch is not None:  # `if self.training: ... else: ...`: the inference branch (frontends.flow)
            at, chosen = branch
            stmts = list(updated.body.body)
            chosen = [chosen[0].with_changes(leading_lines=stmts[at].leading_lines), *chosen[1:]] if chosen else []
            updated = updated.with_changes(body=updated.body.with_changes(body=stmts[:at] + chosen + stmts[at + 1:]))
        # `@torch.no_grad()` on a helper (`predict`): Keras records gradients only under a GradientTape, so a
        # method outside one needs no marker (as `with torch.no_grad():` is unwrapped in training code)
        kept = [d for d in updated.decorators if self.chunk.qualify(
            d.decorator.func if isinstance(d.decorator, cst.Call) else d.decorator) not in NO_GRAD]
        if len(kept) != len(updated.decorators):
            updated = updated.with_changes(decorators=kept)
        for spec in (s for s in all_ops().values() if s.idiom):
            found = IDIOMS[spec.idiom](original, self.chunk)
            if found is not None:  # ShuffleNet's view / transpose / view: the op, written channels-last
                x, arg = found
                body = cst.parse_statement(f"return {spec.keras_layer}({arg})({x})")
                return updated.with_changes(body=updated.body.with_changes(body=[body]))
        return updated

    def entry(self, fn: cst.FunctionDef) -> cst.FunctionDef:
        return _inference_only(fn)

    def renames_entry(self) -> bool:
        return self.net.style == "subclass"  # a builder function keeps its name


_INITS = {"normal_": ("keras.random.normal", (("mean", "mean", 0.0), ("std", "stddev", 1.0))),
          "uniform_": ("keras.random.uniform", (("a", "minval", 0.0), ("b", "maxval", 1.0)))}


def _list_called(layer: Layer | None) -> bool:
    """A layer whose Keras layer takes its tensors as one list (the catalog's `keras_list_call`)."""
    spec = CATALOG.get(layer.op) if layer is not None else None
    return spec is not None and spec.keras_list_call


def _self_method(func: cst.BaseExpression, name: str) -> bool:
    """`self.NAME` (a method of the model itself)."""
    return isinstance(func, cst.Attribute) and func.attr.value == name and isinstance(func.value, cst.Name) \
        and func.value.value == "self"


def _init_code(layer: Layer, call: cst.Call, mod: cst.Module, parameters: set[str]) -> str | None:
    """`nn.init.normal_(w, std=0.02)` as `w.assign(keras.random.normal(w.shape, mean=0.0, stddev=0.02))`, for the
    model's own parameters only: a sublayer's weight (`self.fc.weight`) does not exist before Keras builds it."""
    fn = layer.attrs.get("function")
    if not call.args:
        return None
    target = mod.code_for_node(call.args[0].value)
    if target not in parameters:
        return None
    rest = call.args[1:]
    if fn in ("zeros_", "ones_"):
        return f"{target}.assign(keras.ops.{fn[:-1]}({target}.shape))"
    if fn == "constant_" and rest:
        return f"{target}.assign(keras.ops.full({target}.shape, {mod.code_for_node(rest[0].value)}))"
    if fn == "_calculate_fan_in_and_fan_out" and not rest:  # a value, read by the initialisation after it:
        # PyTorch's (fan_in, fan_out) of an (out, in, *kernel) weight, a shape the Keras weight keeps (the caller
        # leaves a weight whose axes move for an image's layout reported)
        field = f"int(keras.ops.prod({target}.shape[2:]))"
        return f"({target}.shape[1] * {field}, {target}.shape[0] * {field})"
    if fn == "xavier_uniform_" and not rest:
        return f"{target}.assign(keras.initializers.GlorotUniform()({target}.shape))"
    if fn not in _INITS:
        return None
    name, params = _INITS[fn]
    given = {a.keyword.value if a.keyword else params[i][0]: mod.code_for_node(a.value) for i, a in enumerate(rest)}
    args = ", ".join(f"{keras_kw}={given.get(torch_kw, repr(default))}" for torch_kw, keras_kw, default in params)
    return f"{target}.assign({name}({target}.shape, {args}))"


def _root_name(node: cst.BaseExpression) -> str | None:
    """The local name an expression is made from by methods, attributes and indexing (`pe` of
    `pe.unsqueeze(0).transpose(0, 1)`, of `pe[:, None]`); None when it starts from anything else."""
    while isinstance(node, (cst.Call, cst.Attribute, cst.Subscript)):
        node = node.func if isinstance(node, cst.Call) else node.value
    return node.value if isinstance(node, cst.Name) else None


def _names(node: cst.CSTNode) -> list[cst.Name]:
    found: list[cst.Name] = []
    walk(node, lambda n: found.append(n) if isinstance(n, cst.Name) else None)
    return found


def _self_attr_target(target: cst.BaseExpression) -> bool:
    return isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value == "self"


def _freezing(loop: cst.For) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    """`for param in self.encoder.parameters(): param.requires_grad = False` (or `param.requires_grad_(False)`):
    (`self.encoder`, `False`), which Keras writes `self.encoder.trainable = False`; None for any other loop."""
    it, target = loop.iter, loop.target
    if not (isinstance(it, cst.Call) and not it.args and isinstance(it.func, cst.Attribute)
            and it.func.attr.value == "parameters" and isinstance(target, cst.Name)
            and len(loop.body.body) == 1 and isinstance(loop.body.body[0], cst.SimpleStatementLine)
            and len(loop.body.body[0].body) == 1 and loop.orelse is None):
        return None
    small = loop.body.body[0].body[0]
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        set_to, value = small.targets[0].target, small.value
        if isinstance(set_to, cst.Attribute) and set_to.attr.value == "requires_grad" and \
                isinstance(set_to.value, cst.Name) and set_to.value.value == target.value:
            return it.func.value, value
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call) and len(small.value.args) == 1:
        call = small.value
        if isinstance(call.func, cst.Attribute) and call.func.attr.value == "requires_grad_" and \
                isinstance(call.func.value, cst.Name) and call.func.value.value == target.value:
            return it.func.value, call.args[0].value
    return None


# the dummy inputs LLM-written constructors run through their conv stacks to size a Linear layer
_PROBE_TENSORS = frozenset({"torch.zeros", "torch.ones", "torch.randn", "torch.rand", "torch.empty"})


def _calls(node: cst.CSTNode) -> list[cst.Call]:
    found: list[cst.Call] = []
    walk(node, lambda n: found.append(n) if isinstance(n, cst.Call) else None)
    return found


def _sets_self_attribute(node: cst.CSTNode) -> bool:
    """`self.features = ...` somewhere in `node`: code that builds the model, not only initialisation."""
    found: list[cst.CSTNode] = []

    def visit(n: cst.CSTNode) -> None:
        targets = [t.target for t in n.targets] if isinstance(n, cst.Assign) else (
            [n.target] if isinstance(n, (cst.AnnAssign, cst.AugAssign)) else [])
        found.extend(t for t in targets if isinstance(t, cst.Attribute) and isinstance(t.value, cst.Name)
                     and t.value.value == "self")
    walk(node, visit)
    return bool(found)


def _read_as_device_only(code: str, name: str) -> bool:
    """Whether every read of `self.<name>` in the code is a device: `.to(self.<name>)` or `device=self.<name>`."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return False
    devices = {id(a) for c in ast.walk(tree) if isinstance(c, ast.Call)
               for a in (c.args if isinstance(c.func, ast.Attribute) and c.func.attr == "to" and len(c.args) == 1
                         else []) + [k.value for k in c.keywords if k.arg == "device"]}
    return all(id(n) in devices for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == name
               and isinstance(n.value, ast.Name) and n.value.id == "self" and isinstance(n.ctx, ast.Load))


def _statements(node: cst.CSTNode) -> list[cst.CSTNode]:
    found: list[cst.CSTNode] = []
    walk(node, lambda n: found.append(n) if isinstance(n, (cst.Return, cst.FunctionDef)) else None)
    return found


def _layer_name(class_name: str) -> str:
    """`_DenseLayer`'s unique layer name: Keras names a layer after its class, and TensorFlow rejects a scope
    name starting with an underscore."""
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", class_name.lstrip("_")).lower()
    return f"f\"{name}_{{keras.backend.get_uid('{name}')}}\""


def _inference_only(fn: cst.FunctionDef) -> cst.FunctionDef:
    """A forward that returns early unless training (`if not self.training: return x`) ends with that return:
    the code after it is training-only (see frontends.flow.inference_exit)."""
    stmts = list(fn.body.body)
    at = inference_exit(stmts)
    if at is None:
        return fn
    back = stmts[at].body.body[0].with_changes(leading_lines=stmts[at].leading_lines)
    return fn.with_changes(body=fn.body.with_changes(body=stmts[:at] + [back]))


def _builds_object(value: cst.BaseExpression) -> bool:
    """A call that is no builtin (`act()`, `norm_layer(c)`, `Block(...)`): in an nn.Sequential subclass a layer."""
    func = value.func if isinstance(value, cst.Call) else None
    return func is not None and not (isinstance(func, cst.Name) and hasattr(builtins, func.value))


def _parenthesized_lambda(node: cst.BaseExpression) -> cst.BaseExpression:
    if isinstance(node, cst.Lambda) and not node.lpar:
        return node.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
    return node


def _path(name: str) -> list:
    return [int(p) if p.isdigit() else p for p in name.split(".")] if name else []


def rewrite(chunk: Chunk, stmts: list[cst.CSTNode], net: Network, info: ShapeInfo, out: Emitted,
            input_shapes=None) -> str:
    """The Keras code replacing `stmts` (the network's top-level statements in `chunk`), in the source's
    structure (`pivot.backends.styles` writes the other target styles)."""
    return _Rewriter(chunk, net, info, out).run(stmts)


__all__ = ["rewrite", "layer_code", "node_code", "TODO"]


# keras.Model attributes that cannot be set (AttributeError when the model is built; measured with Keras 3)
_UNSETTABLE = frozenset({"layers", "weights", "trainable_weights", "non_trainable_weights", "variables", "losses",
                         "metrics", "input", "output", "dtype"})


def _unsettable_assigned(module: cst.Module) -> set[str]:
    """`self.<name>` targets of assignments (also in tuples: `self.hidden, self.layers = hidden, layers`) whose
    name keras.Model does not let be set: the Keras code renames them, as it does layers held under such names."""
    found: set[str] = set()

    def target(node: cst.CSTNode) -> None:
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self" and \
                node.attr.value in _UNSETTABLE:
            found.add(node.attr.value)
        elif isinstance(node, (cst.Tuple, cst.List)):
            for el in node.elements:
                target(el.value)

    def enter(node: cst.CSTNode) -> None:
        if isinstance(node, cst.Assign):
            for t in node.targets:
                target(t.target)
        elif isinstance(node, (cst.AugAssign, cst.AnnAssign)):
            target(node.target)

    walk(module, enter)
    return found


def _weight_assignment(line: cst.SimpleStatementLine) -> cst.SimpleStatementLine | None:
    """`setattr(self, "mean", self.add_weight(...))` (a buffer, `self.register_buffer("mean", ...)`, as written in
    place) as the assignment `self.mean = self.add_weight(...)`, which the way back reads as a weight."""
    call = line.body[0].value if len(line.body) == 1 and isinstance(line.body[0], cst.Expr) else None
    if not (isinstance(call, cst.Call) and isinstance(call.func, cst.Name) and call.func.value == "setattr"
            and len(call.args) == 3 and isinstance(call.args[1].value, cst.SimpleString)
            and isinstance(call.args[2].value, cst.Call) and isinstance(call.args[2].value.func, cst.Attribute)
            and call.args[2].value.func.attr.value == "add_weight"):
        return None
    target = cst.Attribute(cst.Name("self"), cst.Name(call.args[1].value.evaluated_value))
    return line.with_changes(body=[cst.Assign([cst.AssignTarget(target)], call.args[2].value)])
