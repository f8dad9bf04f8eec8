"""PyTorch backend: Keras networks as idiomatic PyTorch (channels-first).

Subclassed models are rewritten in place (`call` -> `forward`, base -> `nn.Module`); Sequential models
become `nn.Sequential`; functional models become an `nn.Module` class whose `forward` replays the graph
with the user's variable names, plus the original builder name returning an instance.
`in_features`/`in_channels` come from static shape inference, else lazy modules with a PIV201 note.
"""
from __future__ import annotations

import ast
import re
from collections import Counter
from dataclasses import replace

import libcst as cst

from pivot import diagnostics as D
from pivot.backends.common import (Emitted, TorchBatchSizes, TorchOwnSizes, kept_factory_call, size_axis, call_args, camel, expr, interface_comment, one_line, remap_axis,
                                   index_subscript, reshape_code, same_value, shape_subscript, sized_by_tensors, tensor_code,
                                   tensor_exprs, tensor_list, is_super_init, with_moved_operand, operand, bare_in,
                                   sizes_of_unplaced_image)
from pivot.backends.entries import call_keywords, caveats, differing_defaults, seen
from pivot.backends.free_names import undefined_names
from pivot.backends.rewriter import LAYER_TENSORS, Rewriter
from pivot.backends.torch_sequential import added_value, run_orders, sequential_init
from pivot.backends.torch_state import init_code, parameter_code
from pivot.backends.torch_support import SUPPORT
from pivot.catalog import CATALOG, TORCH_CALL, Arg, OpSpec, Unsupported, lookups
from pivot.catalog.activation import BY_NAME
from pivot.catalog.domains import CHANNELS, UNITS
from pivot.catalog.attention import keras_attention_module
from pivot.catalog.normalization import FIXED_AFFINE, FIXED_BY_SWITCH
from pivot.catalog.preprocessing import training_only
from pivot.catalog.reshaping import channels_last_order
from pivot.catalog.shape_rules import per_axis
from pivot.catalog.spelling import PER_STEP_IMAGES
from pivot.catalog.tensor import TRANSPOSED_OPERANDS
from pivot.frontends.chains import self_attribute
from pivot.frontends.calls import is_initializer
from pivot.frontends.classes import method_named
from pivot.frontends.keras import attribute_prefix
from pivot.frontends.keras_state import INIT, PARAMETER
from pivot.frontends.source import written_width_tree, Chunk, small_statements, walk
from pivot.model import INPUT_RANK, TORCH_ORDER, Attrs, Expr, Layer, Network, Node, Value, iter_layers, value_code
from pivot.shapes import ShapeInfo, infer, tf_same_padding

# modules written before the one a Keras layer becomes (its padding): the weights are the next module's
PAD_MODULES = ("nn.ZeroPad", "nn.ConstantPad", "SamePadding(")


def _module_name(spec: OpSpec, rank: int | None) -> str | None:
    if spec.torch_modules_by_rank:
        return dict(spec.torch_modules_by_rank).get(rank or 0)
    return spec.torch_module


def _short(qual: str) -> str:
    return qual.replace("torch.nn.", "nn.")


def layer_code(layer: Layer, info: ShapeInfo, out: Emitted) -> tuple[str, tuple]:
    """PyTorch code for one Keras layer and the path (inside it) of the module holding the weights: an
    `nn.Sequential` when padding or an activation is split off. The layer's source: not migrated."""
    mods = layer_modules(layer, info, out)
    return (mods[0], ()) if len(mods) == 1 else ("nn.Sequential(" + ", ".join(mods) + ")", (main_module(mods),))


def main_module(mods: list[str]) -> int:
    """Which of a layer's modules holds its weights: the first that is not padding split off before it."""
    return next((i for i, m in enumerate(mods) if not m.startswith(PAD_MODULES)), 0)


