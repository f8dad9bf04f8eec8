"""Keras 3 backend: PyTorch networks rewritten as channels-last Keras code, in place.

The class, its constructor, loops, comments and names stay as written: only the expressions the pivot
model understood are replaced (layer constructors, functional ops), `forward` becomes `call` and the base
becomes `keras.Model`. Defaults that differ between the frameworks are written out.
"""
from __future__ import annotations

import re

import libcst as cst

from pivot import diagnostics as D
from pivot.backends.common import (TODO, Emitted, add_todo, call_args, expr, interface_comment,
                                   new_axis_position, remap_axis, reshape_code, same_value, shape_subscript,
                                   size_axis, span_key, tensor_list, unpacked_sizes, with_class_comment)
from pivot.catalog import CATALOG, REQUIRED, OpSpec, lookups
from pivot.frontends.source import Chunk, walk
from pivot.frontends.torch import is_add_module, ordered_dict_values
from pivot.model import Attrs, Expr, Layer, Network, Node, Value, value_code
from pivot.shapes import ShapeInfo, infer

_GLOBAL_SIZES = (1, (1,), (1, 1), (1, 1, 1), None)  # adaptive pooling output sizes that are global pooling
_ACTIVATION_LAYERS = {"ReLU": "layers.ReLU()", "ReLU6": "layers.ReLU(max_value=6.0)"}


def _keras_name(spec: OpSpec) -> str:
    return spec.keras_layer.replace("keras.layers.", "layers.")


def layer_code(layer: Layer, info: ShapeInfo, out: Emitted) -> tuple[str, tuple]:
    """Keras code for one PyTorch layer and the path (inside it) of the layer holding the weights."""
    spec = CATALOG.get(layer.op)
    attrs = layer.attrs.as_dict()
    if spec is None or layer.op == "opaque":
        return layer.source, ()
    if spec.kind == "activation":
        return activation_layer(spec, attrs, layer, info, out), ()
    if spec.shape == "rnn":
        return rnn_layer(spec, attrs), ()
    if spec.name in SUPPORTED_BY_CLASS:
        return support_layer(spec, attrs, layer, out), ()
    if spec.name == "Sequential":
        raise AssertionError("containers are rewritten from their arguments")
    if spec.name == "Permute":  # a module that only permutes (see frontends.torch.read_layer)
        return _permute_layer(layer, info, out), ()
    if spec.name == "Flatten" and layer.span in info.flatten_channels_first:
        rank = len(info.layer_in[layer.name])  # channels-last (..., C) back to PyTorch's (C, ...) first
        order = ", ".join(str(i) for i in (rank, *range(1, rank)))
        out.diagnostics.append(D.make("PIV202", layer.span, f"`{layer.source}` of an image whose size is not "
                                      "known statically: flattened in PyTorch's channels-first order",
                                      severity="information", target="keras"))
        return f"keras.Sequential([layers.Permute(({order})), layers.Flatten()])", ()
    if spec.name.startswith("Global") and attrs.get("output_size") not in _GLOBAL_SIZES:
        return _adaptive_pool(spec, attrs, layer, info, out), ()
    if spec.name == "PReLU":
        return _prelu(attrs, layer, info, out), ()
    if attrs.get("ceil_mode") and spec.name.startswith("MaxPool") and not attrs.get("return_indices"):
        return _ceil_max_pool(spec, attrs, layer, out)
    if spec.name == "Unflatten":  # its result may be a channels-first image or sequence, laid out otherwise in Keras
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: nn.Unflatten is not migrated to "
                                      "Keras yet (the result's layout differs when it is image-like)", target="keras"))
        return layer.source, ()
    if spec.name == "UpSampling2D":  # nn.Upsample: the Keras layer follows the input's rank
        x = info.layer_in.get(layer.name)
        if x is None or len(x) not in (2, 3):
            out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: nn.Upsample is migrated for a "
                                          "known 1-D or 2-D input; this input's rank is not known", target="keras"))
            return layer.source, ()
        spec = CATALOG[f"UpSampling{len(x) - 1}D"]
    unsupported = _unsupported(spec, attrs) or (spec.unsupported(attrs) if spec.unsupported else None)
    if unsupported:
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: {unsupported}", target="keras"))
        return layer.source, ()
    overrides: dict[str, Value] = {}
    prefix: list[str] = []
    subsample = _strided_dilated(spec, attrs)
    if subsample:  # Keras rejects strides > 1 with dilation_rate > 1: a stride-1 conv, then every s-th position
        attrs = dict(attrs, stride=1)
    if spec.shape in ("conv", "conv_transpose", "pool"):
        overrides, prefix = _padding(spec, attrs, layer, out)
    if spec.shape == "pool" and (attrs.get("stride") is None or same_value(attrs.get("stride"),
                                                                             attrs.get("kernel_size"))):
        overrides["stride"] = None
    if spec.name == "ZeroPad2d":
        overrides["padding"] = _keras_zero_padding(attrs.get("padding"))
    if spec.name in ("BatchNorm", "GroupNorm", "InstanceNorm") and not attrs.get("affine", True):
        overrides.update(center=False, scale=False)
    if spec.name == "LayerNorm":
        if not attrs.get("elementwise_affine", True):
            overrides.update(center=False, scale=False)
        elif not attrs.get("bias", True):
            overrides.update(center=False)
    if spec.name == "Embedding" and attrs.get("padding_idx") is not None:
        out.diagnostics.append(D.make("PIV202", layer.span, f"`{layer.source}`: padding_idx zeroes that row's "
                                      "gradient in PyTorch; Keras trains it (inference is identical)",
                                      severity="information", target="keras"))
    always = ("kernel_size",) if spec.shape == "pool" else ()
    code = f"{_keras_name(spec)}({call_args(spec, attrs, 'keras', overrides=overrides, always=always)})"
    if subsample:
        steps = ", ".join(f"::{value_code(v)}" for v in subsample)
        return (f"keras.Sequential([{''.join(p + ', ' for p in prefix)}{code}, "
                f"layers.Lambda(lambda t: t[:, {steps}])])", (len(prefix),))
    if prefix:
        return f"keras.Sequential([{', '.join(prefix)}, {code}])", (1,)
    return code, ()