def layer_modules(layer: Layer, info: ShapeInfo, out: Emitted) -> list[str]:
    """PyTorch modules for one Keras layer (several when padding or an activation is split off)."""
    spec = CATALOG.get(layer.op)
    if spec is None or layer.op in ("opaque", "Submodel"):
        return [layer.source]
    attrs = layer.attrs.as_dict() | info.sized_by_tensors.get(layer.name, {})
    if attrs.get(PER_STEP_IMAGES):
        return _per_step_modules(spec, layer, info, out)
    x = info.layer_in.get(layer.name)
    rank = layer.attrs.get(INPUT_RANK) if x is None else len(x) + 1  # a block's chain may fix it (frontends.chains)
    if spec.kind == "activation":
        mods = [activation_module(spec, attrs, layer, info, out)]
    elif spec.kind == "merge":
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}` merges several inputs; in "
                                      "PyTorch this is an operator in forward()", target="torch"))
        return [layer.source]
    else:
        problem = None if attrs.get(TORCH_CALL) else _rnn_problem(spec, attrs) if spec.recurrent_states else \
            _mha_problem(attrs, x) if spec.attention else None
        if problem:
            out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: {problem}", target="torch"))
            return [layer.source]
        if spec.recurrent_states and (attrs.get("input_dropout") or attrs.get("recurrent_dropout")):
            out.diagnostics.append(D.make("PIV203", layer.span, f"`{layer.source}`: Keras' input and recurrent "
                                          "dropout (training only) have no nn.LSTM/GRU equivalent",
                                          target="torch"))
        why = (spec.unsupported and spec.unsupported(attrs)) or _layout_problem(spec, layer, x, info) or \
            _rank_problem(spec, layer, info)
        if layer.name in info.features_last_norms and not (spec.unsupported and spec.unsupported(attrs)) \
                and not attrs.get(PER_STEP_IMAGES):
            # BatchNormalization after a dense layer, the rank untold: the same per-feature normalization of the
            # last axis at every rank (a dense layer's output is features-last in both frameworks)
            said = len(out.diagnostics)
            mods = _module(spec, attrs, layer, (x[-1],) if x else None, 2, out)  # its features: the last axis
            out.diagnostics[said:] = [replace(d, message=d.message.replace("nn.LazyBatchNorm1d",
                                                                            "LazyFeaturesLastBatchNorm"))
                                      for d in out.diagnostics[said:]]
            return [re.sub(r"\bnn\.(Lazy)?BatchNorm1d\(", lambda m: f"{m.group(1) or ''}FeaturesLastBatchNorm(", m)
                    for m in mods] + _activation_after(layer, info, out)
        if why:
            out.diagnostics.append(D.make("PIV103", layer.span, f"`{layer.source}`: {why}", target="torch"))
            return [layer.source]
        module = _keras_attention(layer, info) if spec.attention else None
        if module:
            out.diagnostics.append(D.make("PIV201", layer.span, f"`{layer.source}`: nn.MultiheadAttention cannot hold "
                                          "it (its projections' widths differ from the query's, or are known only "
                                          "where it is called): `KerasMultiHeadAttention` computes as Keras does, "
                                          + ("sized where it is built" if "widths=" in module else
                                             "sized on the first call"), target="torch"))
            return [module]
        mods = _module(spec, attrs, layer, x, rank, out)
        mods = keras_only_layer(spec, attrs, layer, mods, info, out)
    if layer.activation and layer.activation != "opaque":
        act = CATALOG[layer.activation]
        mods.append(activation_module(act, _act_defaults(act), layer, info, out, after=True))
    return mods


def _per_step_modules(spec: OpSpec, layer: Layer, info: ShapeInfo, out: Emitted) -> list[str]:
    """`TimeDistributed(Conv2D(...))`: the layer's modules for one step's image (channels-first), in Pivot's
    `TimeDistributedModule` support module; its activation after it, on every step at once."""
    plain = replace(layer, attrs=Attrs(tuple(i for i in layer.attrs.items if i[0] != PER_STEP_IMAGES)),
                    activation=None)
    mods = layer_modules(plain, info, out)
    if mods == [layer.source]:
        return mods
    inner = mods[0] if len(mods) == 1 else f"nn.Sequential({', '.join(mods)})"
    first = ", channels_first=True" if spec.layout_sensitive and spec.spatial else ""
    mods = [f"TimeDistributedModule({inner}{first})"]
    if layer.activation and layer.activation != "opaque":
        act = CATALOG[layer.activation]
        mods.append(activation_module(act, _act_defaults(act), layer, info, out, after=True))
    return mods


def _layout_problem(spec: OpSpec, layer: Layer, x, info: ShapeInfo) -> str | None:
    """Keras Reshape follows the layout of its input, which must be known."""
    if spec.needs_input_shape and x is None:
        return "the input's rank and layout are not known statically (declare the input shape)"
    if spec.layout_sensitive and spec.spatial and x is None and layer.name in info.layer_in \
            and not info.layer_in_spatial.get(layer.name, True):
        # a channels-last value of unknown rank (after a Reshape to a variable shape): whether PyTorch needs
        # its channels moved first cannot be told, and guessing "no" would be silently wrong
        return "its input keeps Keras's channels-last layout and its rank is not known statically (declare sizes)"
    return None


def _activation_after(layer: Layer, info: ShapeInfo, out: Emitted) -> list[str]:
    if not layer.activation or layer.activation == "opaque":
        return []
    act = CATALOG[layer.activation]
    return [activation_module(act, _act_defaults(act), layer, info, out, after=True)]


def _rank_problem(spec: OpSpec, layer: Layer, info: ShapeInfo) -> str | None:
    """A PyTorch twin chosen by the input's rank (BatchNorm1d/2d, a transpose to channels-first) where the rank
    was only guessed from a first dense layer, which reads any rank."""
    # (or a layer of one image rank, UpSampling1D: whether its input is a channels-last image to move was guessed)
    if layer.name in info.rank_guessed_layers and (spec.torch_modules_by_rank or spec.feature_axis == 1
                                                   or spec.layout_sensitive and spec.spatial
                                                   or spec.needs_input_shape):  # Reshape((-1,)) of (N, T, F)
        by = next(iter(info.rank_guessed_by.values()), None)
        where = f"`{by.source}`, line {by.span.line}, reads any rank" if by is not None and by.source else \
            "a dense layer reads any rank"
        return (f"its PyTorch module depends on the input's rank, which is not known statically ({where}); "
                "declare the input shape (keras.Input)")
    return None


def keras_only_layer(spec: OpSpec, attrs: dict, layer: Layer, mods: list[str], info: ShapeInfo,
                     out: Emitted) -> list[str]:
    """Keras layers PyTorch has no module for: augmentation (identity at inference, said in a PIV203 note)
    and Normalization, whose statistics lie along the channel axis in PyTorch's layout."""
    why = training_only(spec.name)
    if why:
        out.diagnostics.append(D.make("PIV203", layer.span, f"`{layer.source}`: {why}", severity="information",
                                      target="torch"))
    if spec.emit_torch_layer:  # the entry refines the generic module for its input (Permute, Reshape...)
        code = spec.emit_torch_layer(attrs, seen(layer, info, to_keras=False), mods[-1])
        if isinstance(code, Unsupported):
            out.diagnostics.append(D.make("PIV103", layer.span, f"`{layer.source}`: {code}", target="torch"))
            return [layer.source]
        mods = [code] if code else mods
    return mods


def _rnn_problem(spec: OpSpec, attrs: dict) -> str | None:
    if attrs.get("return_state") and attrs.get("bidirectional"):
        return "return_state=True of a Bidirectional RNN is not migrated yet"
    for a in spec.args:  # the one value PyTorch can express (go_backwards=False, activation="tanh"...)
        if a.torch_requires and a.name in attrs and attrs[a.name] != a.torch_requires[0]:
            return a.torch_requires[1]
    return None


def adapt_input(layer: Layer, code: str, info: ShapeInfo) -> str:
    """Transpose a layer's input between the sequence/NHWC layout and PyTorch's channels-first one."""
    move = info.adapted.get(layer.name)
    if move is None:
        return code
    kind, rank = move
    if rank == 3:
        return f"{code}.transpose(1, 2)"
    spatial = list(range(1, rank - 1)) if kind == "to_first" else list(range(2, rank))
    axes = [0, rank - 1] + spatial if kind == "to_first" else [0] + spatial + [1]
    return f"{code}.permute({', '.join(map(str, axes))})"  # any rank: a 3-D image too


def _mha_problem(attrs: dict, x) -> str | None:
    if attrs.get("output_shape") is not None or attrs.get("attention_axes") is not None:
        return "output_shape and attention_axes are not migrated to PyTorch"
    return None


def _keras_attention(layer: Layer, info: ShapeInfo) -> str | None:
    """The support module for a Keras MultiHeadAttention nn.MultiheadAttention cannot hold (None: it can)."""
    x = info.layer_in.get(layer.name)
    return keras_attention_module(layer.attrs.as_dict(), x[-1] if x else None, _attention_widths(layer, info))


def _attention_widths(layer: Layer, info: ShapeInfo) -> tuple:
    """The query, value and key widths of an attention layer's first call (the key is the value when not
    given); empty when a shape is not known."""
    shapes = info.layer_ins.get(layer.name, ())
    if not shapes or any(s is None or not s for s in shapes):
        return ()
    query, value = shapes[0][-1], shapes[1][-1] if len(shapes) > 1 else shapes[0][-1]
    return query, value, shapes[2][-1] if len(shapes) > 2 else value


def attention_call(layer: Layer, args: list[str], info: ShapeInfo) -> str:
    """keras `mha(query, value[, key])` as PyTorch's `mha(query, key, value)[0]` (the support module keeps
    Keras's signature)."""
    if _keras_attention(layer, info):
        return f"self.{layer.name}({', '.join(args)})"
    query, value = args[0], args[1] if len(args) > 1 else args[0]
    key = args[2] if len(args) > 2 else value
    return f"self.{layer.name}({query}, {key}, {value}, need_weights=False)[0]"


def rnn_call(layer: Layer, code: str) -> str:
    """A call of a PyTorch RNN written to give what the Keras layer returned."""
    attrs = layer.attrs
    if attrs.get("return_sequences"):
        return _merged(attrs, f"{code}[0]")
    if not attrs.get("bidirectional"):
        return f"{code}[0][:, -1]"
    h_n = f"{code}[1][0]" if _states(layer) > 1 else f"{code}[1]"
    # the last layer's two directions side by side, as torch.cat(list(h_n[-2:]), dim=1) gives them, in ops the way
    # back reads (a list() of a tensor is no list Pivot follows)
    return _merged(attrs, f"{h_n}[-2:].transpose(0, 1).flatten(1)")


def _merged(attrs, code: str) -> str:
    """A bidirectional output (forward and backward halves on the last axis) as Keras's merge_mode combines it."""
    mode = attrs.get("merge_mode", "concat") if attrs.get("bidirectional") else "concat"
    reduce = {"sum": "sum", "ave": "mean", "mul": "prod"}.get(mode)
    return f"torch.stack({code}.chunk(2, dim=-1)).{reduce}(0)" if reduce else code


def rnn_states(layer: Layer, node: Node, states: list[str], out: Emitted) -> str:
    """Keras `initial_state=[h(, c)]` (batch, units) as PyTorch's h_0 / (h_0, c_0) (layers, batch, units)."""
    wanted = _states(layer)
    if layer.attrs.get("bidirectional") or len(states) != wanted:
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: only the initial states of a "
                                      "one-direction RNN ([h, c] for an LSTM, [h] otherwise) are migrated",
                                      target="torch"))
    h0 = [f"{_atom(s)}.unsqueeze(0)" for s in states]
    return f"({', '.join(h0)})" if wanted > 1 else h0[0]


def keras_state_list(layer: Layer, code: str) -> str:
    """A Keras RNN's `[output, h(, c)]` (return_state) from one call of the PyTorch RNN, as one expression."""
    count = 1 + _states(layer)
    return "[" + ", ".join(state_item(layer, f"(_rnn := {code})" if i == 0 else "_rnn", i)
                           for i in range(count)) + "]"


def state_item(layer: Layer | None, value: str, index: int) -> str:
    """Element `index` of what a Keras RNN with return_state returned ([output, h, (c)]), from PyTorch's
    (output, h_n) or (output, (h_n, c_n)): the states of the last layer, the output as Keras gives it."""
    if layer is None or not layer.attrs.get("return_state") or layer.attrs.get(TORCH_CALL):
        return f"{_atom(value)}[{index}]"
    if index == 0:
        return f"{value}[0]" if layer.attrs.get("return_sequences") else f"{value}[0][:, -1]"
    return f"{value}[1][{index - 1}][-1]" if _states(layer) > 1 else f"{value}[1][-1]"


def _states(layer: Layer | None) -> int:
    """How many state tensors a layer carries: an RNN's (LSTM: h and c), 0 for any other layer and for one
    that returns PyTorch's outputs already (Pivot's `TorchRNN`)."""
    spec = CATALOG.get(layer.op) if layer is not None and not layer.attrs.get(TORCH_CALL) else None
    return spec.recurrent_states if spec is not None else 0


def _attention(layer: Layer | None) -> bool:
    """A layer called as (query, value[, key]) in Keras (not Pivot's `TorchMultiheadAttention`: PyTorch's order)."""
    spec = CATALOG.get(layer.op) if layer is not None and not layer.attrs.get(TORCH_CALL) else None
    return spec is not None and spec.attention


def _act_defaults(spec: OpSpec) -> dict:
    # A Keras activation string uses the activation function's defaults (leaky_relu: 0.2).
    return spec.keras_defaults() | dict(spec.keras_function_defaults)


def _module(spec: OpSpec, attrs: dict, layer: Layer, x, rank, out: Emitted) -> list[str]:
    inferred = {a.name for a in spec.args if a.inferred}
    overrides: dict[str, Value] = {}
    lazy = False
    for a in spec.args:
        value = _inferred_value(a, x) if a.inferred else None
        if a.inferred and value is None and a.name in attrs:  # given (Pivot's support classes take it)
            value = attrs[a.name]
        if a.inferred and value is None:
            lazy = True
        elif a.inferred:
            overrides[a.name] = value
    qual = _module_name(spec, rank)
    by_rank = dict(spec.torch_lazy_by_rank)
    if qual is None:
        qual = spec.torch_lazy if by_rank else spec.torch_module
        lazy = lazy or bool(by_rank)
    prefix: list[str] = []
    if not _per_channel(spec, attrs, layer, overrides, out):
        return [layer.source]
    for a in spec.args:
        if a.scaled_by and isinstance(overrides.get(a.name), int):
            overrides[a.name] *= attrs.get(a.scaled_by, 1)
    suffix: list[str] = []
    if spec.shape in ("conv", "conv_transpose", "pool", "depthwise"):
        p, prefix = _padding(spec, attrs, layer, x, out)
        if "module" in p:  # a support module in the layer's place (Keras 'same' average pooling)
            return prefix + [p["module"]]
        suffix = [p.pop("crop_after")] if "crop_after" in p else []
        overrides.update(p)
    if spec.shape == "pool" and (attrs.get("stride") is None or same_value(attrs.get("stride"),
                                                                             attrs.get("kernel_size"))):
        overrides["stride"] = None
    axis = attrs.get("axis", -1)
    if spec.keras_axes[1:] and isinstance(axis, int) and axis >= 0 and rank is not None and axis != rank - 1:
        # BatchNormalization(axis=3) is the channel axis of an image only: of a volume it normalizes a spatial axis
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: axis={axis} is not the channel "
                                      f"(last) axis of its rank-{rank} input; only that axis is migrated",
                                      target="torch"))
        return [layer.source]
    if by_rank and rank is not None:
        if lazy:
            qual = by_rank.get(rank, spec.torch_lazy_by_rank[0][1])
    elif by_rank:  # BatchNorm1d/2d/3d (and a transpose for sequences) depend on the rank
        modules = "/".join(dict.fromkeys(q.rsplit(".", 1)[1] for _, q in spec.torch_modules_by_rank))
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: the input rank is not known "
                                      f"statically, so which of {modules} (and which layout) is exact "
                                      "cannot be told (declare the input shape)", target="torch"))
        return [layer.source]
    elif lazy and spec.torch_lazy:
        qual = spec.torch_lazy
    if spec.shape == "global_pool" and not attrs.get("keepdims", False):
        suffix = ["nn.Flatten()"]
    if lazy and not spec.torch_lazy:
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: PyTorch needs the input size, which "
                                      "is not known statically (declare the input shape)", target="torch"))
        return [layer.source]
    caveats(spec, attrs, layer, out, "torch")
    if lazy:
        out.diagnostics.append(D.make("PIV201", layer.span, f"the input size of `{layer.source}` is not known "
                                      f"statically: `{_short(qual)}` infers it on the first call", target="torch"))
    skip = tuple(inferred) if lazy else ()
    if spec.shape == "global_pool":  # Keras pools globally; Pivot's TorchAdaptivePooling gives its output size
        args = value_code(attrs.get("output_size", 1)) if attrs.get(TORCH_CALL) else "1"
    else:
        args = call_args(spec, attrs, "torch", overrides=overrides, skip=skip)
    return prefix + [_fixed_affine(spec, attrs, f"{_short(qual)}({args})", layer, out)] + suffix


def _fixed_affine(spec: OpSpec, attrs: dict, code: str, layer: Layer, out: Emitted) -> str:
    """A Keras norm with one of center/scale off: PyTorch's affine switch holds both, so the parameter Keras does
    not have is kept at its initial constant (weight 1, bias 0) and frozen, which is exact."""
    switches = [attrs.get(s, True) is not False for s in spec.affine_switches]
    if not spec.affine_switches or not switches[0]:
        return code
    fixed = [name for (keras, name), held in zip(FIXED_BY_SWITCH, (True, all(switches)))
             if attrs.get(keras, True) is False and held]
    if not fixed:
        return code
    out.diagnostics.append(D.make("PIV203", layer.span, f"`{layer.source}`: PyTorch keeps the "
                                  f"{' and '.join(fixed)} Keras does not have, fixed at its initial value and frozen "
                                  "(requires_grad=False): outputs and training match, but it is listed in "
                                  "parameters() and the state_dict, and requires_grad_(True) would train it",
                                  severity="information", target="torch"))
    return f"{FIXED_AFFINE}({code}, {', '.join(map(repr, fixed))})"


def _per_channel(spec: OpSpec, attrs: dict, layer: Layer, overrides: dict, out: Emitted) -> bool:
    """An argument meaning "one per channel" (Keras instance norm: groups=-1) set to the inferred channel count;
    False (reported) when that count is not known."""
    for a in spec.args:
        if a.per_channel is None or attrs.get(a.name) != a.per_channel:
            continue
        channels = next((overrides.get(b.name) for b in spec.args if b.inferred), None)
        if channels is None:
            out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: {a.keras}={a.per_channel} "
                                          "needs the channel count, which is not known statically", target="torch"))
            return False
        overrides[a.name] = channels
    return True


def _inferred_value(arg: Arg, x) -> int | None:
    if not x:
        return None
    value = x[-1] if arg.inferred_from_last else x[0]
    return value if isinstance(value, (int, Expr)) else None


def _padding(spec: OpSpec, attrs: dict, layer: Layer, x, out: Emitted) -> tuple[dict, list[str]]:
    """Keras 'same' as PyTorch padding: symmetric when it can be, else an explicit pad module before."""
    pad = attrs.get("padding", 0)
    if pad == "causal":
        return _causal_padding(spec, attrs, layer, out)
    if not (isinstance(pad, str) and pad == "same"):
        return {}, []
    n = spec.spatial
    k = attrs.get("kernel_size")
    ks = k if isinstance(k, tuple) else (k,) * n
    s = attrs.get("stride")
    s = k if s is None and spec.shape == "pool" else (1 if s is None else s)
    ss = s if isinstance(s, tuple) else (s,) * n
    d = attrs.get("dilation", 1)
    ds = d if isinstance(d, tuple) else (d,) * n
    if spec.shape == "conv_transpose":
        given = attrs.get("output_padding", 0) if "output_padding" in layer.explicit else None
        return _transpose_same(layer, ks, ss, ds, out, None if given is None else per_axis(given, n))
    if spec.shape == "conv" and all(v == 1 for v in ss):
        return {"padding": "same"}, []
    if spec.shape == "depthwise" and all(v == 1 for v in ss) and not all(isinstance(v, int) for v in ks + ds):
        # ConvMixer's `DepthwiseConv2D(kernel_size=kernel_size, padding="same")`, the kernel a block parameter: at
        # stride 1 PyTorch's 'same' pads as TensorFlow does (the smaller half first) for any kernel
        return {"padding": "same"}, []
    sizes = tuple(x[1:]) if x is not None and len(x) == n + 1 else (None,) * n
    unsized = [i for i in range(n) if not isinstance(sizes[i], int) and ss[i] != 1]
    if unsized and all(isinstance(v, int) for v in ks + ss + ds):
        return _same_of_unknown_size(spec, layer, ks, ss, ds, out)
    pairs = []
    for i in range(n):
        if not all(isinstance(v, int) for v in (ks[i], ss[i], ds[i])):
            pairs = None
            break
        size = sizes[i] if isinstance(sizes[i], int) else ss[i]  # stride 1: the padding is the same for any size
        pairs.append(tf_same_padding(size, ks[i], ss[i], ds[i]))
    if pairs is not None and spec.reduction == "avg" and any(any(pair) for pair in pairs) and (
            any(a != b for a, b in pairs) or (n == 3 and any(ks[i] > 1 and not (isinstance(sizes[i], int)
                                                                                 and sizes[i] >= ks[i])
                                                             for i in range(n)))):
        # asymmetric (PyTorch pads both sides alike), or an AvgPool3d whose input may be smaller than its kernel
        # on an axis (PyTorch refuses it, padded or not)
        return _same_average(ks, ss)
    if pairs is None and (spec.shape == "conv" or spec.reduction == "max"):
        # a kernel, stride or dilation read from a parameter (`strides=strides` in a layer factory): `SamePadding`
        # computes TensorFlow's amounts on each call, exact for any value (stride 1 included)
        fill = ', value=float("-inf")' if spec.reduction == "max" else ""
        given = [v if isinstance(v, Expr) else per for v, per in ((k, ks), (s, ss), (d, ds))]  # a parameter may
        return {"padding": 0}, [f"SamePadding({', '.join(value_code(v) for v in given)}{fill})"]  # be a tuple
    if pairs is None:
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: symbolic 'same' padding is not "
                                      "migrated", target="torch"))
        return {}, []
    if all(a == b for a, b in pairs):
        sym = tuple(a for a, _ in pairs)
        if spec.reduction == "avg" and any(sym):
            return {"padding": sym[0] if len(set(sym)) == 1 else sym, "count_include_pad": False}, []
        if spec.reduction == "max" and any(sym):
            return {"padding": sym[0] if len(set(sym)) == 1 else sym}, []
        return {"padding": sym[0] if len(set(sym)) == 1 else sym}, []
    # F.pad order is last axis first: (left, right, top, bottom, front, back)
    flat = tuple(v for pair in reversed(pairs) for v in pair)
    fill = ', value=float("-inf")' if spec.reduction == "max" else ""
    pad_mod = f"nn.ConstantPad{n}d({flat}{fill or ', 0.0'})" if fill or n != 2 else f"nn.ZeroPad2d({flat})"
    if fill:
        pad_mod = f'nn.ConstantPad{n}d({flat}, float("-inf"))'
    return {"padding": 0}, [pad_mod]


def _transpose_same(layer: Layer, ks: tuple, ss: tuple, ds: tuple, out: Emitted,
                    given: tuple | None = None) -> tuple[dict, list[str]]:
    """Keras 'same' transposed convolution: TensorFlow keeps the full output from (extent - stride) // 2 on,
    for size x stride positions, so an odd extent - stride keeps one position more before than after. PyTorch
    crops `padding` on both sides: the floor on both, then the one extra position cut by a negative pad after
    (an `output_padding` of 1 would shift the output by one instead). With Keras's `output_padding` given, the
    output is (size - 1) x stride + extent - 2 (extent // 2) + output_padding long, and TensorFlow crops
    2 (extent // 2) - output_padding positions, the floor of half of them before."""
    if not all(isinstance(v, int) for v in ks + ss + ds):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: symbolic 'same' padding is not "
                                      "migrated", target="torch"))
        return {}, []
    extents = tuple((kk - 1) * dd + 1 for kk, dd in zip(ks, ds))
    if given is not None:
        return _transpose_cropped(layer, tuple(2 * (e // 2) - o for e, o in zip(extents, given)), out)
    if any(e < st for e, st in zip(extents, ss)):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: 'same' transposed convolution with "
                                      "kernel smaller than stride is not migrated", target="torch"))
        return {}, []
    return _transpose_cropped(layer, tuple(e - st for e, st in zip(extents, ss)), out)


def _transpose_cropped(layer: Layer, totals: tuple, out: Emitted) -> tuple[dict, list[str]]:
    """PyTorch padding cropping `totals` positions of the full transposed output per axis, the floor of half
    before (TensorFlow's 'same'); the odd one after by a negative pad."""
    if any(not isinstance(t, int) or t < 0 for t in totals):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: this 'same' transposed "
                                      "convolution's output_padding has no PyTorch equivalent", target="torch"))
        return {}, []
    pads = tuple(t // 2 for t in totals)
    padding = {"padding": pads[0] if len(set(pads)) == 1 else pads, "output_padding": 0}
    extra = tuple(t % 2 for t in totals)
    if not any(extra):
        return padding, []
    flat = tuple(v for odd in reversed(extra) for v in (0, -odd))  # F.pad order: last axis first
    n = len(totals)  # a negative pad crops (as Cropping1D/2D migrate); PyTorch's ZeroPad3d has no catalog entry
    return padding | {"crop_after": f"nn.ZeroPad{n}d({flat})" if n < 3 else f"nn.ConstantPad3d({flat}, 0.0)"}, []


def _same_of_unknown_size(spec: OpSpec, layer: Layer, ks: tuple, ss: tuple, ds: tuple,
                          out: Emitted) -> tuple[dict, list[str]]:
    """Keras 'same' with stride > 1 on an input of unknown size: TensorFlow's padding depends on the size, so
    a `SamePadding` module computes it on each call (-inf for max pooling, which never picks it). Average
    pooling must not count the padding: with a window of at most 2, whose padding is never before the input, it
    is ceil_mode=True (the last window may overhang the input and is neither padded nor counted) except for
    AvgPool3d, which refuses an input smaller than its kernel; otherwise `SameAveragePooling`."""
    if spec.shape == "pool" and all((k - 1) * d + 1 <= 2 for k, d in zip(ks, ds)) and (
            spec.reduction != "avg" or spec.spatial < 3 or all(k == 1 for k in ks)):
        return {"padding": 0, "ceil_mode": True}, []  # (AvgPool3d refuses an input smaller than its kernel)
    if spec.reduction == "avg":
        return _same_average(ks, ss)
    fill = ', value=float("-inf")' if spec.reduction == "max" else ""
    return {"padding": 0}, [f"SamePadding({value_code(ks)}, {value_code(ss)}, {value_code(ds)}{fill})"]


def _same_average(ks: tuple, ss: tuple) -> tuple[dict, list[str]]:
    """Keras 'same' average pooling PyTorch's AvgPool cannot express for every input size: Pivot's
    `SameAveragePooling` pads as TensorFlow does and divides each window's sum by its count of input values."""
    k, s = (v[0] if len(set(v)) == 1 else v for v in (ks, ss))
    return {"module": f"SameAveragePooling({value_code(k)}, {value_code(s)})"}, []


def _causal_padding(spec: OpSpec, attrs: dict, layer: Layer, out: Emitted) -> tuple[dict, list[str]]:
    """Keras causal padding: (kernel - 1) * dilation zeros before the sequence, then a valid convolution."""
    k, d = attrs.get("kernel_size"), attrs.get("dilation", 1)
    k, d = (v[0] if isinstance(v, tuple) and len(v) == 1 else v for v in (k, d))
    if spec.shape != "conv" or spec.spatial != 1 or not all(isinstance(v, int) for v in (k, d)):
        out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: padding='causal' is migrated "
                                      "for a 1-D convolution with a literal kernel size and dilation only",
                                      target="torch"))
        return {}, []
    return {"padding": 0}, [f"nn.ConstantPad1d(({(k - 1) * d}, 0), 0.0)"]


def activation_module(spec: OpSpec, attrs: dict, layer: Layer | None, info: ShapeInfo, out: Emitted,
                      after: bool = False) -> str:
    code = spec.emit_torch(attrs) if spec.emit_torch else None
    if code:
        return code
    if spec.axis_args:  # softmax: the axis in PyTorch's layout
        shape = info.layer_out.get(layer.name) if (layer and after) else info.layer_in.get(layer.name if layer else "")
        spatial = info.layer_in_spatial.get(layer.name, False) if layer else False
        if after and layer is not None:
            spatial = CATALOG.get(layer.op) is not None and CATALOG[layer.op].layout_sensitive and spatial
        rank = None if shape is None else len(shape) + 1
        dim = remap_axis(attrs.get("dim", -1) if attrs.get("dim") is not None else -1, rank, spatial, to_keras=False)
        return f"{_short(spec.torch_module)}(dim={value_code(dim)})"
    written = differing_defaults(spec, attrs, "torch")
    args = call_args(spec, attrs | written, "torch", skip=("inplace",), always=tuple(written))
    return f"{_short(spec.torch_module)}({args})"


def activation_call(spec: OpSpec, attrs: dict, x: str, dim_value: Value = -1) -> str:
    """The functional PyTorch call of an activation (Keras' own defaults written out where they differ)."""
    if spec.emit_torch_call:
        return spec.emit_torch_call(attrs, x)
    fn = spec.torch_functions[0].replace("torch.nn.functional.", "F.")  # the catalog's spelling
    if spec.axis_args:
        return f"{fn}({x}, dim={value_code(dim_value)})"
    return f"{fn}({x}{call_keywords(spec, attrs, 'torch')})"


def _value_dim(info: ShapeInfo, node: Node, value: str | None, axis: Value, output: bool = False) -> Value:
    shape, spatial = info.seen(node, value, output)
    rank = None if shape is None else len(shape) + 1
    return remap_axis(axis, rank, spatial, to_keras=False)


def node_code(node: Node, xs: list[str], info: ShapeInfo, out: Emitted) -> str | None:
    """PyTorch code for a functional Keras op (keras.ops / tf / layers.add...)."""
    spec = CATALOG.get(node.op)
    if spec is None or node.form == "operator":
        return None
    attrs = node.attrs.as_dict()
    value = node.inputs[0] if node.inputs else None
    if set(attrs) & set(TRANSPOSED_OPERANDS):  # tf.matmul(q, k, transpose_b=True)
        xs = [f"{_atom(x)}.transpose(-2, -1)" if attrs.get(flag) else x for x, flag in zip(xs, TRANSPOSED_OPERANDS)]
        node = replace(node, attrs=Attrs.of({k: v for k, v in attrs.items() if k not in TRANSPOSED_OPERANDS}))
    if spec.kind == "tensor":
        return tensor_code(spec, node, xs, info, out, "torch")
    if spec.kind == "activation":
        return activation_call(spec, attrs | _act_fn_defaults(spec, attrs), xs[0],
                               _value_dim(info, node, value, attrs.get("dim", -1)))
    if spec.shape == "flatten":
        written = written_width_tree(node.source)
        if written is not None and not info.seen(node, value)[1] and node.span not in info.flatten_channels_first \
                and all(isinstance(n, (ast.Name, ast.Attribute, ast.Constant, ast.BinOp, ast.operator, ast.Load))
                        for n in ast.walk(written)):
            # `keras.ops.reshape(lstm_out, (-1, self.hidden_dim))` of what is no image: -1 may merge more than the
            # batch (a sequence's steps), so the reshape as written, not a flatten of the per-sample axes
            return f"{_operand(xs[0])}.reshape(-1, {ast.unparse(written)})"
        return f"torch.flatten({keras_order(node, xs[0], info, out)}, 1)"
    if spec.shape == "pool":
        return _pool_call(spec, node, xs, info, out)
    if spec.kind == "merge" and spec.list_input:  # concatenation
        # the tensors joined share their rank and layout: any one whose shape is known tells the axis (Up's
        # `concatenate([x2, x1], axis=-1)`, x2 the block's input, x1 its ConvTranspose's image: channels, dim=1)
        value = next((v for v in node.inputs if info.seen(node, v)[0] is not None), value)
        dim = _value_dim(info, node, value, attrs.get("dim", -1))
        return f"{spec.torch_functions[0]}({tensor_list(node, xs, info)}, dim={value_code(dim)})"
    if spec.kind == "merge" and spec.shape == "broadcast":
        xs = with_moved_operand(node, spec, xs, info, "torch")
    if spec.operator:  # a + b (an operand that is itself an operation parenthesised: (a - b) * c)
        return f" {spec.operator} ".join(map(_operand, xs))
    if spec.kind == "merge" and spec.torch_code:  # layers.Attention()([query, value]): the key is the value
        # computed in Keras's order: a channels-first operand (a Conv1D's output) is moved channels-last
        xs = [f"torch.movedim({x}, 1, -1)" if info.spatial.get(v, False) else x for v, x in zip(node.inputs, xs)]
        return spec.torch_code.format(*(x if bare_in(spec.torch_code, str(i)) else operand(x)
                                        for i, x in enumerate(xs + xs[1:2] if len(xs) == 2 else xs)))
    if spec.kind == "merge" and spec.reduction == "mean":  # layers.Average()([a, b])
        return f"({' + '.join(map(_operand, xs))}) / {len(xs)}"
    if spec.kind == "merge" and "bound" in attrs and len(xs) == 1:  # keras.ops.maximum(x, 1e-7): a clamp of x
        return f"torch.clamp({xs[0]}, {spec.clamp_bound}={value_code(attrs['bound'])})"
    if spec.kind == "merge" and spec.shape == "broadcast":  # maximum, minimum (the layers take several tensors)
        code = xs[0]
        for x in xs[1:]:
            code = f"{spec.torch_functions[0]}({code}, {x})"
        return code
    if spec.shape == "dot":
        return _dot(node, xs, info, out)
    written = spec.emit_torch_call(attrs, xs[0]) if spec.emit_torch_call and len(xs) == 1 else None
    if written is not None:  # a Keras function the entry writes itself (tf.image.extract_patches)
        return written
    return _support_module_call(spec, attrs, xs)


def _pool_call(spec: OpSpec, node: Node, xs: list[str], info: ShapeInfo, out: Emitted) -> str | None:
    """`keras.ops.max_pool(x, (2, 2), strides=(2, 2), padding="valid")` of a channels-last image: PyTorch's
    functional pooling of that rank on the channels-first image (unpadded: 'same' pads as TF does, reported)."""
    attrs = node.attrs.as_dict()
    shape, image = info.seen(node, node.inputs[0] if node.inputs else None)
    n = spec.spatial
    if not image or shape is None or len(shape) != n + 1:
        out.diagnostics.append(D.make("PIV103", node.span, f"`{node.source}`: its input is not known statically to "
                                      f"be a {n}-D image (channels last), which PyTorch's pooling reads channels "
                                      "first (declare the input shape)", target="torch"))
        return None
    k, stride = attrs.get("kernel_size"), attrs.get("stride")
    sizes, steps = per_axis(k, n), per_axis(stride, n) if stride is not None else per_axis(k, n)
    padded = ""
    if attrs.get("padding", 0) == "same" and all(s == 1 for s in steps) and \
            all(isinstance(s, int) and s % 2 for s in sizes):
        # stride 1, odd windows: TF's 'same' pads (k - 1) / 2 each side, never counted (max: -inf, avg: excluded)
        pads = tuple(s // 2 for s in sizes)
        padded = f", padding={value_code(pads[0] if len(set(pads)) == 1 else pads)}" + \
            (", count_include_pad=False" if spec.reduction == "avg" else "")
    elif attrs.get("padding", 0) not in (0, (0,) * n):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: functional pooling with "
                                      "padding='same' is migrated for stride 1 and odd pool sizes only; use a pooling "
                                      "layer", target="torch"))
        return None
    fn = spec.torch_functions[0].replace("torch.nn.functional.", "F.")
    strided = f", stride={value_code(stride)}" if stride is not None and stride != k else ""
    return f"{fn}({xs[0]}, {value_code(k)}{strided}{padded})"


def _support_module_call(spec: OpSpec, attrs: dict, xs: list[str]) -> str | None:
    """A Keras function whose entry's PyTorch form is a parameterless module Pivot writes (`DepthToSpace`):
    the module built and applied in place."""
    if len(xs) == 1 and attrs.get(TORCH_CALL) and spec.weight_rule is None and spec.torch_module:
        # Pivot's stateless Keras support layer applied in place (`TorchPixelShuffle(2)(x)`): the module, likewise
        return f"{_short(spec.torch_module)}({call_args(spec, attrs, 'torch')})({xs[0]})"
    if spec.torch_module not in SUPPORT or len(xs) != 1:
        return None
    return f"{spec.torch_module}({call_args(spec, attrs, 'torch')})({xs[0]})"


def _dot(node: Node, xs: list[str], info: ShapeInfo, out: Emitted) -> str | None:
    """Keras's Dot on (batch, features) vectors: a per-sample dot product, cosine similarity if normalized; on
    two (batch, steps, features) sequences (not image-like: their axes stay), a batched matrix product over
    the axis both reduce (features: (N, T, T); steps: (N, F, F))."""
    attrs = node.attrs.as_dict()
    seen = [info.seen(node, v) for v in node.inputs]
    ranks = {None if shape is None else len(shape) + 1 for shape, _ in seen}
    axes = attrs.get("axes")
    over = {1: 1, -1: 2, 2: 2, (1, 1): 1, (2, 2): 2, (-1, -1): 2}.get(axes) if ranks == {3} else \
        -1 if ranks == {2} and axes in (1, -1, (1, 1), (-1, -1)) else None
    if set(node.inputs) & info.rank_guessed:  # a dense layer read any rank: vectors or sequences is a guess
        out.diagnostics.append(D.make("PIV105", node.span, "`Dot`: its inputs' rank is not known statically (a "
                                      "dense layer reads any rank), and which product it is depends on it; "
                                      "declare the input shape (keras.Input)", target="torch"))
        return None
    if len(xs) != 2 or over is None or any(sp for _, sp in seen):
        out.diagnostics.append(D.make("PIV105", node.span, "`Dot` is migrated for two (batch, features) inputs "
                                      "and axes=1, or two sequences (not image-like) reduced over one same axis",
                                      target="torch"))
        return None
    a, b = (f"F.normalize({x}, dim={over})" for x in xs) if attrs.get("normalize") else xs
    if over == 2:
        return f"torch.bmm({a}, torch.transpose({b}, 1, 2))"
    if over == 1:
        return f"torch.bmm(torch.transpose({a}, 1, 2), {b})"
    return f"({a} * {b}).sum(-1, keepdim=True)"


def keras_order(node: Node, code: str, info: ShapeInfo, out: Emitted) -> str:
    """The input of a flatten whose image size is unknown, moved channels-last so that the flattened features
    come in Keras's order (the next dense layer's weights cannot be permuted for an unknown size)."""
    if node.span not in info.flatten_channels_first:
        return code
    _keras_order_note(node, out)
    return f"torch.movedim({code}, 1, -1)"


def _keras_order_note(where, out: Emitted) -> None:
    out.diagnostics.append(D.make("PIV202", where.span, f"`{where.source}`: the image's size is not known "
                                  "statically, so it is flattened in Keras's channels-last order (the next "
                                  "dense layer takes Keras's weights as they are)", severity="information",
                                  target="torch"))


def _keras_order_permute(layer: Layer, info: ShapeInfo, out: Emitted) -> str:
    """The module before a Flatten in nn.Sequential of an image whose size is unknown (a Keras helper's Sequential
    its callers give images): the image moved channels-last, so the features come in Keras's order (the next dense
    layer takes Keras's weights as they are), as `keras_order` does for a flatten called in a forward."""
    _keras_order_note(layer, out)
    rank = len(info.layer_in[layer.name]) + 1  # with the batch axis
    return f"Permute({value_code(channels_last_order(rank)[1:])})"


def _operand(code: str) -> str:
    """An operand of a Python operator: parenthesised when it is itself an operation (`a - b` in `(a - b) * c`)."""
    try:
        node = ast.parse(code.strip(), mode="eval").body
    except SyntaxError:
        return f"({code})"
    return f"({code})" if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.IfExp,
                                            ast.Lambda, ast.NamedExpr)) else code


def _atom(code: str) -> str:
    """Parenthesise an expression that a method call would bind to only in part."""
    return code if code.isidentifier() or code.endswith(")") and code.count("(") == 1 else f"({code})"


def _act_fn_defaults(spec: OpSpec, attrs: dict) -> dict:
    return {k: v for k, v in spec.keras_function_defaults if k not in attrs}


# -- whole networks -----------------------------------------------------------------------------------------
def sequential_code(layers: tuple[Layer, ...], info: ShapeInfo, out: Emitted, indent: str,
                    prefix_path: tuple = ()) -> str:
    """`nn.Sequential(...)` for Keras layers; records where each layer's weights land."""
    items: list[str] = []
    for layer in layers:
        if layer.name in info.adapted:
            out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}` reads channels-last data that "
                                          "PyTorch wants channels-first; nn.Sequential cannot transpose in between: "
                                          "use a subclassed or functional model", target="torch"))
        if _states(layer):
            out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: a PyTorch RNN returns a tuple, "
                                          "which nn.Sequential cannot pass on; use a subclassed or functional "
                                          "model", target="torch"))
            items.append(f"nn.Identity(),  # TODO(pivot): `{one_line(layer.source)}` not migrated")
            continue
        if layer.op == "Sequential":
            var = layer.attrs.get("var")
            code = sequential_code(layer.children, info, out, "    " if var else indent + "    ",
                                   prefix_path + (len(items),))
            if var:  # kept in its variable, as the source has it
                out.local_code[var] = code
                code = var
            items.append(code + ",")
            continue
        mods = layer_modules(layer, info, out)
        main = main_module(mods)
        out.paths[layer.name] = prefix_path + (len(items) + main,)
        # a layer over the channel axis of an image (shapes._around): applied channels-last, the image stays
        around = (lambda code: f"ChannelsLast({code})") if layer.span in info.around else (lambda code: code)
        if layer.span in info.around:
            out.paths[layer.name] += ("module",)
        if layer.op in ("Submodel", "Built"):  # a layer class or builder of the file, migrated with it
            items.append(around(layer.source) + ",")
            continue
        if layer.attrs.get("var") and len(mods) == 1 and mods != [layer.source]:
            items.append(around(layer.attrs.get("var")) + ",")  # built where it is assigned (`_Rewriter.spanned_layers`)
            continue
        if layer.op == "opaque" or mods == [layer.source]:
            items.append(f"nn.Identity(),  # TODO(pivot): `{layer.source}` not migrated")
            continue
        if layer.span in info.flatten_channels_first:
            mods = [_keras_order_permute(layer, info, out), *mods]
            out.paths[layer.name] = prefix_path + (len(items) + main + 1,)
        items.extend((around(m) if i == main else m) + "," for i, m in enumerate(mods))
    body = "".join(f"{indent}    {item}\n" for item in items)
    return f"nn.Sequential(\n{body}{indent})"


def functional_class(net: Network, info: ShapeInfo, out: Emitted, taken=frozenset()) -> str:
    """An nn.Module replaying a functional Keras graph, with the builder kept as a factory. `taken`: the file's
    imported names, which the class must not shadow (`from keras.models import Model` then `model = Model(...)`
    would name it `Model`: the import stays, still read)."""
    cls = camel(net.name if net.name != "model" else (net.binding or "model"))
    if cls in (net.name, net.binding):  # `def ResNet18(...)`: the builder kept as a factory must not call itself
        cls = f"{cls}Module"
    while cls in taken:
        cls += "Net"
    params = ", ".join(["self"] + [p.name + (f"={value_code(p.default)}" if p.has_default else "")
                                   for p in net.params])
    lines = [f"class {cls}(nn.Module):"]
    comment = interface_comment(net, info, "torch")
    if comment:
        lines.append(f"    {comment}")
    if net.docstring:
        lines.append(f'    """{net.docstring}"""')
        lines.append("")
    lines += [f"    def __init__({params}):", "        super().__init__()"]
    lines += _pinned_checks(net)
    for layer in net.layers:
        if CATALOG.get(layer.op) is not None and CATALOG[layer.op].kind == "merge":
            continue
        if layer.op == "Sequential":  # a Sequential sub-model (possibly shared by several calls)
            code = sequential_code(layer.children, info, out, "        ", (layer.name,))
            lines.append(f"        self.{layer.name} = {code}")
            continue
        mods = layer_modules(layer, info, out)
        act = layer.activation and layer.activation != "opaque"
        if act:
            mods = mods[:-1]
        if len(mods) == 1:
            code = mods[0]
            out.paths[layer.name] = (layer.name,)
        else:
            main = main_module(mods)
            out.paths[layer.name] = (layer.name, main)
            code = "nn.Sequential(" + ", ".join(mods) + ")"
        if mods == [layer.source] and layer.op == "Submodel":
            code = layer.source  # a custom layer of the file, migrated under its own name
        elif mods == [layer.source]:
            lines.append(f"        # TODO(pivot): `{one_line(layer.source)}` not migrated")
            code = "nn.Identity()"
        lines.append(f"        self.{layer.name} = {code}")
    inputs = ", ".join(net.inputs)
    lines += ["", f"    def forward(self, {inputs}):"]
    pending: dict[str, str] = {}
    uses = Counter(v for node in net.nodes for v in node.inputs)
    for node in net.nodes:
        code = _forward_node(net, node, pending, info, out)
        if code is None:
            continue
        name = node.outputs[0] if node.outputs else None
        if name and name.startswith("%") and uses[name] <= 1:  # inlined where it is used
            pending[name] = code
        elif name:  # named by the source, or an unnamed value used more than once
            lines.append(f"        {_var(name)} = {code}")
    outs = [pending.get(o, _var(o)) for o in net.outputs]
    if net.output_keys:  # Keras's named outputs: a dict with the same keys
        outs = ["{" + ", ".join(f"{_string(k)}: {o}" for k, o in zip(net.output_keys, outs)) + "}"]
    lines.append(f"        return {', '.join(outs)}" if len(outs) != 1 else f"        return {outs[0]}")
    lines = _held_parameters(net, lines)
    text = "\n".join(lines) + "\n"
    return text, cls