SUPPORTED_BY_CLASS = {"MultiheadAttention": "TorchMultiheadAttention",
                      "TransformerEncoderLayer": "TorchTransformerEncoderLayer",
                      "TransformerEncoder": "TorchTransformerEncoder"}


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
    return f"{SUPPORTED_BY_CLASS[spec.name]}({args})"


def rnn_layer(spec: OpSpec, attrs: dict) -> str:
    """A PyTorch recurrent module as `TorchRNN`, which keeps PyTorch's outputs, so call sites stay as written."""
    args = [f'"{spec.name.lower()}"', value_code(attrs.get("hidden_size"))]
    for key, default in (("num_layers", 1), ("bias", True), ("batch_first", False), ("dropout", 0.0),
                         ("bidirectional", False), ("nonlinearity", "tanh")):
        if key in attrs and not same_value(attrs[key], default):
            args.append(f"{key}={value_code(attrs[key])}")
    return f"TorchRNN({', '.join(args)})"


def _adaptive_pool(spec: OpSpec, attrs: dict, layer: Layer, info: ShapeInfo, out: Emitted) -> str:
    """Adaptive pooling to size > 1: plain pooling when the input size is a known multiple of it, else Pivot's
    `TorchAdaptivePooling`, which pools PyTorch's (possibly overlapping) windows for any input size."""
    n = spec.spatial
    size = attrs.get("output_size")
    sizes = size if isinstance(size, tuple) else (size,) * n
    x = info.layer_in.get(layer.name)
    spatial = tuple(x[1:]) if x is not None and len(x) == n + 1 else (None,) * n
    if all(isinstance(a, int) and isinstance(b, int) and b and a % b == 0 for a, b in zip(spatial, sizes)):
        pool = tuple(a // b for a, b in zip(spatial, sizes))
        kind = "Average" if "Avg" in spec.name else "Max"
        value = pool[0] if len(set(pool)) == 1 else pool
        return f"layers.{kind}Pooling{n}D({value_code(value)})"
    if None in sizes:  # PyTorch keeps that axis as it is
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: adaptive pooling that keeps an axis "
                                      "(output size None) is not migrated; migrate it by hand", target="keras"))
        return layer.source
    return adaptive_pooling_code(spec, size)


def adaptive_pooling_code(spec: OpSpec, size: Value) -> str:
    """`TorchAdaptivePooling(...)`: the output size as a tuple when literal (the rank then needs no argument)."""
    n = spec.spatial
    args = [value_code(size if isinstance(size, tuple) or isinstance(size, Expr) else (size,) * n)]
    if isinstance(size, Expr) and n != 2:
        args.append(f"rank={n}")
    if "Max" in spec.name:
        args.append('mode="max"')
    return f"TorchAdaptivePooling({', '.join(args)})"


def _unsupported(spec: OpSpec, attrs: dict) -> str | None:
    shape = attrs.get("normalized_shape")
    if spec.name == "LayerNorm" and isinstance(shape, tuple) and len(shape) > 1:
        return "normalizing over several trailing axes is not migrated yet"
    if spec.name == "LayerNorm" and not attrs.get("elementwise_affine", True):
        return None
    if attrs.get("max_norm") is not None:
        return "max_norm has no Keras equivalent"
    if spec.name == "BatchNorm" and not attrs.get("track_running_stats", True):
        return "track_running_stats=False (batch statistics at inference) has no Keras equivalent"
    if spec.name == "BatchNorm" and "momentum" in attrs and attrs["momentum"] is None:
        return "momentum=None (a cumulative average of the batch statistics) has no Keras equivalent"
    if attrs.get("ceil_mode"):
        return "ceil_mode=True has no Keras equivalent"
    if attrs.get("return_indices"):
        return "return_indices=True has no Keras equivalent"
    if spec.shape == "pool" and not same_value(attrs.get("dilation", 1), 1):
        return "dilated pooling has no Keras equivalent"
    if spec.name.startswith("ConvTranspose") and not same_value(attrs.get("groups", 1), 1):
        return "grouped transposed convolution has no Keras equivalent"
    if spec.name.startswith("ConvTranspose") and not same_value(attrs.get("dilation", 1), 1):
        return "dilated transposed convolution has no TensorFlow kernel (Keras builds it, the call fails)"
    if spec.name == "Flatten" and (attrs.get("start_dim") != 1 or attrs.get("end_dim") != -1):
        return "only flattening from axis 1 to the end is migrated"
    if attrs.get("padding_mode", "zeros") != "zeros":
        return f"padding_mode={attrs['padding_mode']!r} has no Keras equivalent"
    if attrs.get("divisor_override") is not None:
        return "divisor_override has no Keras equivalent"
    return None