def _held_parameters(net: Network, lines: list[str]) -> list[str]:
    """A builder parameter the forward pass reads (keras.io ESPCN's `tf.nn.depth_to_space(x, upscale_factor)`):
    kept by __init__ as `self.<name>` and read from there (a local of forward() cannot see __init__'s parameters)."""
    at = next(i for i, line in enumerate(lines) if line.startswith("    def forward("))
    local = set(net.inputs) | {_var(o) for node in net.nodes for o in node.outputs} | {l.name for l in net.layers}
    read = [p.name for p in net.params if p.name not in local and any(
        re.search(rf"(?<![.\w]){p.name}\b(?!\s*=[^=])", line) for line in lines[at + 1:])]
    if not read:
        return lines
    forward = [re.sub(rf"(?<![.\w])({'|'.join(read)})\b(?!\s*=[^=])", r"self.\1", line) for line in lines[at + 1:]]
    init_end = at - 1 if lines[at - 1] == "" else at
    held = [f"        self.{name} = {name}" for name in read]
    return lines[:init_end] + held + lines[init_end:at + 1] + forward


def _string(text: str) -> str:
    """A string literal in double quotes where it needs no escapes, as Keras code writes its names."""
    return f'"{text}"' if re.fullmatch(r"[\w .-]*", text) else repr(text)


def _pinned_checks(net: Network) -> list[str]:
    """__init__ refuses a parameter value other than the one a builder loop was unrolled for."""
    return [f"        if {name} != {value_code(value)}:\n            raise ValueError(\"Pivot migrated the builder "
            f"for {name}={value_code(value)}; migrate again with the value you need\")"
            for name, value in net.pinned]


_IMPORTED = {"torch", "nn", "F", "math"}  # the imports migrate adds to the file (migrate.IMPORTS)


def undefined_name_errors(text: str, net: Network, out: Emitted, chunk: Chunk) -> None:
    """PIV104 for each name the generated class reads that nothing defines there: never exit 0 on code that
    raises NameError when the model is built."""
    ctx = chunk.ctx
    defined = (set(ctx.module_names) | set(dict(ctx.aliases)) | set(dict(ctx.local_classes))
               | set(ctx.local_functions) | _IMPORTED
               | set(SUPPORT))
    for name in dict.fromkeys(name for name, _ in undefined_names(text, defined)):
        layer = next((l for l in net.layers if re.search(rf"(?<![.\w]){name}\b", l.source or "")), None)
        span = layer.span if layer is not None and layer.span is not None else net.span
        out.diagnostics.append(D.make("PIV104", span, f"`{name}` is read by the generated `{net.name}` but defined "
                                      "nowhere it can see: a value of the source Pivot did not "
                                      "carry over; migrate it by hand", target="torch"))


def _var(name: str) -> str:
    """The variable for a dataflow value: unnamed ones (`%3`) used more than once become `out3`."""
    return f"out{name[1:]}" if name.startswith("%") else name


class _SizesRead(cst.CSTTransformer):
    """`x.shape[i]` reads of an index's tensor in its bounds: on the tensor's code, the axis in PyTorch's layout."""

    def __init__(self, sizes: dict, x: str, info: ShapeInfo, out: Emitted) -> None:
        self.sizes, self.x, self.info, self.out = sizes, x, info, out

    def leave_Subscript(self, original: cst.Subscript, updated: cst.Subscript) -> cst.BaseExpression:
        size = self.sizes.get(cst.Module([]).code_for_node(original))
        if size is None or not isinstance(size.attrs.get("dim"), int):
            return updated
        axis = size_axis(size, self.info, self.out, "torch")
        return cst.parse_expression(f"{_atom(self.x)}.shape[{size.attrs.get('dim') if axis is None else axis}]")


def _forward_node(net: Network, node: Node, pending: dict[str, str], info: ShapeInfo, out: Emitted) -> str | None:
    if node.op == "Loop":
        return None
    xs = [pending.pop(v, _var(v)) for v in node.inputs]
    if node.op == "layer":
        layer = net.layer(node.layer or "")
        spec = CATALOG.get(layer.op) if layer else None
        if spec is not None and spec.kind == "merge":
            merged = Node(layer.op, node.inputs, node.outputs, attrs=layer.attrs, form="function")
            return node_code(merged, with_moved_operand(node, spec, xs, info, "torch"), info, out)
        if xs and layer.name in info.adapted:  # attention reads query, value and key in the same layout
            moved = len(xs) if _attention(layer) else 1
            xs = [adapt_input(layer, _atom(x), info) for x in xs[:moved]] + xs[moved:]
        if _attention(layer):
            return attention_call(layer, xs, info)
        if xs:
            xs[0] = keras_order(node, xs[0], info, out)
        if node.attrs.get("initial_states"):
            xs = [xs[0], rnn_states(layer, node, xs[1:], out)]
        code = f"self.{layer.name}({', '.join(xs)})"
        if _states(layer) and not layer.attrs.get("return_state"):
            code = rnn_call(layer, code)  # with return_state, the callers pick from the raw tuple
        if layer.activation and layer.activation != "opaque":
            act = CATALOG[layer.activation]
            dim = _value_dim(info, node, node.outputs[0], -1, output=True)
            code = activation_call(act, _act_defaults(act), code, dim)
        return code
    if node.op == "Alias":
        return xs[0]
    if node.op == "Getitem":  # `a, b = f(x)`: one element of a layer's tuple/list result
        return state_item(net.producer(node.inputs[0]), xs[0], node.attrs.get("index"))
    if node.op == "opaque":
        out.diagnostics.append(D.make("PIV102", node.span, f"`{node.source}` kept as written", target="torch"))
        return f"{node.source}  # TODO(pivot): not migrated"
    if node.form == "operator" and len(xs) == 2 and len(node.inputs) == 2 and CATALOG.get(node.op) is not None \
            and CATALOG[node.op].kind == "merge":
        # `a + b` of two tensors, from the values it reads: an inlined block's names are not the model's; an
        # operand keeping the source's axes moved where the image's channels go (read where this node read it;
        # `x * se` of a Keras `Reshape((1, 1, C))`: the replaced node is not in `info.at`)
        xs = with_moved_operand(node, CATALOG[node.op], xs, info, "torch")
        return node_code(replace(node, form="function"), xs, info, out) or node.source
    if node.op == "Index" and xs:  # `x[:, -1, :]` of an image: its items in PyTorch's axis order
        written = cst.parse_expression(node.source)
        if isinstance(written, cst.Subscript):
            # the sizes its bounds read of the same tensor (`x[:, :x.shape[1] // 2]`): that tensor's code, the axis
            # in PyTorch's layout, as the index's items move
            sizes = {n.source: n for n in net.nodes if n.op == "Size" and n.form == "subscript" and
                     n.inputs[:1] == node.inputs[:1] and n.span.line == node.span.line and
                     node.span.col <= n.span.col and n.span.end_col <= node.span.end_col}
            written = written.with_changes(slice=[el.visit(_SizesRead(sizes, xs[0], info, out))
                                                  for el in written.slice])
            moved = index_subscript(node, written.with_changes(value=cst.parse_expression(_atom(xs[0]))), info,
                                    "torch")
            return cst.Module([]).code_for_node(moved)
    if node.form == "operator" and node.op == "Arith" and node.attrs.get("operand") is not None \
            and len(xs) == (2 if node.attrs.get("operand") == 2 else 1) and not any("#" in x for x in xs):
        # `t * 2.0`, `v[0] - v[1]` of an inlined block or a Lambda: each tensor from its value, a constant as the
        # reader gave it (an operand kept as written with its TODO: the line as written, reported)
        written = cst.parse_expression(node.source)
        other = node.attrs.get("other") or ""
        other = other if re.fullmatch(r"[\w.]+", other) else f"({other})"
        parts = {0: (_atom(xs[0]), other), 1: (other, _atom(xs[0]))}.get(node.attrs.get("operand")) or \
            tuple(_atom(x) for x in xs)
        return cst.Module([]).code_for_node(written.with_changes(left=cst.parse_expression(parts[0]),
                                                                 right=cst.parse_expression(parts[1])))
    if node.form == "operator" and node.op == "Arith" and len(xs) == 1 and "#" not in xs[0] and isinstance(
            written := cst.parse_expression(node.source or "None"), cst.UnaryOperation):  # `-x`, of its value
        return cst.Module([]).code_for_node(written.with_changes(expression=cst.parse_expression(_atom(xs[0]))))
    if node.form == "operator":
        return node.source
    code = node_code(node, xs, info, out)
    return code if code is not None else node.source


# keras.layers.Layer methods that create weights or losses: never copied into an nn.Module as they are
KERAS_STATE_METHODS = ("add_weight", "add_variable", "add_loss")


def _keras_state(call: cst.Call) -> bool:
    """`self.add_weight(...)` (keras.io's custom `Linear` layer)."""
    func = call.func
    return (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "self"
            and func.attr.value in KERAS_STATE_METHODS)


def _unbound_flat(stmt: cst.SimpleStatementLine) -> cst.SimpleStatementLine:
    """Pivot's Keras flatten `keras.ops.reshape((_flat := f(x)), (-1, math.prod(_flat.shape[1:])))` read back as
    `torch.flatten((_flat := f(x)), 1)`: the binding nothing reads any more goes."""
    names, bound = [], []

    def see(n: cst.CSTNode) -> None:
        if isinstance(n, cst.Name) and n.value == "_flat":
            names.append(n)
        elif isinstance(n, cst.NamedExpr) and isinstance(n.target, cst.Name) and n.target.value == "_flat":
            bound.append(n)

    walk(stmt, see)
    if len(bound) != 1 or len(names) != 1:
        return stmt

    class Unbind(cst.CSTTransformer):
        def leave_NamedExpr(self, original, updated):
            return updated.value if original is bound[0] else updated

    return stmt.visit(Unbind())