def _permute_layer(layer: Layer, info: ShapeInfo, out: Emitted) -> str:
    """A channels-last -> channels-first Permute module is the layout change itself (an identity in Keras, kept
    so that the Sequential's indices hold); another permutation of a non-image is a Permute layer."""
    dims = layer.attrs.get("dims")
    if layer.span in info.adapters:
        return "layers.Identity()"
    if info.layer_in_spatial.get(layer.name) or not dims or dims[0] != 0:
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}` moves axes of an image-like tensor "
                                      "(or the batch axis), whose layout changes in migration; migrate it by hand",
                                      target="keras"))
        return layer.source
    return f"layers.Permute({tuple(dims[1:])})"


def _padding(spec: OpSpec, attrs: dict, layer: Layer, out: Emitted) -> tuple[dict, list[str]]:
    """PyTorch's symmetric integer padding as Keras 'same'/'valid', or a ZeroPadding layer before it."""
    pad = attrs.get("padding", 0)
    n = spec.spatial
    if isinstance(pad, str):
        return {"padding": pad.lower()}, []
    pads = pad if isinstance(pad, tuple) else (pad,) * n
    if all(p == 0 for p in pads):
        return {"padding": "valid"}, []
    if spec.shape == "conv_transpose":
        k = attrs.get("kernel_size")
        ks = k if isinstance(k, tuple) else (k,) * n
        s = attrs.get("stride", 1)
        ss = s if isinstance(s, tuple) else (s,) * n
        op = attrs.get("output_padding", 0)
        ops = op if isinstance(op, tuple) else (op,) * n
        if all(isinstance(v, int) for v in ks + ss + pads + ops) and all(
                2 * p - o == kk - st for p, o, kk, st in zip(pads, ops, ks, ss)):
            return {"padding": "same", "output_padding": None}, []
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: this transposed-convolution padding "
                                      "has no Keras equivalent", target="keras"))
        return {}, []
    stride = attrs.get("stride", 1)
    k = attrs.get("kernel_size")
    d = attrs.get("dilation", 1)
    # stride 1 and (k - 1) / 2 on each side is Keras 'same'; for max pooling too ('same' never picks padding)
    if ((spec.shape == "conv" or spec.name.startswith("MaxPool")) and same_value(stride, 1) and isinstance(k, int)
            and isinstance(d, int) and all(p == d * (k - 1) // 2 for p in pads) and (k - 1) % 2 == 0):
        return {"padding": "same"}, []
    if spec.name.startswith("MaxPool"):
        out.diagnostics.append(D.make("PIV204", layer.span, f"`{layer.source}`: PyTorch pads max pooling with -inf, "
                                      "Keras ZeroPadding with 0: exact when the input is non-negative (after a "
                                      "ReLU)", target="keras"))
    if spec.name.startswith("AvgPool") and not attrs.get("count_include_pad", True):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: average pooling that excludes "
                                      "padding is not migrated", target="keras"))
    value = pads[0] if len(set(pads)) == 1 else pads
    return {"padding": "valid"}, [f"layers.ZeroPadding{n}D({value_code(value)})"]


def _prelu(attrs: dict, layer: Layer, info: ShapeInfo, out: Emitted) -> str:
    """nn.PReLU as layers.PReLU sharing its slope over every axis but the channels (the last in Keras; for
    one slope, over all axes), starting at PyTorch's `init`."""
    x = info.layer_in.get(layer.name)
    if x is None:
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: the input rank is not known "
                                      "statically, so the axes Keras's PReLU shares its slopes over cannot be "
                                      "written", target="keras"))
        return layer.source
    rank = len(x) + 1
    per_channel = not same_value(attrs.get("num_parameters", 1), 1)
    if per_channel and rank > 2 and not info.layer_in_spatial.get(layer.name, False):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: PyTorch's slopes are per axis 1, "
                                      "which is not the features axis of this sequence", target="keras"))
        return layer.source
    shared = list(range(1, rank - 1 if per_channel else rank))
    init = value_code(attrs.get("init", 0.25))
    return (f"layers.PReLU(alpha_initializer=keras.initializers.Constant({init})"
            f"{f', shared_axes={shared}' if shared else ''})")


def _strided_dilated(spec: OpSpec, attrs: dict) -> tuple | None:
    """The per-axis strides of a convolution both strided and dilated (None otherwise)."""
    stride, dilation = attrs.get("stride", 1), attrs.get("dilation", 1)
    if spec.shape != "conv" or same_value(stride, 1) or same_value(dilation, 1):
        return None
    return stride if isinstance(stride, tuple) else (stride,) * spec.spatial


def _ceil_max_pool(spec: OpSpec, attrs: dict, layer: Layer, out: Emitted) -> tuple[str, tuple]:
    """MaxPool with ceil_mode=True: PyTorch's extra last window comes from -inf padding after the input (it never
    wins the max), then valid pooling. Exact for any input size while every window starts inside the input or
    its left padding, which holds when stride <= kernel - padding; otherwise reported."""
    n = spec.spatial

    def per_axis(v: Value) -> tuple:
        return v if isinstance(v, tuple) else (v,) * n

    k, p = per_axis(attrs.get("kernel_size")), per_axis(attrs.get("padding", 0))
    s = per_axis(attrs.get("stride") if attrs.get("stride") is not None else attrs.get("kernel_size"))
    if not all(isinstance(v, int) for v in k + s + p) or not same_value(attrs.get("dilation", 1), 1) or any(
            st > kk - pp for kk, st, pp in zip(k, s, p)):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: ceil_mode=True is migrated for "
                                      "literal sizes with stride <= kernel_size - padding and no dilation",
                                      target="keras"))
        return layer.source, ()
    pads = ((0, 0),) + tuple((pp, pp + st - 1) for st, pp in zip(s, p)) + ((0, 0),)
    pad = f'layers.Lambda(lambda t: keras.ops.pad(t, {pads}, constant_values=float("-inf")))'
    one = (lambda v: value_code(v[0] if len(set(v)) == 1 else v))
    return f"keras.Sequential([{pad}, layers.MaxPooling{n}D({one(k)}, {one(s)})])", (1,)


def _keras_zero_padding(pad: Value) -> Value:
    if isinstance(pad, tuple) and len(pad) == 4:
        left, right, top, bottom = pad
        return ((top, bottom), (left, right))
    return pad


def activation_layer(spec: OpSpec, attrs: dict, layer: Layer | None, info: ShapeInfo, out: Emitted) -> str:
    if spec.name in _ACTIVATION_LAYERS:
        return _ACTIVATION_LAYERS[spec.name]
    if spec.name == "LeakyReLU":
        return f"layers.LeakyReLU(negative_slope={value_code(attrs.get('negative_slope', 0.01))})"
    if spec.name == "ELU":
        alpha = attrs.get("alpha", 1.0)
        return "layers.ELU()" if same_value(alpha, 1.0) else f"layers.ELU(alpha={value_code(alpha)})"
    if spec.name in ("Softmax", "LogSoftmax"):
        axis = _axis(attrs.get("dim"), layer.name if layer else None, None, info, out, layer)
        if spec.name == "Softmax":
            return "layers.Softmax()" if axis == "-1" else f"layers.Softmax(axis={axis})"
        if axis == "-1":
            return 'layers.Activation("log_softmax")'
        return f"layers.Activation(lambda t: keras.ops.log_softmax(t, axis={axis}))"
    if spec.name == "GELU" and attrs.get("approximate") == "tanh":
        return "layers.Activation(lambda t: keras.activations.gelu(t, approximate=True))"
    if spec.name == "Softplus" and not (same_value(attrs.get("beta", 1.0), 1.0)):
        out.diagnostics.append(D.make("PIV105", layer.span if layer else None, "Softplus with beta != 1 has no "
                                      "Keras activation", target="keras"))
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
    if isinstance(dim, int) and rank is not None and not spatial and dim % rank == rank - 1:
        dim = -1  # the last axis: Keras' default
    if dim is None:
        dim = 1 if rank in (None, 2, 4) else 0
        if where is not None:
            out.diagnostics.append(D.make("PIV204", where.span, "softmax without `dim` uses PyTorch's implicit "
                                          f"choice: axis {dim} is assumed", target="keras"))
    return value_code(remap_axis(dim, rank, spatial, to_keras=True))


def node_code(node: Node, tensors: list[cst.BaseExpression], mod: cst.Module, info: ShapeInfo,
              out: Emitted) -> str | None:
    """Keras code for a functional op or tensor method in `forward`; None leaves the source as it is."""
    spec = CATALOG.get(node.op)
    if spec is None or node.form == "operator":
        return None
    xs = [mod.code_for_node(t) for t in tensors]
    attrs = node.attrs.as_dict()
    value = node.inputs[0] if node.inputs else None
    if spec.kind == "tensor":
        return tensor_code(spec, node, xs, info, out, "keras")
    if spec.kind == "activation":
        args = ""
        if spec.name == "LeakyReLU":
            args = f", negative_slope={value_code(attrs.get('negative_slope', 0.01))}"
        elif spec.name == "ELU":
            args = f", alpha={value_code(attrs.get('alpha', 1.0))}"
        elif spec.name == "GELU":
            args = f", approximate={attrs.get('approximate') == 'tanh'}"
        elif spec.name in ("Softmax", "LogSoftmax"):
            args = f", axis={_axis(attrs.get('dim'), None, value, info, out, node)}"
        fn = spec.keras_functions[0]
        return f"{fn}({xs[0]}{args})"
    if spec.name == "Flatten":
        # the input is evaluated once: a call (a conv, a dropout in training) bound to `_flat` for its shape
        named = xs[0] if re.fullmatch(r"[A-Za-z_][\w.]*", xs[0]) else "_flat"
        bound = xs[0] if named == xs[0] else f"(_flat := {xs[0]})"
        moved = torch_order(node, bound, info, out) if node.span in info.flatten_channels_first else bound
        # the width from the traced shape: static, so a Dense layer after it can be built inside `fit`
        return f"keras.ops.reshape({moved}, (-1, math.prod({named}.shape[1:])))"
    if spec.name == "Concat":
        if value is None and attrs.get("dim", 0) != 0 and any(info.layer_in_spatial.values()):
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: Pivot cannot tell which tensors "
                                          "this concatenates (a list built by an expression), so whether its axis "
                                          "moves with the image layout; migrate it by hand", target="keras"))
            return None
        axis = _axis(attrs.get("dim", 0), None, value, info, out, node)
        return f"keras.ops.concatenate({tensor_list(node, xs, info)}, axis={axis})"
    if spec.name in ("Add", "Multiply"):
        return f"{spec.keras_functions[1]}({', '.join(xs)})"
    if spec.kind == "merge" and spec.shape == "broadcast":  # maximum, minimum
        return f"{spec.keras_functions[0]}({', '.join(xs)})"
    if spec.name.startswith(("MaxPool", "AvgPool")) and spec.shape == "pool":
        overrides, prefix = _padding(spec, attrs, Layer("", spec.name, span=node.span, source=node.source), out)
        if prefix:
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: padded functional pooling is not "
                                          "migrated; use a pooling layer", target="keras"))
            return None
        k = value_code(attrs.get("kernel_size"))
        s = value_code(attrs.get("stride") if attrs.get("stride") is not None else attrs.get("kernel_size"))
        fn = "max_pool" if spec.name.startswith("Max") else "average_pool"
        return f'keras.ops.{fn}({xs[0]}, {k}, strides={s}, padding="{overrides.get("padding", "valid")}")'
    if spec.name.startswith("Global") and attrs.get("output_size") not in _GLOBAL_SIZES:
        if None in (attrs["output_size"] if isinstance(attrs["output_size"], tuple) else ()):
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: adaptive pooling that keeps an "
                                          "axis (output size None) is not migrated", target="keras"))
            return None
        return f"{adaptive_pooling_code(spec, attrs['output_size'])}({xs[0]})"  # a stateless layer, made in place
    if spec.name.startswith("GlobalAvgPool") or spec.name.startswith("GlobalMaxPool"):
        n = spec.spatial
        axes = tuple(range(1, n + 1))
        fn = "mean" if "Avg" in spec.name else "max"
        return f"keras.ops.{fn}({xs[0]}, axis={axes}, keepdims=True)"
    if spec.name == "Dropout":
        out.diagnostics.append(D.make("PIV204", node.span, f"`{node.source}`: functional dropout is an identity at "
                                      "inference and is removed; declare a layers.Dropout to keep it in training",
                                      target="keras"))
        return xs[0]
    return None


# Attribute names keras.Model reserves: a migrated attribute with one of these names gets a trailing `_`.
RESERVED = {"layers", "weights", "trainable_weights", "non_trainable_weights", "variables", "inputs", "outputs",
            "input", "output", "losses", "metrics", "name", "dtype", "trainable", "built", "optimizer"}


def keras_attr(name: str) -> str:
    return name + "_" if name in RESERVED else name


def tensor_code(spec: OpSpec, node: Node, xs: list[str], info: ShapeInfo, out: Emitted, side: str) -> str | None:
    """A tensor op (mean, permute, matmul...) in `side`'s spelling, axes remapped for image-like values."""
    value = node.inputs[0] if node.inputs else None
    shape, spatial = info.seen(node, value)
    if node.span in info.adapters:  # moves channels for PyTorch's layout; Keras is channels-last already
        return xs[0]
    if node.span in info.channel_inserts:  # a one-channel image: Keras's channel axis is the last
        return f"keras.ops.expand_dims({xs[0]}, -1)" if side == "keras" else f"torch.unsqueeze({xs[0]}, 1)"
    if spatial and spec.layout_fixed:
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` moves axes of an image-like tensor, "
                                      "whose layout changes in migration; migrate it by hand", target=side))
        return None
    attrs = node.attrs.as_dict()
    reason = spec.unsupported(attrs) if spec.unsupported else None
    if reason:
        out.diagnostics.append(D.make("PIV103", node.span, f"`{node.source}`: {reason}", target=side))
        return None
    if spec.list_input and value is None and attrs.get("dim") not in (0, None) and any(info.layer_in_spatial.values()):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: Pivot cannot tell which tensors this "
                                      "joins, so whether its axis moves with the image layout; migrate it by hand",
                                      target=side))
        return None
    if spec.shape == "fpad" and side == "keras":
        return _pad_code(node, xs[0], attrs, shape, spatial, out)
    if spec.pair:  # (values, indices): a tuple in the target too, unpacked or indexed as written
        parts = [tensor_code(CATALOG[name], node, xs, info, out, side) for name in spec.pair]
        return None if None in parts else f"({parts[0]}, {parts[1]})"
    rank = None if shape is None else len(shape) + 1
    if spatial and rank is None and any(
            isinstance(d, int) and d not in (0, 1) for key in spec.axis_args
            for d in (attrs.get(key) if isinstance(attrs.get(key), tuple) else (attrs.get(key),))):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: the rank of this image-like tensor "
                                      "is not known statically, so its axes cannot be remapped", target=side))
        return None
    if spatial and spec.new_axis:
        axis = new_axis_position(attrs.get("dim"), rank, to_keras=side == "keras")
        if axis is None:
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` adds an axis to an image-like "
                                          "tensor that is not a spatial axis in both layouts; migrate it by hand",
                                          target=side))
            return None
        attrs["dim"] = axis
    for key in () if spatial and spec.new_axis else spec.axis_args:
        dims = attrs.get(key)
        remap = [remap_axis(d, rank, spatial, to_keras=side == "keras") for d in
                 (dims if isinstance(dims, tuple) else (dims,))]
        attrs[key] = tuple(remap) if isinstance(dims, tuple) else remap[0]
    if side == "torch" and not spec.torch_functions:  # a tensor method only (x.float())
        return f"{xs[0]}.{spec.torch_methods[0]}()"
    fn = spec.keras_functions[0] if side == "keras" else spec.torch_functions[0]
    tensors = tensor_list(node, xs, info) if spec.list_input else ", ".join(xs)
    args = call_args(spec, attrs, side)
    return f"{fn}({', '.join(part for part in (tensors, args) if part)})"


def _pad_code(node: Node, x: str, attrs: dict, shape, spatial: bool, out: Emitted) -> str | None:
    """`F.pad(x, (l, r, t, b), mode)` as keras.ops.pad with a pair per axis, the axes in Keras's layout
    (replicate is numpy's 'edge', which TensorFlow lacks; one element wide it is 'symmetric')."""
    pad = attrs["pad"]
    if shape is None or len(pad) > 2 * len(shape):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: the rank of the padded tensor is not "
                                      "known statically", target="keras"))
        return None
    rank = len(shape) + 1
    widths = [(0, 0)] * rank
    for k in range(len(pad) // 2):
        axis = remap_axis(rank - 1 - k, rank, spatial, to_keras=True) % rank
        widths[axis] = (pad[2 * k], pad[2 * k + 1])
    mode = {"constant": "", "reflect": ', mode="reflect"', "replicate": ', mode="symmetric"'}[attrs["mode"]]
    value = attrs.get("value")
    fill = f", constant_values={value_code(value)}" if value not in (None, 0, 0.0) else ""
    return f"keras.ops.pad({x}, {value_code(tuple(widths))}{mode}{fill})"


def layout_checks(net: Network, info: ShapeInfo, out: Emitted, side: str) -> None:
    """Indexing an image-like tensor means something else once its layout changes."""
    for node in net.nodes:
        if node.op == "Index" and node.inputs and info.seen(node, node.inputs[0])[1]:
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` indexes an image-like tensor, "
                                          "whose layout changes in migration; migrate it by hand", target=side))
        if node.op == "Size" and node.form == "attribute" and node.inputs and info.seen(node, node.inputs[0])[1]:
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` of an image-like tensor lists its "
                                          "axes in the source framework's order, which changes in migration; "
                                          "migrate it by hand", target=side))
    for where, what in info.layout_lost.items():
        out.diagnostics.append(D.make("PIV105", where.span, f"`{where.source}`: the features of a flattened image "
                                      "come in a different order in each framework, and Pivot cannot carry that "
                                      f"order through {what}; migrate it by hand", target=side))


def torch_order(node: Node, code: str, info: ShapeInfo, out: Emitted) -> str:
    """The input of a flatten whose image size is unknown, moved channels-first so that the flattened features
    come in PyTorch's order (the next dense layer's weights cannot be permuted for an unknown size)."""
    out.diagnostics.append(D.make("PIV202", node.span, f"`{node.source}`: the image's size is not known "
                                  "statically, so it is flattened in PyTorch's channels-first order (the next "
                                  "dense layer takes PyTorch's weights as they are)", severity="information",
                                  target="keras"))
    return f"keras.ops.moveaxis({code}, -1, 1)"


class _Rewriter(cst.CSTTransformer):
    """Replaces understood expressions by span; renames `forward`; marks what stays with TODOs."""

    def __init__(self, chunk: Chunk, net: Network, info: ShapeInfo, out: Emitted) -> None:
        self.chunk, self.net, self.info, self.out = chunk, net, info, out
        self.layers = {span_key(l.span): l for l in _all_layers(net.layers + net.templates)}
        # a local variable named `layers` would shadow `from keras import layers`
        self.shadowed = "layers" in _assigned_names(chunk.module)
        # `class Block(nn.Sequential)`: a keras.Sequential subclass
        self.sequential_base = any(isinstance(c, cst.ClassDef) and any(
            chunk.qualify(b.value) == "torch.nn.Sequential" for b in c.bases) for c in chunk.module.body)
        self.nodes = {span_key(n.span): n for n in net.nodes if n.span.line}
        self.todos: list[str] = []
        self.depth = 0
        self.renamed: set[str] = set()

    def _key(self, node: cst.CSTNode):
        return span_key(self.chunk.span(node))

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        if self.net.style == "subclass" and is_add_module(original):
            # keras.Model has no add_module; setattr registers (and tracks) the layer under the same name
            self_arg = cst.Arg(cst.Name("self"), comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
            return updated.with_changes(func=cst.Name("setattr"), args=[self_arg, *updated.args])
        if self.sequential_base and _is_super_init(original):  # super().__init__(*layers): keras.Sequential's list
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
                self.todos.append(f"`{node.source.splitlines()[0]}` is PyTorch code Pivot could not migrate")
                return updated
            if node.op in ("Reshape", "Size"):
                return self._shape_op(node, updated)
            if node.op == "Passthrough" and isinstance(updated.func, cst.Attribute):
                return updated.func.value  # .to(device) / .contiguous(): nothing to do in Keras
            if node.op in ("Zeros", "Ones"):
                return self._creation(node, updated)
            if node.op == "layer" and node.span in self.info.flatten_channels_first and updated.args:
                first = updated.args[0]
                moved = torch_order(node, self.chunk.module.code_for_node(first.value), self.info, self.out)
                return updated.with_changes(args=[first.with_changes(value=expr(moved)), *updated.args[1:]])
            tensors = _tensor_exprs(node, updated)
            code = node_code(node, tensors, self.chunk.module, self.info, self.out)
            if code is not None:
                return expr(code)
        return updated

    def leave_Subscript(self, original: cst.Subscript, updated: cst.Subscript) -> cst.BaseExpression:
        node = self.nodes.get(self._key(original))
        if node is not None and node.op == "Size":  # x.shape[i]
            return shape_subscript(node, updated, self.info, self.out, "keras")
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
        sizes = [code(a.value) for a in updated.args if a.keyword is None]
        shape = sizes[0] if len(sizes) == 1 else f"({', '.join(sizes)})"
        return expr(f"keras.ops.{node.op.lower()}({shape})")

    def _shape_op(self, node: Node, updated: cst.Call) -> cst.BaseExpression:
        code = self.chunk.module.code_for_node
        if node.form == "method" and isinstance(updated.func, cst.Attribute):
            x, args = code(updated.func.value), [code(a.value) for a in updated.args]
        else:
            x, args = code(updated.args[0].value), [code(a.value) for a in updated.args[1:]]
        if node.op == "Size":
            axis = size_axis(node, self.info, self.out, "keras") if args else None
            return expr(f"keras.ops.shape({x})" + (f"[{axis if axis is not None else args[0]}]" if args else ""))
        code = reshape_code(node, x, args, self.info.seen(node, node.inputs[0] if node.inputs else None)[1],
                            self.out, "keras")
        return expr(code) if code else updated

    def _layer(self, layer: Layer, updated: cst.Call) -> cst.BaseExpression:
        if layer.op == "Sequential":
            elements = self._layer_list(updated)
            if not elements.elements and not layer.children:  # Keras cannot call an empty Sequential
                return expr("layers.Identity()")
            return cst.Call(func=expr("keras.Sequential"), args=[cst.Arg(elements)])
        if layer.op == "opaque":
            self.todos.append(f"`{layer.source}` has no Keras equivalent in Pivot's catalog; migrate it by hand")
            return updated
        if layer.op in ("Submodel", "Built"):
            return updated
        if layer.op == "Parameter" and layer.name:
            a = layer.attrs
            trainable = "" if a.get("trainable", True) is True else f", trainable={value_code(a.get('trainable'))}"
            return expr(f'self.add_weight(shape={a.get("shape")}, initializer="{a.get("initializer")}"'
                        f'{trainable}, name="{layer.name}")')
        if layer.op == "Init":
            code = _init_code(layer, updated, self.chunk.module)
            if code is None:
                self.out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: this initialiser is "
                                                   "not migrated; initialise the Keras weight by hand",
                                                   target="keras"))
                self.todos.append(f"`{layer.source}` is PyTorch code Pivot could not migrate")
                return updated
            return expr(code)
        if layer.op in ("ModuleList", "ModuleDict"):
            # Keras tracks layers held in plain lists and dicts
            args = [a.value for a in updated.args]
            if not args:
                return expr("[]" if layer.op == "ModuleList" else "{}")
            inner = args[0]
            if isinstance(inner, (cst.List, cst.ListComp, cst.Dict, cst.DictComp)):
                return inner
            return cst.Call(func=cst.Name("list" if layer.op == "ModuleList" else "dict"), args=[cst.Arg(inner)])
        code, inner = layer_code(layer, self.info, self.out)
        if layer.op in SUPPORTED_BY_CLASS and code != layer.source:
            # PyTorch's own arguments, already translated inside (norm=nn.LayerNorm(...))
            self.out.paths[layer.name] = tuple(_path(layer.name)) if layer.name else ()
            kept = [a for a in updated.args if not (a.keyword and a.keyword.value in SUPPORT_FIXED)]
            if kept:
                kept[-1] = kept[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
            return updated.with_changes(func=cst.Name(SUPPORTED_BY_CLASS[layer.op]), args=kept)
        if code == layer.source:
            self.todos.append(f"`{layer.source}` could not be migrated (see diagnostics)")
            return updated
        if self.shadowed:
            code = re.sub(r"(?<![\w.])layers\.", "keras.layers.", code)
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
            code = re.sub(r"(?<![\w.])layers\.", "keras.layers.", code)
        return expr(f"lambda {', '.join(params)}: {code}")

    def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.BaseExpression:
        node = self.nodes.get(self._key(original))
        if node is not None and node.form == "subscript":  # torch.max(x, 1).values
            return self._one_of_pair(node, original.value, updated)
        if node is not None and node.op == "opaque":  # a tensor attribute with no catalog entry (`x.T`)
            self.todos.append(f"`{node.source}` is PyTorch code Pivot could not migrate")
            return updated
        ref = self.layers.get(self._key(original))
        if ref is not None and ref.attrs.get("classref"):
            return self._class_reference(ref)
        if (self.net.style == "subclass" and isinstance(updated.value, cst.Name) and updated.value.value == "self"
                and updated.attr.value in RESERVED and self.net.layer(updated.attr.value) is not None):
            if updated.attr.value not in self.renamed:
                self.renamed.add(updated.attr.value)
                layer = self.net.layer(updated.attr.value)
                self.out.diagnostics.append(D.make(
                    "PIV202", layer.span, f"`self.{updated.attr.value}` is reserved by keras.Model: the attribute "
                    f"is renamed `self.{keras_attr(updated.attr.value)}`", target="keras"))
            return updated.with_changes(attr=cst.Name(keras_attr(updated.attr.value)))
        return updated

    def leave_Assign(self, original: cst.Assign, updated: cst.Assign):
        """`n, c, h, w = x.shape` of an image-like tensor: the names in Keras's order (`n, h, w, c = ...`)."""
        return unpacked_sizes(updated, self.nodes.get(self._key(original.value)), self.info, self.out, "keras")

    def leave_Expr(self, original: cst.Expr, updated: cst.Expr):
        """`torch._assert(cond, msg)` (PyTorch's traceable assert) as Python's `assert cond, msg`."""
        call = original.value
        if not (isinstance(call, cst.Call) and self.chunk.qualify(call.func) == "torch._assert"
                and isinstance(updated.value, cst.Call) and 1 <= len(updated.value.args) <= 2):
            return updated
        args = [a.value for a in updated.value.args]
        return cst.Assert(test=args[0], msg=args[1] if len(args) == 2 else None)

    def leave_SimpleStatementLine(self, original, updated):
        if self.todos:
            todos, self.todos = self.todos, []
            return add_todo(updated, todos)
        return updated

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self.depth += 1
        return True

    def leave_ClassDef(self, original: cst.ClassDef, updated: cst.ClassDef) -> cst.ClassDef:
        self.depth -= 1
        if self.depth:
            return updated
        bases = []
        for base in updated.bases:
            if self.chunk.qualify(base.value) in ("torch.nn.Module", "torch.nn.Sequential"):
                base = base.with_changes(value=expr("keras.Model" if self.chunk.qualify(base.value) ==
                                                    "torch.nn.Module" else "keras.Sequential"))
            bases.append(base)
        if original.name.value == self.net.name:
            updated = with_class_comment(updated, interface_comment(self.net, self.info, "keras"))
        return updated.with_changes(bases=bases)

    def _annotation(self, annotation: cst.Annotation | None) -> cst.Annotation | None:
        """A type annotation in Keras's terms: module classes (`nn.Module`, `nn.Conv2d`) become
        `keras.layers.Layer`; one naming any other PyTorch type (`Tensor`) is dropped (None), as Keras has no
        tensor type worth writing. Annotations without PyTorch names stay as written."""
        if annotation is None:
            return None
        chunk, torch_names = self.chunk, False

        class Swap(cst.CSTTransformer):
            def on_visit(self, node: cst.CSTNode) -> bool:
                return not isinstance(node, (cst.Name, cst.Attribute))  # a dotted name is read whole

            def on_leave(self, original, updated):
                nonlocal torch_names
                if isinstance(original, (cst.Name, cst.Attribute)):
                    qual = chunk.qualify(original) or ""
                    if qual == "torch.nn.Module" or qual in lookups().torch_module:
                        return expr("keras.layers.Layer")
                    torch_names = torch_names or qual.split(".")[0] == "torch"
                return updated

        swapped = annotation.annotation.visit(Swap())
        return None if torch_names else annotation.with_changes(annotation=swapped)

    def leave_Param(self, original: cst.Param, updated: cst.Param) -> cst.Param:
        return updated.with_changes(annotation=self._annotation(original.annotation))

    def leave_AnnAssign(self, original: cst.AnnAssign, updated: cst.AnnAssign):
        """`identity: Tensor = x` loses its annotation; `layers: list[nn.Module] = []` names Keras layers."""
        annotation = self._annotation(original.annotation)
        if annotation is not None:
            return updated.with_changes(annotation=annotation)
        if updated.value is None:
            return cst.RemoveFromParent()
        return cst.Assign(targets=[cst.AssignTarget(updated.target)], value=updated.value)

    def visit_For(self, node: cst.For) -> bool:
        return not self._init_loop(node)

    def leave_For(self, original: cst.For, updated: cst.For):
        if not self._init_loop(original):
            return updated
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

    def _init_loop(self, node: cst.For) -> bool:
        """`for m in self.modules(): if isinstance(m, nn.Conv2d): nn.init...(m.weight)`: only initialisation."""
        it = node.iter
        if not (isinstance(it, cst.Call) and isinstance(it.func, cst.Attribute)
                and it.func.attr.value in ("modules", "named_modules", "children")):
            return False
        found = False

        def enter(child: cst.CSTNode) -> None:  # nn.init.x(...), or init.x(...) after `import torch.nn.init as init`
            nonlocal found
            if isinstance(child, cst.Call):
                found = found or (self.chunk.qualify(child.func) or "").startswith("torch.nn.init.")

        walk(node.body, enter)
        return found

    def leave_FunctionDef(self, original: cst.FunctionDef, updated: cst.FunctionDef) -> cst.FunctionDef:
        updated = updated.with_changes(returns=self._annotation(original.returns))
        if self.depth == 1 and updated.name.value == "forward" and self.net.style == "subclass":
            return updated.with_changes(name=cst.Name("call"))
        return updated


def _assigned_names(module: cst.Module) -> set[str]:
    """Names the module assigns: assignment (also annotated or augmented), loop and `with` targets, also
    unpacked, and parameters."""
    names: set[str] = set()

    def targets(target: cst.CSTNode) -> None:
        if isinstance(target, cst.Name):
            names.add(target.value)
        for el in getattr(target, "elements", ()):
            targets(el.value)

    def enter(node: cst.CSTNode) -> None:
        if isinstance(node, (cst.AssignTarget, cst.AnnAssign, cst.AugAssign, cst.For, cst.CompFor)):
            targets(node.target)
        elif isinstance(node, cst.AsName):
            targets(node.name)
        elif isinstance(node, cst.Param):
            names.add(node.name.value)

    walk(module, enter)
    return names


_INITS = {"normal_": ("keras.random.normal", (("mean", "mean", 0.0), ("std", "stddev", 1.0))),
          "uniform_": ("keras.random.uniform", (("a", "minval", 0.0), ("b", "maxval", 1.0)))}


def _init_code(layer: Layer, call: cst.Call, mod: cst.Module) -> str | None:
    """`nn.init.normal_(w, std=0.02)` as `w.assign(keras.random.normal(w.shape, mean=0.0, stddev=0.02))`."""
    fn = layer.attrs.get("function")
    if not call.args:
        return None
    target = mod.code_for_node(call.args[0].value)
    rest = call.args[1:]
    if fn in ("zeros_", "ones_"):
        return f"{target}.assign(keras.ops.{fn[:-1]}({target}.shape))"
    if fn == "constant_" and rest:
        return f"{target}.assign(keras.ops.full({target}.shape, {mod.code_for_node(rest[0].value)}))"
    if fn == "xavier_uniform_" and not rest:
        return f"{target}.assign(keras.initializers.GlorotUniform()({target}.shape))"
    if fn not in _INITS:
        return None
    name, params = _INITS[fn]
    given = {a.keyword.value if a.keyword else params[i][0]: mod.code_for_node(a.value) for i, a in enumerate(rest)}
    args = ", ".join(f"{keras_kw}={given.get(torch_kw, repr(default))}" for torch_kw, keras_kw, default in params)
    return f"{target}.assign({name}({target}.shape, {args}))"


def _is_super_init(call: cst.Call) -> bool:
    """`super().__init__(...)` or `super(Cls, self).__init__(...)`."""
    func = call.func
    return (isinstance(func, cst.Attribute) and func.attr.value == "__init__" and isinstance(func.value, cst.Call)
            and isinstance(func.value.func, cst.Name) and func.value.func.value == "super")


def _path(name: str) -> list:
    return [int(p) if p.isdigit() else p for p in name.split(".")] if name else []


def _all_layers(layers):
    for l in layers:
        yield l
        yield from _all_layers(l.children)


def _tensor_exprs(node: Node, call: cst.Call) -> list[cst.BaseExpression]:
    if node.form == "method" and isinstance(call.func, cst.Attribute):
        return [call.func.value]
    positional = [a.value for a in call.args if a.keyword is None]
    if node.form == "inline":  # `layers.Dot(axes=1)([a, b])`: the tensors of the application
        return [el.value for p in positional for el in (p.elements if isinstance(p, (cst.List, cst.Tuple)) else
                                                        [cst.Element(p)])]
    keyword = [a.value for a in call.args if a.keyword and a.keyword.value in ("input", "x", "inputs")]
    spec = CATALOG.get(node.op)
    if spec is not None and spec.list_input and positional and isinstance(positional[0], (cst.List, cst.Tuple)):
        return [el.value for el in positional[0].elements]
    count = len(node.tensor_args) or 1
    if node.op in ("Add", "Multiply"):
        count = 2
    return (positional[:count] + keyword)[:max(count, 1)]


def rewrite(chunk: Chunk, stmts: list[cst.CSTNode], net: Network, input_shapes=None,
            style: str = "auto") -> tuple[str, Emitted]:
    """The Keras code replacing `stmts` (the network's top-level statements in `chunk`); `style` is a
    target style of `pivot.backends.styles` (auto: the source's structure)."""
    out = Emitted()
    info = infer(net, input_shapes)
    layout_checks(net, info, out, "keras")
    if style != "auto":
        from pivot.backends.styles import to_keras
        restyled = to_keras(chunk, net, info, out, style)
        if restyled is not None:
            return restyled, out
    rewriter = _Rewriter(chunk, net, info, out)
    code = "".join(chunk.module.code_for_node(s.visit(rewriter)) for s in stmts)
    return code, out


__all__ = ["rewrite", "layer_code", "node_code", "TODO"]