class _Rewriter(Rewriter):
    """Keras subclassed models and Sequential builders rewritten in place."""

    TARGET = "torch"
    ORIGIN = "Keras"
    BASES = {"keras.Model": "nn.Module", "keras.Layer": "nn.Module", "keras.Sequential": "nn.Sequential"}
    ENTRY = ("call", "forward")
    LAYER_CLASS, ORIGIN_ROOTS = "nn.Module", ("keras", "tensorflow")

    def __init__(self, chunk: Chunk, net: Network, info: ShapeInfo, out: Emitted) -> None:
        super().__init__(chunk, net, info, out)
        self.inline_starts = {(n.span.line, n.span.col) for n in net.nodes if n.form == "inline"}
        self.remove_statement = False
        self.sequential_classes: list[bool] = []  # for each enclosing class: does it subclass keras.Sequential
        # what `.add` appends to: `self` in a keras.Sequential subclass, the model's Sequential attributes
        self.receivers = {l.name for l in net.layers if l.op == "Sequential"}
        self.model_bases: list[bool] = []  # per enclosing class: whether it extends a model class of the file
        self.builds = False  # the model class has a build(self, input_shape) that forward() calls first (Keras's)
        self.has_init = True  # the model class has an __init__ (which sets `self.built = False`)
        self.scope: cst.CSTNode | None = None  # the class (or function) rewritten: where its names are read

    def spanned_layers(self, net: Network):
        # a Sequential's element held in a local variable (`final_conv`): rewritten where it is assigned
        return net.layers + net.templates + tuple(l for l in iter_layers(net.layers) if
                                                  l.attrs.get("var") and l.op != "Sequential")

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        if not self.depth:
            self.scope = node
        if not self.depth and node.name.value == self.net.name:
            self.builds = _builds(node, self.chunk, self.net, self.info, self.out)
            self.has_init = method_named(node, "__init__") is not None
        sequential = any(self.chunk.qualify(b.value) == "keras.Sequential" for b in node.bases)
        self.sequential_classes.append(sequential)
        self.model_bases.append(any(self.chunk.local_class(b.value) for b in node.bases))
        if sequential:
            in_torch, in_keras = run_orders(node)
            if in_torch != in_keras:
                self.out.diagnostics.append(D.make(
                    "PIV104", self.chunk.span(node.name), f"`{node.name.value}` adds the layers it assigns to "
                    "attributes in another order, or not all of them: an nn.Sequential subclass runs every module it "
                    "assigns, in the order assigned; assign them in the order they run", target="torch"))
        return super().visit_ClassDef(node)

    def leave_ClassDef(self, original: cst.ClassDef, updated: cst.ClassDef) -> cst.ClassDef:
        self.sequential_classes.pop()
        self.model_bases.pop()
        return super().leave_ClassDef(original, updated)

    def _sequential_call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression | None:
        """In a keras.Sequential subclass, `super().__init__([...])` and `self.add(self.norm)` (the assignment
        already appends it in PyTorch: the statement goes); `.add(x)` on a Sequential is `.append(x)`."""
        in_sequential = bool(self.sequential_classes) and self.sequential_classes[-1]
        if in_sequential and is_super_init(original):
            return sequential_init(updated)
        value = added_value(original, self.receivers | ({"self"} if in_sequential else set()))
        if value is None:
            return None
        if in_sequential and self_attribute(value) and self_attribute(original.func.value) is None:
            self.remove_statement = True
            return updated
        return updated.with_changes(func=updated.func.with_changes(attr=cst.Name("append")))

    def held_layer(self, layer: Layer) -> str:
        return self.read_back_code(layer_code(layer, self.info, self.out)[0])

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        sequential = self._sequential_call(original, updated)
        if sequential is not None:
            return sequential
        serialized = self._serialized_activation(original)
        if serialized is not None:
            return serialized
        if _keras_state(original) and self._key(original) not in self.layers:  # not read as a weight
            self.out.diagnostics.append(D.make(
                "PIV102", self.chunk.span(original), f"`{self.chunk.text(original.func)}(...)` creates Keras state "
                "(a custom layer's weight, often in `build()` from the input's shape) that an nn.Module has no "
                "call for; not migrated yet: write it as an nn.Parameter by hand", target="torch"))
            self.kept(self.chunk.text(original))
            return updated
        key = self._key(original)
        layer = self.layers.get(key)
        if layer is not None and CATALOG.get(layer.op) is not None and CATALOG[layer.op].kind == "merge":
            # a merge is an operator at its call sites in PyTorch (built and applied at once: the call is the op)
            self.remove_statement = (key[0], key[1]) not in self.inline_starts
            return updated
        if layer is not None:
            if layer.op == "Sequential" and layer.attrs.get("dynamic") and len(updated.args) == 1:
                # keras.Sequential([Block(d) for _ in range(n)]) / ([*blocks]): the list as rewritten, unpacked
                items = updated.args[0].value
                if isinstance(items, cst.List):  # [first, *rest]: nn.Sequential(first, *rest)
                    return expr("nn.Sequential(" + ", ".join(
                        ("*" if isinstance(el, cst.StarredElement) else "") + self.chunk.module.code_for_node(el.value)
                        for el in items.elements) + ")")
                return cst.Call(func=expr("nn.Sequential"), args=[cst.Arg(items, star="*")])
            if layer.op == "Sequential":
                prefix = tuple(int(p) if p.isdigit() else p for p in layer.name.split("."))
                return expr(sequential_code(layer.children, self.info, self.out, "        ", prefix))
            if layer.op in ("Submodel", "Built") or kept_factory_call(layer, self.info, layer_code):
                return updated
            if layer.op in ("ModuleList", "ModuleDict"):
                return cst.Call(func=expr(f"nn.{layer.op}"), args=[cst.Arg(updated)])
            if layer.op in (PARAMETER, INIT):  # Keras's add_weight and its assign(...) refill
                return expr(parameter_code(layer, self.out) if layer.op == PARAMETER else init_code(layer))
            mods = [self.read_back_code(m) for m in layer_modules(layer, self.info, self.out)]
            if mods == [layer.source]:
                self.not_migrated(layer)
                return updated
            if layer.activation and layer.activation != "opaque" and layer not in self.net.templates:
                mods = mods[:-1]  # applied at the call sites (a template's are not known: it keeps its own)
            unconverted = _unconverted_arguments(layer) if layer in self.net.templates else []
            if unconverted:  # `padding=padding` of a pooling factory: 'valid' is PyTorch's 0, known only at the calls
                self.out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: the Keras value of "
                                                   f"{', '.join(f'`{k}`' for k in unconverted)} is given where the "
                                                   "function is called, and PyTorch spells it differently; the "
                                                   "layers its callers build are migrated in place, this function "
                                                   "is not: migrate it by hand", target="torch"))
                self.not_migrated(layer)
                return updated
            if layer.activation == "opaque" and (layer in self.net.templates or self.net.style == "subclass"):
                named = _activation_parameter(layer, self.net)  # `activation=activation`, a parameter
                if named is None:
                    self.out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}`: its activation is "
                                                       "not one Pivot can name here", target="torch"))
                    self.not_migrated(layer)
                    return updated
                mods = mods + [f"KerasActivation({named})"]  # the Keras name given when it is called
            main = main_module(mods)
            self.out.paths[layer.name] = (layer.name,) if len(mods) == 1 else (layer.name, main)
            form = CATALOG[layer.op].support_call if layer.attrs.get(TORCH_CALL) else None
            if form is not None and not form.leading and not form.skipped and len(mods) == 1:
                # Pivot's support class takes PyTorch's arguments: the module's name, the arguments as rewritten
                # (a layer given as one, `norm=layers.LayerNormalization(...)`, is migrated in place)
                # (less the keywords that only select the entry: `TorchMaxPool(3, 2, 1, rank=1)` is nn.MaxPool1d)
                chosen = {k for k, *_ in form.selects} | ({"rank"} if form.rank else set())
                kept = [a for a in updated.args if not (a.keyword is not None and a.keyword.value in chosen)]
                if kept and kept[-1].comma is not cst.MaybeSentinel.DEFAULT:
                    kept[-1] = kept[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
                return updated.with_changes(func=expr(_short(CATALOG[layer.op].torch_module)), args=kept)
            return expr(mods[0] if len(mods) == 1 else "nn.Sequential(" + ", ".join(mods) + ")")
        node = self.nodes.get(key)
        if any(a.keyword and a.keyword.value == "mask" and not (isinstance(a.value, cst.Name) and a.value.value ==
                                                               "None") for a in original.args):
            self.todos.append(f"`{self.chunk.text(original)}`: its mask is dropped (PyTorch layers take none)")
        if node is None:
            if self.chunk.qualify(original.func) in ("keras.Sequential",):
                return updated
            if self.model_bases and self.model_bases[-1] and is_super_init(original):
                return updated  # `super().__init__(BasicBlock, [2, 2, 2, 2])`: the file's model class takes them
            return _drop_training(updated)
        if node.op in ("Zeros", "Ones"):  # keras.ops.zeros(shape): the graph's creation ops (frontends.flow)
            sizes = [self.chunk.module.code_for_node(a.value) for a in updated.args if a.keyword is None]
            return expr(f"torch.{node.op.lower()}({', '.join(sizes)})")
        if node.op == "layer":
            call = _drop_training(updated)
            layer = self.net.layer(node.layer or "")
            if layer is not None and layer.name in self.info.adapted and call.args:
                first = self.chunk.module.code_for_node(call.args[0].value)
                call = call.with_changes(args=[call.args[0].with_changes(
                    value=expr(adapt_input(layer, _atom(first), self.info)))] + list(call.args[1:]))
            if node.span in self.info.flatten_channels_first and call.args:
                first = self.chunk.module.code_for_node(call.args[0].value)
                call = call.with_changes(args=[call.args[0].with_changes(
                    value=expr(keras_order(node, first, self.info, self.out)))] + list(call.args[1:]))
            if _states(layer):
                code = self.chunk.module.code_for_node(self._with_states(layer, node, call))
                return expr(keras_state_list(layer, code) if layer.attrs.get("return_state") else
                            rnn_call(layer, code))
            if _attention(layer):
                names = CATALOG[layer.op].keras_call_inputs  # `query=x, value=y` as the frontend read them
                named = {a.keyword.value: a for a in updated.args if a.keyword and a.keyword.value in names}
                given = [a for a in updated.args if a.keyword is None]
                given += [named[n] for n in names[len(given):] if n in named]
                args = [self.chunk.module.code_for_node(a.value) for a in given]
                if layer.name in self.info.adapted:
                    args = [adapt_input(layer, _atom(a), self.info) for a in args]
                return expr(attention_call(layer, args, self.info))
            if layer is not None and CATALOG.get(layer.op) is not None and CATALOG[layer.op].kind == "merge":
                args = [a.value for a in call.args if a.keyword is None]
                if len(args) == 1 and isinstance(args[0], (cst.List, cst.Tuple)):
                    args = [el.value for el in args[0].elements]
                xs = with_moved_operand(node, CATALOG[layer.op], [self.chunk.module.code_for_node(a) for a in args],
                                        self.info, "torch")
                merged = Node(layer.op, node.inputs, node.outputs, attrs=layer.attrs, span=node.span, form="function")
                code = node_code(merged, xs, self.info, self.out)
                return call if code is None else expr(code)  # refused (reported): left as written
            if layer is not None and layer.activation and layer.activation != "opaque":
                act = CATALOG[layer.activation]
                dim = _value_dim(self.info, node, node.outputs[0] if node.outputs else None, -1, output=True)
                code = activation_call(act, _act_defaults(act), self.chunk.module.code_for_node(call), dim)
                return expr(code)
            return call
        if node.op == "opaque":
            self.kept(node.source.splitlines()[0])
            return updated
        if node.op == "Shape" or sized_by_tensors(node):
            return self._shape_op(node, updated)
        tensors = tensor_exprs(node, updated)
        if node.attrs.get(TORCH_ORDER) and tensors and isinstance(tensors[0], cst.Call):
            tensors = [tensors[0].args[0].value]  # keras.ops.moveaxis(x, -1, 1): x is channels-first in PyTorch
        if CATALOG.get(node.op) is not None and CATALOG[node.op].kind == "merge" and len(tensors) == 1 \
                and isinstance(tensors[0], (cst.List, cst.Tuple)):
            tensors = [el.value for el in tensors[0].elements]  # layers.add([a, b]): the list's tensors
        if sizes_of_unplaced_image(node, self.net, self.info, self.out, "torch"):
            return updated
        xs = [self.chunk.module.code_for_node(t) for t in tensors]
        code = node_code(self.with_rewritten_args(node, original, updated), xs, self.info, self.out)
        return expr(code) if code is not None else updated

    def _with_states(self, layer: Layer, node: Node, call: cst.Call) -> cst.Call:
        """`rnn(x, initial_state=s)` as PyTorch's `rnn(x, h0)` / `rnn(x, (h0, c0))`."""
        state = next((a for a in call.args if a.keyword and a.keyword.value == "initial_state"), None)
        if state is None:
            return call
        code = self.chunk.module.code_for_node
        value = state.value
        items = [code(el.value) for el in value.elements] if isinstance(value, (cst.List, cst.Tuple)) else \
            [code(value)] if self._one_tensor(value, node) else \
            [f"{_atom(code(value))}[{i}]" for i in range(node.attrs.get("initial_states", 1))]
        rest = [a for a in call.args if a is not state]
        arg = cst.Arg(expr(rnn_states(layer, node, items, self.out)))
        return call.with_changes(args=[*rest[:-1], rest[-1].with_changes(comma=cst.Comma(
            whitespace_after=cst.SimpleWhitespace(" "))), arg])

    def _one_tensor(self, value: cst.BaseExpression, node: Node) -> bool:
        """`initial_state=h` naming one tensor (Keras takes it as [h]), not a list of states (`*states`)."""
        if not isinstance(value, cst.Name) or node.inputs[1:] != (value.value,):
            return False
        producers = [n for n in self.net.nodes[:self.net.nodes.index(node)] if value.value in n.outputs]
        return bool(producers) and not producers[-1].attrs.get("rest")

    def _serialized_activation(self, call: cst.Call) -> cst.BaseExpression | None:
        """`keras.activations.serialize(self.activation)` (a get_config's) of an activation the model holds
        (`keras.activations.get(activation)`): its Keras name, which a `KerasActivation` keeps."""
        if self.chunk.qualify(call.func) != "keras.activations.serialize" or len(call.args) != 1:
            return None
        held = self_attribute(call.args[0].value)
        layer = next((l for l in self.net.layers if l.name == held), None) if held else None
        if layer is not None and layer.op == BY_NAME:
            return expr(f"self.{held}.name")
        spec = CATALOG.get(layer.op) if layer is not None else None
        name = "linear" if spec is not None and spec is lookups().keras_layer["keras.layers.Identity"] else \
            spec.keras_activation if spec is not None and spec.kind == "activation" else None
        return cst.SimpleString(repr(name)) if name else None

    def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.BaseExpression:
        node = self.nodes.get(self._key(original))
        if node is not None and node.op == "opaque":  # a tensor attribute with no catalog entry
            self.kept(node.source)
        return self._layer_setting(original, updated)

    def _layer_setting(self, original: cst.Attribute, updated: cst.Attribute) -> cst.BaseExpression:
        """`self.fc1.units` (a Keras layer's setting read back): PyTorch's name for a size (`out_features`,
        `out_channels`); a setting PyTorch spells otherwise or has not is a named PIV105, never copied (it was
        copied with exit 0: `'Linear' object has no attribute 'units'`)."""
        inner = original.value
        if not (self.net.style == "subclass" and isinstance(inner, cst.Attribute) and isinstance(inner.value, cst.Name)
                and inner.value.value == "self"):
            return updated
        layer = self.net.layer(inner.attr.value)
        if layer is not None and layer.op in CATALOG and original.attr.value in LAYER_TENSORS["keras"] and \
                self.in_entry():
            # `keras.ops.transpose(self.fc.kernel)` was copied with exit 0: PyTorch names its tensors otherwise
            # (`weight`) and lays them out otherwise ((out, in))
            self.out.diagnostics.append(D.make(
                "PIV105", self.chunk.span(original), f"`{self.chunk.text(original)}` reads a Keras layer's "
                f"{original.attr.value} tensor, which the PyTorch module names and lays out its own way; migrate it "
                "by hand", target="torch"))
            return updated
        arg = self._setting_arg(inner.attr.value, original.attr.value)
        if arg is None or arg.keras == arg.torch:
            return updated
        if arg.torch and not arg.inferred and arg.domain in (UNITS, CHANNELS):
            return updated.with_changes(attr=cst.Name(arg.torch))
        self.out.diagnostics.append(D.make("PIV105", self.chunk.span(original), f"`{self.chunk.text(original)}` reads "
                                           "a Keras layer setting the PyTorch module "
                                           f"{'calls `' + arg.torch + '`' if arg.torch else 'does not keep'}; "
                                           "migrate it by hand", target="torch"))
        return updated

    def leave_Subscript(self, original: cst.Subscript, updated: cst.Subscript) -> cst.BaseExpression:
        node = self.nodes.get(self._key(original))
        if node is not None and node.op == "Size":  # x.shape[i]
            return shape_subscript(node, updated, self.info, self.out, "torch")
        return index_subscript(node, updated, self.info, "torch")  # y[:, -1] of an image: its axes moved

    def _shape_op(self, node: Node, updated: cst.Call) -> cst.BaseExpression:
        code = self.chunk.module.code_for_node
        x = code(updated.args[0].value)
        seen = self.info.seen(node, node.inputs[0] if node.inputs else None)
        # the sizes of the receiver itself where it is no image: the same axes (see the Keras backend's _OwnSizesCst)
        no_image = not seen[1] and (seen[0] is not None or not any(self.info.layer_in_spatial.values()))
        own = TorchOwnSizes(x) if no_image and re.fullmatch(r"[A-Za-z_]\w*", x) else None
        args = [a.star + code(a.value.visit(TorchBatchSizes()).visit(own) if own is not None else  # (`*sizes` kept)
                              a.value.visit(TorchBatchSizes())) for a in updated.args[1:]]
        if node.op == "Shape":
            return expr(f"{x}.shape")
        code = reshape_code(node, x, args, seen, self.out, "torch")
        return expr(code) if code else updated

    def _container(self, original, updated):
        layer = self.layers.get(self._key(original))
        if layer is not None and layer.op in ("ModuleList", "ModuleDict"):
            return cst.Call(func=expr(f"nn.{layer.op}"), args=[cst.Arg(updated)])
        return updated

    def leave_List(self, original, updated):
        return self._container(original, updated)

    def leave_ListComp(self, original, updated):
        return self._container(original, updated)

    def leave_Dict(self, original, updated):
        return self._container(original, updated)

    def leave_DictComp(self, original, updated):  # `{name: layers.Dense(n) for ...}`: an nn.ModuleDict too
        return self._container(original, updated)

    def leave_SimpleStatementLine(self, original, updated):
        if self.remove_statement:  # a merge layer's construction: an operator at its call sites
            self.remove_statement = False
            return cst.RemoveFromParent()
        if self.scope is not None and held_initializer(original, self.scope, self.chunk):
            self.todos.clear()
            return cst.RemoveFromParent()  # how the layers' weights start (`*_initializer=`): not migrated
        return super().leave_SimpleStatementLine(original, _unbound_flat(updated))

    def is_layer_class(self, qual: str) -> bool:
        return qual in ("keras.Layer", "keras.Model", "keras.Sequential") or qual in lookups().keras_layer

    def entry(self, fn: cst.FunctionDef) -> cst.FunctionDef:
        """`forward` without Keras's `training` and `mask` parameters; where the class has a build(), that first
        builds it from the input's shape once, as Keras does before the first call."""
        params = [p for p in fn.params.params if p.name.value not in ("training", "mask")]
        if params:
            params[-1] = params[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
        fn = fn.with_changes(params=fn.params.with_changes(params=params))
        return _building_first(fn, self.net.inputs[0], self.has_init) if self.builds else fn

    def function(self, original: cst.FunctionDef, updated: cst.FunctionDef) -> cst.FunctionDef:
        """In a class with a build(): `self.built = False` after `super().__init__(...)`, and build()'s
        `super().build(input_shape)` (which only marks the layer built in Keras) as `self.built = True`."""
        if not self.builds or self.depth != 1 or original.name.value not in ("__init__", "build"):
            return updated
        body = list(updated.body.body)
        for i, stmt in enumerate(body):
            call = stmt.body[0].value if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 and \
                isinstance(stmt.body[0], cst.Expr) and isinstance(stmt.body[0].value, cst.Call) else None
            if call is None:
                continue
            if original.name.value == "__init__" and is_super_init(call):
                body.insert(i + 1, cst.parse_statement("self.built = False"))
                break
            if original.name.value == "build" and _super_build(call):
                body[i] = stmt.with_changes(body=[cst.parse_statement("self.built = True").body[0]])
        return updated.with_changes(body=updated.body.with_changes(body=body))


def held_initializer(stmt: cst.CSTNode, scope: cst.CSTNode, chunk: Chunk) -> bool:
    """`initializer = tf.random_normal_initializer(0., 0.02)` whose name `scope` reads only as `*_initializer=`
    arguments (which say how weights start: not migrated, PIV203): a statement PyTorch has no use for."""
    small = small_statements(stmt) if isinstance(stmt, cst.SimpleStatementLine) else []
    assign = small[0] if len(small) == 1 and isinstance(small[0], cst.Assign) else None
    if assign is None or len(assign.targets) != 1 or not isinstance(assign.targets[0].target, cst.Name) or \
            not isinstance(assign.value, cst.Call) or not is_initializer(chunk.qualify(assign.value.func) or ""):
        return False
    name, other = assign.targets[0].target.value, False
    allowed: set[int] = {id(assign.targets[0].target)}

    def enter(node: cst.CSTNode) -> None:
        nonlocal other
        if isinstance(node, cst.Arg) and node.keyword is not None and \
                node.keyword.value.endswith("_initializer") and isinstance(node.value, cst.Name):
            allowed.add(id(node.value))
        elif isinstance(node, cst.Name) and node.value == name and id(node) not in allowed:
            other = True

    walk(scope, enter)
    return not other


def _builds(cls: cst.ClassDef, chunk: Chunk, net: Network, info: ShapeInfo, out: Emitted) -> bool:
    """Whether a Keras layer class's build(self, input_shape) is written for forward() to call on the first call
    (`frontends.keras._built_layers` read what it makes). An __init__ must call `super().__init__()`, where
    `self.built = False` goes (without one, forward() reads `getattr(self, "built", False)`); and its input must
    not be an image, whose shape PyTorch lists channels-first (`input_shape[-1]` would read the width): either is
    reported."""
    built = method_named(cls, "build")
    if built is None or net.framework != "keras":
        return False
    init = method_named(cls, "__init__")
    why = "its __init__ does not call `super().__init__()`, after which `self.built = False` would go" if init and \
        not any(isinstance(s, cst.Expr) and isinstance(s.value, cst.Call) and is_super_init(s.value)
                for stmt in init.body.body for s in small_statements(stmt)) else \
        "its call() takes several tensors (Keras passes it a list of their shapes)" if len(net.inputs) != 1 else \
        "it takes an image, whose shape PyTorch lists channels-first" if info.spatial.get(net.inputs[0]) else ""
    if why:
        out.diagnostics.append(D.make("PIV104", chunk.span(built.name), f"`{net.name}.build(input_shape)`: Keras calls it "
                                      f"before the first call, and Pivot has forward() call it then, but {why}; "
                                      "create its weights and layers in __init__", target="torch"))
        return False
    out.diagnostics.append(D.make("PIV201", chunk.span(built.name), f"`{net.name}.build(input_shape)` runs on the "
                                  "first call, as in Keras: its weights exist only after one, so call the model once "
                                  "before making its optimizer or loading a state_dict", severity="information",
                                  target="torch"))
    return True


def _super_build(call: cst.Call) -> bool:
    """`super().build(input_shape)` or `super(Cls, self).build(input_shape)`."""
    func = call.func
    return (isinstance(func, cst.Attribute) and func.attr.value == "build" and isinstance(func.value, cst.Call)
            and isinstance(func.value.func, cst.Name) and func.value.func.value == "super")


def _building_first(fn: cst.FunctionDef, x: str, has_init: bool = True) -> cst.FunctionDef:
    """forward() starting (after its docstring) by building the layer from its input's shape the first time."""
    built = "self.built" if has_init else 'getattr(self, "built", False)'
    first = cst.parse_statement(f"if not {built}:  # Keras builds a layer on its first call\n"
                                f"    self.build({x}.shape)\n    self.to({x}.device)\n    self.built = True\n")
    body = list(fn.body.body)
    at = 1 if body and isinstance(body[0], cst.SimpleStatementLine) and isinstance(body[0].body[0], cst.Expr) and \
        isinstance(body[0].body[0].value, (cst.SimpleString, cst.ConcatenatedString)) else 0
    body.insert(at, first)
    return fn.with_changes(body=fn.body.with_changes(body=body))


def _keras_shape_assert(stmt, model_var: str | None) -> bool:
    """`assert model.output_shape == (None, 7, 7, 256)` (tensorflow.org's DCGAN builder): a statement that only
    checks the Keras Sequential's build-time `output_shape` / `input_shape`."""
    smalls = list(small_statements(stmt))
    return bool(smalls) and model_var is not None and all(isinstance(s, cst.Assert) for s in smalls) and all(
        isinstance(n, cst.Attribute) and n.attr.value in ("output_shape", "input_shape")
        and isinstance(n.value, cst.Name) and n.value.value == model_var
        for s in smalls for n in _reads_of(s.test, model_var))


def _reads_of(node: cst.CSTNode, var: str) -> list[cst.CSTNode]:
    """The outermost uses of the name `var` in `node`: each as its attribute read when it is one."""
    found: list[cst.CSTNode] = []

    def enter(n: cst.CSTNode) -> bool:
        if isinstance(n, cst.Attribute) and isinstance(n.value, cst.Name) and n.value.value == var:
            found.append(n)
            return False
        if isinstance(n, cst.Name) and n.value == var:
            found.append(n)
        return True

    walk(node, enter)
    return found


def _builder_compile(stmt: cst.SimpleStatementLine, model_var: str | None) -> bool:
    """`model.compile(...)` of the model a builder returns (see `training.keras_to_torch.builder_compiles`)."""
    small = stmt.body[0] if len(stmt.body) == 1 else None
    call = small.value if isinstance(small, cst.Expr) else None
    return isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and call.func.attr.value == "compile" \
        and isinstance(call.func.value, cst.Name) and call.func.value.value == model_var


def _drop_training(call: cst.Call) -> cst.Call:
    """`super().__init__(**kwargs)` and `layer(x, training=training)` lose Keras-only arguments."""
    if is_super_init(call):
        return call.with_changes(args=[])
    args = [a for a in call.args if not (a.keyword and a.keyword.value in ("training", "mask"))]
    if args and len(args) != len(call.args):
        args[-1] = args[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    return call.with_changes(args=args)


def _unconverted_arguments(layer: Layer) -> list[str]:
    """The Keras arguments of a layer-building function's layer given by a value known only where it is called
    (a parameter) that PyTorch spells differently (a pooling's padding 'valid' is 0): they cannot be converted."""
    spec = CATALOG.get(layer.op)
    found = []
    for key, value in layer.attrs.items if spec is not None else ():
        arg = spec.arg(key)
        if isinstance(value, Expr) and arg is not None and arg.keras and arg.from_keras and not arg.torch_values \
                and arg.from_keras(value) == value:
            found.append(arg.keras)
    return found


def _activation_parameter(layer: Layer, net: Network) -> str | None:
    """The parameter of a layer-building function that gives a layer its activation (`layers.Dense(units,
    activation=activation)`), None when it is given otherwise."""
    try:
        call = ast.parse(layer.source.strip(), mode="eval").body
    except SyntaxError:
        return None
    given = [k.value for k in getattr(call, "keywords", ()) if k.arg == "activation"]
    params = {p.name for p in net.params}
    return given[0].id if len(given) == 1 and isinstance(given[0], ast.Name) and given[0].id in params else None


def rewrite(chunk: Chunk, stmts: list[cst.CSTNode], net: Network, info: ShapeInfo, out: Emitted,
            input_shapes=None) -> str:
    """The PyTorch code replacing `stmts` (the network's top-level statements in `chunk`), in the source's
    structure (`pivot.backends.styles` writes the other target styles)."""
    if net.style in ("subclass", "helper", "function", "factory"):
        _layout_flip(net, info, out)
        return _Rewriter(chunk, net, info, out).run(stmts)
    if net.style == "sequential" and unchainable(net, info):
        return module_class(chunk, stmts, net, info, out, input_shapes)
    if net.style == "sequential":
        return _sequential(chunk, stmts, net, info, out)
    text, cls = functional_class(net, info, out, frozenset(dict(chunk.ctx.aliases)))
    undefined_name_errors(text, net, out, chunk)
    args = ", ".join(p.name for p in net.params)
    if net.binding and stmts and isinstance(stmts[0], cst.FunctionDef):
        fn = stmts[0]
        params = chunk.module.code_for_node(fn.params)
        text += f"\n\ndef {fn.name.value}({params}):\n    return {cls}({args})\n"
    else:
        text += f"\n\n{net.binding or 'model'} = {cls}()\n"
    return text


def _layout_flip(net: Network, info: ShapeInfo, out: Emitted) -> None:
    """A custom layer that takes a features-last sequence (N, T, F) and returns a value of that rank channels-first
    (a BatchNormalization or conv last): its callers, which read the result as Keras returns it, would see the
    axes swapped. Reported; the layer is still written (the error keeps exit 1)."""
    if net.style != "subclass" or len(net.inputs) != 1 or len(net.outputs) != 1:
        return
    x, y = info.values.get(net.inputs[0]), info.values.get(net.outputs[0])
    if x is None or y is None or len(x) != len(y) or len(x) < 2:
        return
    if not info.spatial.get(net.inputs[0]) and info.spatial.get(net.outputs[0]):
        out.diagnostics.append(D.make("PIV105", net.span, f"`{net.name}` takes a features-last sequence and returns "
                                      "it channels-first in PyTorch (its last layer works on channels-first data): "
                                      "its callers would read the axes swapped; transpose the result back by hand",
                                      target="torch"))


def module_class(chunk: Chunk, stmts, net: Network, info: ShapeInfo, out: Emitted, input_shapes=None) -> str:
    """A Keras Sequential as an `nn.Module` class applying its layers in turn, built where the Sequential was."""
    module, names = as_module(net)
    text, cls = functional_class(module, infer(module, input_shapes), out, frozenset(dict(chunk.ctx.aliases)))
    undefined_name_errors(text, net, out, chunk)
    out.paths = {names[k]: v for k, v in out.paths.items()}  # weights are found by the source's names
    args = ", ".join(p.name for p in net.params)
    return text + "\n\n" + _sequential(chunk, stmts, net, info, out, f"{cls}({args})")


def unchainable(net: Network, info: ShapeInfo) -> bool:
    """nn.Sequential cannot unpack an RNN's (output, state) tuple nor transpose between layouts."""
    top = net.layers
    return all(l.op != "Sequential" for l in top) and any(
        _states(l) or l.name in info.adapted for l in top)


def as_module(net: Network) -> tuple[Network, dict[str, str]]:
    """A Sequential as a functional network whose forward() applies its layers in turn, layers named like
    the attributes a person would write (`gru1`, `fc2`); also returns new name -> source name."""
    counts: dict[str, int] = {}
    layers, names = [], {}
    for layer in net.layers:
        prefix = attribute_prefix(layer.op)
        counts[prefix] = counts.get(prefix, 0) + 1
        name = f"{prefix}{counts[prefix]}"
        names[name] = layer.name
        layers.append(replace(layer, name=name))
    nodes = tuple(Node("layer", ("x",), ("x",), layer=l.name, form="apply") for l in layers)
    return replace(net, style="functional", layers=tuple(layers), nodes=nodes, outputs=("x",)), names


def _sequential(chunk: Chunk, stmts, net: Network, info: ShapeInfo, out: Emitted, seq_code: str = "") -> str:
    """A Keras Sequential (list or `.add` form) as one `nn.Sequential(...)` (or `seq_code`), other statements
    kept."""
    seq_code = seq_code or sequential_code(net.layers, info, out,
                                           "    " if isinstance(stmts[0], cst.FunctionDef) else "")
    fn = stmts[0] if isinstance(stmts[0], cst.FunctionDef) else None
    body = fn.body.body if fn else stmts
    lines: list[str] = []
    placed = False
    model_var = _returned_name(body) if fn else (net.binding or None)
    for stmt in body:
        text = chunk.module.code_for_node(stmt)
        local = _assigned_name(stmt)
        if local in out.local_code and local != model_var:
            indent = "    " if fn else ""
            lines.append(f"{indent}{local} = {out.local_code[local]}\n")
            continue
        if _builds_sequential(stmt, chunk, model_var):
            if not placed:
                target = _assigned_name(stmt) or net.binding or "model"
                is_return = any(isinstance(s, cst.Return) for s in small_statements(stmt))
                lead = "".join(chunk.module.code_for_node(l) for l in stmt.leading_lines)
                indent = "    " if fn else ""
                checks = "".join(l[4:] + "\n" for c in _pinned_checks(net) for l in c.split("\n")) if fn else ""
                lines.append(f"{lead}{checks}{indent}return {seq_code}\n" if is_return
                             else f"{lead}{checks}{indent}{target} = {seq_code}\n")
                placed = True
            continue
        if fn and isinstance(stmt, cst.SimpleStatementLine) and _builder_compile(stmt, model_var):
            continue  # migrated with the training code, where the builder's model is built
        if fn and held_initializer(stmt, fn, chunk):
            continue  # an initializer the layers' `*_initializer=` arguments read: how weights start, not migrated
        if _keras_shape_assert(stmt, model_var):
            check = chunk.module.code_for_node(stmt.body[0]).strip()
            out.diagnostics.append(D.make("PIV202", chunk.span(stmt), f"`{check}` checks the shape Keras "
                                          "gives the model as it is built; a PyTorch module has no such attribute: "
                                          "the check is left out (the migrated model computes the same shapes)",
                                          target="torch"))
            continue
        lines.append(text if not fn else _indent(text))
    if fn is None:
        return "".join(lines)
    stub = fn.with_changes(body=cst.IndentedBlock(body=[cst.SimpleStatementLine([cst.Pass()])]))
    # its annotations in PyTorch's terms (`-> keras.layers.Layer`: `-> nn.Module`), as a rewritten function's
    header = chunk.module.code_for_node(stub.visit(_Rewriter(chunk, net, info, Emitted())))
    header = header[:header.rindex("pass")].rstrip() + "\n"
    return header + "".join(lines)


def _indent(text: str) -> str:
    return "".join("    " + line if line.strip() else line for line in text.splitlines(keepends=True))


def _assigned_name(stmt) -> str | None:
    for small in small_statements(stmt):
        if isinstance(small, cst.Assign) and isinstance(small.targets[0].target, cst.Name):
            return small.targets[0].target.value
    return None


def _returned_name(body) -> str | None:
    for stmt in body:
        for small in small_statements(stmt):
            if isinstance(small, cst.Return) and isinstance(small.value, cst.Name):
                return small.value.value
    return None


def _builds_sequential(stmt, chunk: Chunk, model_var: str | None) -> bool:
    """The statement creates the model's Sequential (returned or bound to the model), or adds to it (also a
    builder loop of `.add` calls: the frontend unrolled it into the Sequential's layers)."""
    if isinstance(stmt, cst.For) and isinstance(stmt.body, cst.IndentedBlock):
        return all(_builds_sequential(s, chunk, model_var) for s in stmt.body.body)
    if isinstance(stmt, cst.If):  # `if i == 0: model.add(Conv2D(..., input_shape=...)) else: model.add(...)`
        orelse = stmt.orelse
        branches = [stmt.body] + ([orelse] if isinstance(orelse, cst.If) else [orelse.body] if orelse else [])
        return all(_builds_sequential(s, chunk, model_var) if isinstance(s, cst.If) else
                   all(_builds_sequential(i, chunk, model_var) for i in s.body) for s in branches)
    for small in small_statements(stmt):
        value = getattr(small, "value", None)
        if not isinstance(value, cst.Call):
            continue
        if chunk.qualify(value.func) == "keras.Sequential":
            if isinstance(small, cst.Return) or _assigned_name(stmt) == model_var:
                return True
        func = value.func
        if (isinstance(func, cst.Attribute) and func.attr.value == "add" and value.args
                and isinstance(func.value, cst.Name) and func.value.value in (model_var, None)):
            return True
    return False
