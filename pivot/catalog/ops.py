"""The catalog entries. Adding an op: one `register(OpSpec(...))` here, one corpus model in tests/corpus."""
from __future__ import annotations

from pivot.catalog import REQUIRED, Arg, OpSpec, register
from pivot.model import Expr, Value

T, K = "torch.nn.", "keras.layers."
F = "torch.nn.functional."


def _one_minus(value: Value) -> Value:
    """BatchNorm momentum: PyTorch weighs the new batch, Keras the running value."""
    if isinstance(value, Expr):
        return Expr(f"1 - {value.code}")
    return round(1 - value, 10) if isinstance(value, (int, float)) else value


def _keras_padding_in(value: Value) -> Value:
    """Keras 'valid' is PyTorch padding 0; 'same' stays 'same' (TF semantics, asymmetric when strided)."""
    if isinstance(value, str):
        value = value.lower()
    return 0 if value == "valid" else value


def _keras_zero_padding_in(value: Value) -> Value:
    """Keras ZeroPadding2D padding (int, (h, w) or ((top, bottom), (left, right))) as PyTorch's."""
    if isinstance(value, tuple) and len(value) == 2:
        h, w = value
        if isinstance(h, tuple) and isinstance(w, tuple):
            return (w[0], w[1], h[0], h[1])
        if isinstance(h, int) and isinstance(w, int):
            return (w, w, h, h)
    return value


_PADDINGS = ("valid", "same")
_BIAS = Arg("bias", torch="bias", keras="use_bias", torch_default=True, keras_default=True)


def _conv(n: int) -> None:
    register(OpSpec(
        name=f"Conv{n}d", kind="layer", doc=f"{n}-D convolution",
        torch_module=f"{T}Conv{n}d", torch_lazy=f"{T}LazyConv{n}d", keras_layer=f"{K}Conv{n}D",
        keras_layer_aliases=(f"{K}Convolution{n}D",),
        args=(
            Arg("in_channels", torch="in_channels", torch_pos=0, inferred=True),
            Arg("out_channels", torch="out_channels", keras="filters", torch_pos=1, keras_pos=0),
            Arg("kernel_size", torch="kernel_size", keras="kernel_size", torch_pos=2, keras_pos=1),
            Arg("stride", torch="stride", keras="strides", torch_pos=3, keras_pos=2, torch_default=1, keras_default=1),
            Arg("padding", torch="padding", keras="padding", torch_pos=4, keras_pos=3, torch_default=0,
                keras_default="valid", from_keras=_keras_padding_in, torch_values=_PADDINGS,
                keras_values=_PADDINGS + (("causal",) if n == 1 else ())),
            Arg("dilation", torch="dilation", keras="dilation_rate", torch_pos=5, torch_default=1, keras_default=1),
            Arg("groups", torch="groups", keras="groups", torch_pos=6, torch_default=1, keras_default=1),
            _BIAS,
            Arg("padding_mode", torch="padding_mode", torch_default="zeros"),
        ),
        spatial=n, shape="conv", weights="conv", layout_sensitive=True,
        notes=("Keras 'same' with stride > 1 pads more at the bottom/right; PyTorch pads symmetrically.",),
    ))


def _conv_transpose(n: int) -> None:
    register(OpSpec(
        name=f"ConvTranspose{n}d", kind="layer", doc=f"{n}-D transposed convolution",
        torch_module=f"{T}ConvTranspose{n}d", torch_lazy=f"{T}LazyConvTranspose{n}d",
        keras_layer=f"{K}Conv{n}DTranspose", keras_layer_aliases=(f"{K}Convolution{n}DTranspose",),
        args=(
            Arg("in_channels", torch="in_channels", torch_pos=0, inferred=True),
            Arg("out_channels", torch="out_channels", keras="filters", torch_pos=1, keras_pos=0),
            Arg("kernel_size", torch="kernel_size", keras="kernel_size", torch_pos=2, keras_pos=1),
            Arg("stride", torch="stride", keras="strides", torch_pos=3, keras_pos=2, torch_default=1, keras_default=1),
            Arg("padding", torch="padding", keras="padding", torch_pos=4, keras_pos=3, torch_default=0,
                keras_default="valid", from_keras=_keras_padding_in, keras_values=_PADDINGS),
            Arg("output_padding", torch="output_padding", keras="output_padding", torch_pos=5, torch_default=0,
                keras_default=None, from_keras=lambda v: 0 if v is None else v),
            Arg("groups", torch="groups", torch_pos=6, torch_default=1),
            Arg("bias", torch="bias", keras="use_bias", torch_pos=7, torch_default=True, keras_default=True),
            Arg("dilation", torch="dilation", keras="dilation_rate", torch_pos=8, torch_default=1, keras_default=1),
            Arg("padding_mode", torch="padding_mode", torch_default="zeros"),
        ),
        spatial=n, shape="conv_transpose", weights="conv_transpose", layout_sensitive=True,
    ))


def _pool(kind: str, n: int) -> None:
    torch_name = f"{kind}Pool{n}d"
    keras_name = f"{'Max' if kind == 'Max' else 'Average'}Pooling{n}D"
    args = [
        Arg("kernel_size", torch="kernel_size", keras="pool_size", torch_pos=0, keras_pos=0, keras_default=2),
        Arg("stride", torch="stride", keras="strides", torch_pos=1, keras_pos=1, torch_default=None, keras_default=None),
        Arg("padding", torch="padding", keras="padding", torch_pos=2, keras_pos=2, torch_default=0,
            keras_default="valid", from_keras=_keras_padding_in, keras_values=_PADDINGS),
    ]
    if kind == "Max":
        args += [Arg("dilation", torch="dilation", torch_pos=3, torch_default=1),
                 Arg("return_indices", torch="return_indices", torch_pos=4, torch_default=False),
                 Arg("ceil_mode", torch="ceil_mode", torch_pos=5, torch_default=False)]
    else:
        args += [Arg("ceil_mode", torch="ceil_mode", torch_pos=3, torch_default=False),
                 Arg("count_include_pad", torch="count_include_pad", torch_pos=4, torch_default=True),
                 Arg("divisor_override", torch="divisor_override", torch_pos=5, torch_default=None)]
    fn = "max" if kind == "Max" else "avg"
    register(OpSpec(
        name=torch_name, kind="layer", doc=f"{n}-D {kind.lower()} pooling",
        torch_module=f"{T}{torch_name}", keras_layer=f"{K}{keras_name}",
        keras_layer_aliases=(f"{K}{kind}Pool{n}D",),
        torch_functions=(f"{F}{fn}_pool{n}d",), args=tuple(args),
        spatial=n, shape="pool", layout_sensitive=True,
        notes=(("PyTorch counts zero padding in the average; Keras 'same' excludes it.",) if kind == "Avg" else ()),
    ))


def _global_pool(kind: str, n: int) -> None:
    keras_name = f"Global{'Max' if kind == 'Max' else 'Average'}Pooling{n}D"
    register(OpSpec(
        name=f"Global{kind}Pool{n}d", kind="layer", doc=f"global {kind.lower()} pooling over {n} spatial axes",
        torch_module=f"{T}Adaptive{kind}Pool{n}d", keras_layer=f"{K}{keras_name}",
        keras_layer_aliases=(f"{K}Global{kind}Pool{n}D",),
        torch_functions=(f"{F}adaptive_{kind.lower()}_pool{n}d",),
        args=(
            Arg("output_size", torch="output_size", torch_pos=0, torch_default=REQUIRED),
            # PyTorch keeps the pooled axes (N, C, 1, 1); Keras drops them unless keepdims=True.
            Arg("keepdims", keras="keepdims", torch_default=True, keras_default=False),
        ),
        spatial=n, shape="global_pool", layout_sensitive=True,
    ))


def _batchnorm() -> None:
    register(OpSpec(
        name="BatchNorm", kind="layer", doc="batch normalization over the channel axis",
        torch_modules_by_rank=((2, f"{T}BatchNorm1d"), (3, f"{T}BatchNorm1d"), (4, f"{T}BatchNorm2d"),
                               (5, f"{T}BatchNorm3d")),
        torch_lazy=f"{T}LazyBatchNorm2d", keras_layer=f"{K}BatchNormalization",
        args=(
            Arg("num_features", torch="num_features", torch_pos=0, inferred=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=1, torch_default=1e-5, keras_default=1e-3),
            Arg("momentum", torch="momentum", keras="momentum", torch_pos=2, torch_default=0.1,
                keras_default=0.99, to_keras=_one_minus, from_keras=_one_minus),
            Arg("affine", torch="affine", torch_pos=3, torch_default=True),
            Arg("track_running_stats", torch="track_running_stats", torch_pos=4, torch_default=True),
        ) + _KERAS_NORM,
        shape="same", weights="batchnorm", layout_sensitive=True,
        notes=("Defaults differ: PyTorch eps 1e-5, momentum 0.1 (new batch); Keras epsilon 1e-3, momentum 0.99 "
               "(running value).",),
    ))


def _activation(name: str, torch: str | None, keras_act: str | None, *, args: tuple[Arg, ...] = (),
                keras_layer: str | None = None, torch_fns: tuple[str, ...] = (), methods: tuple[str, ...] = (),
                keras_fns: tuple[str, ...] = (), aliases: tuple[str, ...] = (), doc: str = "",
                notes: tuple[str, ...] = (), axis_args: tuple[str, ...] = ()) -> None:
    register(OpSpec(
        name=name, kind="activation", doc=doc or f"{name} activation",
        torch_module=f"{T}{torch}" if torch else None, keras_layer=f"{K}{keras_layer}" if keras_layer else None,
        args=args, torch_functions=torch_fns, torch_methods=methods, keras_functions=keras_fns,
        keras_activation=keras_act, keras_activation_aliases=aliases, shape="same", notes=notes,
        axis_args=axis_args,
    ))


def _keras_fns(name: str) -> tuple[str, ...]:
    return (f"keras.ops.{name}", f"keras.activations.{name}", f"tensorflow.nn.{name}",
            f"tensorflow.math.{name}")


def _activations() -> None:
    _activation("ReLU", "ReLU", "relu", keras_layer="ReLU", torch_fns=(f"{F}relu", "torch.relu"),
                methods=("relu",), keras_fns=_keras_fns("relu"),
                args=(Arg("inplace", torch="inplace", torch_pos=0, torch_default=False),))
    _activation("ReLU6", "ReLU6", "relu6", torch_fns=(f"{F}relu6",), keras_fns=_keras_fns("relu6"),
                args=(Arg("inplace", torch="inplace", torch_pos=0, torch_default=False),))
    _activation("LeakyReLU", "LeakyReLU", "leaky_relu", keras_layer="LeakyReLU",
                torch_fns=(f"{F}leaky_relu",), keras_fns=_keras_fns("leaky_relu"),
                args=(Arg("negative_slope", torch="negative_slope", keras="negative_slope", torch_pos=0,
                          keras_pos=0, torch_default=0.01, keras_default=0.3),
                      Arg("inplace", torch="inplace", torch_pos=1, torch_default=False)),
                notes=("Default slope differs: PyTorch 0.01, keras.layers.LeakyReLU 0.3, "
                       "activation='leaky_relu' 0.2.",))
    _activation("ELU", "ELU", "elu", keras_layer="ELU", torch_fns=(f"{F}elu",), keras_fns=_keras_fns("elu"),
                args=(Arg("alpha", torch="alpha", keras="alpha", torch_pos=0, keras_pos=0, torch_default=1.0,
                          keras_default=1.0),
                      Arg("inplace", torch="inplace", torch_pos=1, torch_default=False)))
    _activation("SELU", "SELU", "selu", torch_fns=(f"{F}selu", "torch.selu"), keras_fns=_keras_fns("selu"),
                args=(Arg("inplace", torch="inplace", torch_pos=0, torch_default=False),))
    _activation("GELU", "GELU", "gelu", torch_fns=(f"{F}gelu",), keras_fns=_keras_fns("gelu"),
                args=(Arg("approximate", torch="approximate", keras="approximate", torch_default="none",
                          keras_default=False, to_keras=lambda v: v == "tanh" if isinstance(v, str) else v,
                          from_keras=lambda v: ("tanh" if v else "none") if isinstance(v, bool) else v,
                          torch_values=("none", "tanh")),))
    _activation("SiLU", "SiLU", "silu", torch_fns=(f"{F}silu",), keras_fns=_keras_fns("silu") + _keras_fns("swish"),
                aliases=("swish",), args=(Arg("inplace", torch="inplace", torch_pos=0, torch_default=False),))
    _activation("Sigmoid", "Sigmoid", "sigmoid", torch_fns=("torch.sigmoid", f"{F}sigmoid"),
                methods=("sigmoid",), keras_fns=_keras_fns("sigmoid"))
    _activation("Tanh", "Tanh", "tanh", torch_fns=("torch.tanh", f"{F}tanh"), methods=("tanh",),
                keras_fns=_keras_fns("tanh"))
    for name, keras_act in (("Softmax", "softmax"), ("LogSoftmax", "log_softmax")):
        _activation(name, name, keras_act, keras_layer="Softmax" if name == "Softmax" else None,
                    torch_fns=(f"{F}{keras_act}", f"torch.{keras_act}"), methods=(keras_act,),
                    keras_fns=_keras_fns(keras_act),
                    args=(Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=None,
                              keras_default=-1),), axis_args=("dim",))
    _activation("Softplus", "Softplus", "softplus", torch_fns=(f"{F}softplus",), keras_fns=_keras_fns("softplus"),
                args=(Arg("beta", torch="beta", torch_pos=0, torch_default=1.0),
                      Arg("threshold", torch="threshold", torch_pos=1, torch_default=20.0)),
                notes=("PyTorch reverts to the identity above `threshold` (20); the difference is below float32 "
                       "precision.",))
    _activation("Hardswish", "Hardswish", "hard_swish", torch_fns=(f"{F}hardswish",),
                keras_fns=_keras_fns("hard_swish"), aliases=("hard_silu",),
                args=(Arg("inplace", torch="inplace", torch_pos=0, torch_default=False),))
    inplace = (Arg("inplace", torch="inplace", torch_pos=0, torch_default=False),)
    _activation("Mish", "Mish", "mish", torch_fns=(f"{F}mish",), keras_fns=("keras.activations.mish",),
                args=inplace)  # keras.ops has no mish
    _activation("Hardsigmoid", "Hardsigmoid", "hard_sigmoid", torch_fns=(f"{F}hardsigmoid",),
                keras_fns=_keras_fns("hard_sigmoid"), args=inplace)
    _activation("Softsign", "Softsign", "softsign", torch_fns=(f"{F}softsign",), keras_fns=_keras_fns("softsign"))
    _activation("LogSigmoid", "LogSigmoid", "log_sigmoid", torch_fns=(f"{F}logsigmoid",),
                keras_fns=_keras_fns("log_sigmoid"))
    _activation("Tanhshrink", "Tanhshrink", "tanh_shrink", torch_fns=(f"{F}tanhshrink",),
                keras_fns=_keras_fns("tanh_shrink"))


def _structural() -> None:
    register(OpSpec(
        name="Linear", kind="layer", doc="fully connected layer",
        torch_module=f"{T}Linear", torch_lazy=f"{T}LazyLinear", keras_layer=f"{K}Dense",
        args=(
            Arg("in_features", torch="in_features", torch_pos=0, inferred=True),
            Arg("out_features", torch="out_features", keras="units", torch_pos=1, keras_pos=0),
            _BIAS,
        ),
        shape="linear", weights="dense",
    ))
    register(OpSpec(
        name="Dropout", kind="layer", doc="dropout (identity at inference)",
        torch_module=f"{T}Dropout", keras_layer=f"{K}Dropout", torch_functions=(f"{F}dropout",),
        args=(Arg("p", torch="p", keras="rate", torch_pos=0, keras_pos=0, torch_default=0.5),
              Arg("inplace", torch="inplace", torch_pos=1, torch_default=False)),
    ))
    register(OpSpec(
        name="Flatten", kind="reshape", doc="flatten all but the batch axis",
        torch_module=f"{T}Flatten", keras_layer=f"{K}Flatten",
        torch_functions=("torch.flatten",), torch_methods=("flatten",),
        args=(Arg("start_dim", torch="start_dim", torch_pos=0, torch_default=1),
              Arg("end_dim", torch="end_dim", torch_pos=1, torch_default=-1)),
        shape="flatten",
        notes=("PyTorch flattens (C, H, W), Keras (H, W, C): the next dense layer's rows are permuted when "
               "weights are transferred.",),
    ))
    register(OpSpec(
        name="ZeroPad2d", kind="layer", doc="zero padding of the two spatial axes",
        torch_module=f"{T}ZeroPad2d", keras_layer=f"{K}ZeroPadding2D",
        args=(Arg("padding", torch="padding", keras="padding", torch_pos=0, keras_pos=0, keras_default=1,
                  from_keras=_keras_zero_padding_in),),
        spatial=2, shape="pad", layout_sensitive=True,
    ))
    register(OpSpec(
        name="PReLU", kind="layer", doc="leaky ReLU with learned slopes (one, or one per channel)",
        torch_module=f"{T}PReLU",  # Keras's PReLU learns a slope per element unless shared_axes: written out
        args=(Arg("num_parameters", torch="num_parameters", torch_pos=0, torch_default=1),
              Arg("init", torch="init", torch_pos=1, torch_default=0.25)),
        shape="same", weights="prelu", layout_sensitive=True,
        notes=("Keras gets layers.PReLU with the slopes shared over every axis but the channels (or all axes).",),
    ))
    register(OpSpec(
        name="ZeroPad1d", kind="layer", doc="zero padding of the length axis",
        torch_module=f"{T}ZeroPad1d", keras_layer=f"{K}ZeroPadding1D",
        args=(Arg("padding", torch="padding", keras="padding", torch_pos=0, keras_pos=0, keras_default=1),),
        spatial=1, shape="pad", layout_sensitive=True,  # int or (left, right) in both
    ))
    register(OpSpec(
        name="Identity", kind="layer", doc="identity",
        torch_module=f"{T}Identity", keras_layer=f"{K}Identity", shape="same",
    ))
    register(OpSpec(
        name="Add", kind="merge", doc="elementwise sum", keras_layer=f"{K}Add",
        torch_functions=("torch.add",), keras_functions=("keras.layers.add", "keras.ops.add", "tensorflow.add",
                                                          "tensorflow.math.add"),
        shape="broadcast",
    ))
    register(OpSpec(
        name="Multiply", kind="merge", doc="elementwise product", keras_layer=f"{K}Multiply",
        torch_functions=("torch.mul", "torch.multiply"),
        keras_functions=("keras.layers.multiply", "keras.ops.multiply", "tensorflow.multiply",
                         "tensorflow.math.multiply"),
        shape="broadcast",
    ))
    register(OpSpec(
        name="Dot", kind="merge", doc="dot product of two vectors per sample (cosine similarity if normalized)",
        keras_layer=f"{K}Dot", keras_functions=("keras.layers.dot",),
        args=(Arg("axes", keras="axes", keras_pos=0), Arg("normalize", keras="normalize", keras_pos=1,
                                                         keras_default=False)),
        shape="dot",
        notes=("Migrated for (batch, features) inputs: `(a * b).sum(-1, keepdim=True)`, with `F.normalize` "
               "when normalize=True.",),
    ))
    register(OpSpec(
        name="Concat", kind="merge", doc="concatenation along an axis", keras_layer=f"{K}Concatenate",
        torch_functions=("torch.cat", "torch.concat", "torch.concatenate"),
        keras_functions=("keras.layers.concatenate", "keras.ops.concatenate", "tensorflow.concat"),
        args=(Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=0, keras_default=-1),),
        shape="concat", axis_args=("dim",), list_input=True,
    ))


# Keras-only normalization arguments; Pivot migrates their defaults (the last axis, centred and scaled).
_KERAS_NORM = (Arg("axis", keras="axis", keras_default=-1), Arg("center", keras="center", keras_default=True),
               Arg("scale", keras="scale", keras_default=True))


def _normalization_and_embedding() -> None:
    register(OpSpec(
        name="LayerNorm", kind="layer", doc="layer normalization over the last axis",
        torch_module=f"{T}LayerNorm", keras_layer=f"{K}LayerNormalization",
        args=(
            Arg("normalized_shape", torch="normalized_shape", torch_pos=0, inferred=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=1, torch_default=1e-5, keras_default=1e-3),
            Arg("elementwise_affine", torch="elementwise_affine", torch_pos=2, torch_default=True),
            Arg("bias", torch="bias", torch_pos=3, torch_default=True),
        ) + _KERAS_NORM,
        shape="same", weights="affine",
        notes=("Defaults differ: PyTorch eps 1e-5, Keras epsilon 1e-3.",),
    ))
    register(OpSpec(
        name="GroupNorm", kind="layer", doc="group normalization over the channel axis",
        torch_module=f"{T}GroupNorm", keras_layer=f"{K}GroupNormalization",
        args=(
            Arg("num_groups", torch="num_groups", keras="groups", torch_pos=0, keras_default=32),
            Arg("num_channels", torch="num_channels", torch_pos=1, inferred=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=2, torch_default=1e-5, keras_default=1e-3),
            Arg("affine", torch="affine", torch_pos=3, torch_default=True),
        ) + _KERAS_NORM,
        shape="same", weights="affine", layout_sensitive=True,
        notes=("Defaults differ: PyTorch eps 1e-5, Keras epsilon 1e-3; Keras groups defaults to 32.",),
    ))
    register(OpSpec(
        name="InstanceNorm", kind="layer", doc="instance normalization: each channel of each sample on its own",
        torch_modules_by_rank=((3, f"{T}InstanceNorm1d"), (4, f"{T}InstanceNorm2d"), (5, f"{T}InstanceNorm3d")),
        keras_layer=f"{K}GroupNormalization",
        args=(
            Arg("num_features", torch="num_features", torch_pos=0, inferred=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=1, torch_default=1e-5, keras_default=1e-3),
            Arg("momentum", torch="momentum", torch_pos=2, torch_default=0.1),
            Arg("affine", torch="affine", torch_pos=3, torch_default=False),
            Arg("track_running_stats", torch="track_running_stats", torch_pos=4, torch_default=False),
            Arg("groups", keras="groups", torch_default=-1, keras_default=32),  # a group per channel
        ) + _KERAS_NORM,
        shape="same", weights="affine", layout_sensitive=True,
        unsupported=lambda a: "track_running_stats=True (running statistics at inference) has no Keras "
        "equivalent" if a.get("track_running_stats") else None,
        notes=("Keras has no instance normalization layer: GroupNormalization with one group per channel.",),
    ))
    register(OpSpec(
        name="Embedding", kind="layer", doc="lookup table of token vectors",
        torch_module=f"{T}Embedding", keras_layer=f"{K}Embedding",
        args=(
            Arg("num_embeddings", torch="num_embeddings", keras="input_dim", torch_pos=0, keras_pos=0),
            Arg("embedding_dim", torch="embedding_dim", keras="output_dim", torch_pos=1, keras_pos=1),
            Arg("padding_idx", torch="padding_idx", torch_pos=2, torch_default=None),
            Arg("max_norm", torch="max_norm", torch_pos=3, torch_default=None),
            Arg("mask_zero", keras="mask_zero", keras_default=False),
        ),
        shape="embedding", weights="embedding",
        notes=("`padding_idx` (PyTorch) zeroes that row's gradient; `mask_zero` (Keras) masks index 0 for the "
               "layers downstream. They are not the same thing.",),
    ))


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


def _pad_unsupported(attrs: dict) -> str | None:
    pad, mode = attrs.get("pad"), attrs.get("mode")
    if not (isinstance(pad, tuple) and len(pad) % 2 == 0 and all(isinstance(p, int) for p in pad)):
        return "only literal paddings (a tuple of ints) are migrated"
    if mode not in ("constant", "reflect", "replicate"):
        return f"mode={mode!r} is not migrated (constant, reflect, replicate)"
    if mode == "replicate" and any(p > 1 for p in pad):
        return "replicate padding wider than 1 has no keras.ops.pad mode (TensorFlow lacks 'edge')"
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


def _tensor_ops() -> None:
    dim = Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=None, keras_default=None)
    keep = Arg("keepdim", torch="keepdim", keras="keepdims", torch_pos=1, keras_pos=1, torch_default=False,
               keras_default=False)
    for name, fn, kfn in (("Mean", "mean", "mean"), ("Sum", "sum", "sum"), ("Amax", "amax", "max"),
                          ("Amin", "amin", "min")):
        _tensor(name, fn, kfn, (dim, keep), shape="reduce", axis_args=("dim",),
                more_keras=(f"tensorflow.reduce_{kfn}", f"tensorflow.math.reduce_{kfn}"))
    for name, fn in (("Argmax", "argmax"), ("Argmin", "argmin")):
        _tensor(name, fn, fn, (dim, keep), shape="reduce", axis_args=("dim",))
    for name, fn, pair, both in (("MaxDim", "max", ("Amax", "Argmax"), "Maximum"),
                                 ("MinDim", "min", ("Amin", "Argmin"), "Minimum")):
        register(OpSpec(
            name=name, kind="tensor", doc=f"{fn} over an axis: (values, indices); over all axes without `dim`",
            torch_functions=(f"torch.{fn}",), torch_methods=(fn,), args=(dim, keep), shape="reduce",
            axis_args=("dim",), pair=pair, elementwise=both,
        ))
        register(OpSpec(
            name=both, kind="merge", doc=f"elementwise {fn} of two tensors",
            torch_functions=(f"torch.{both.lower()}",), keras_functions=(f"keras.ops.{both.lower()}",
                                                                        f"tensorflow.{both.lower()}"),
            shape="broadcast",
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
        shape="reduce", axis_args=("dim",), unsupported=_matrix_norm,
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
    # the same in both frameworks' layouts: "not in the catalog" stays the one place that reports
    register(OpSpec(
        name="Passthrough", kind="passthrough", doc="moves, copies or detaches a tensor without changing its "
        "values (`x.contiguous()`, `x.to(device)`): dropped in Keras",
        torch_methods=("contiguous", "clone", "detach", "to", "cuda", "cpu"),
    ))
    register(OpSpec(
        name="TensorAttribute", kind="passthrough", doc="a tensor attribute both frameworks spell alike "
        "(`x.ndim`, `x.dtype`); `x.shape` is read as a size, remapped for image-like tensors",
        tensor_attributes=("shape", "ndim", "dtype", "device"),
    ))
    register(OpSpec(
        name="Cast", kind="tensor", doc="cast to float32 (`x.float()`)", torch_methods=("float",),
        keras_functions=("keras.ops.cast",), args=(Arg("dtype", keras="dtype", keras_pos=0, torch_default="float32"),),
        unsupported=lambda a: None if a.get("dtype") == "float32" else f"a cast to {a.get('dtype')!r} is not "
        "migrated (only float32)",
    ))
    register(OpSpec(
        name="Pad", kind="tensor", doc="pad the last axes (pairs from the last axis backwards)",
        torch_functions=(f"{F}pad",),
        args=(Arg("pad", torch="pad", torch_pos=0), Arg("mode", torch="mode", torch_pos=1, torch_default="constant"),
              Arg("value", torch="value", torch_pos=2, torch_default=None)),
        shape="fpad", unsupported=_pad_unsupported,
        notes=("Keras gets keras.ops.pad with one (before, after) pair per axis, in its own layout.",),
    ))
    _tensor("Permute", "permute", "transpose",
            (Arg("dims", torch="dims", keras="axes", torch_pos=0, keras_pos=0, keras_default=None),),
            shape="permute", varargs="dims", layout_fixed=True)
    _tensor("Transpose", "transpose", "swapaxes",
            (Arg("dim0", torch="dim0", keras="axis1", torch_pos=0, keras_pos=0),
             Arg("dim1", torch="dim1", keras="axis2", torch_pos=1, keras_pos=1)),
            shape="transpose", layout_fixed=True)
    # on image-like values the axis is remapped (a size-1 axis the layout moves is still a known axis);
    # a new axis must be a spatial one (see backends.common.new_axis_position)
    _tensor("Unsqueeze", "unsqueeze", "expand_dims",
            (Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0),), shape="unsqueeze",
            axis_args=("dim",), new_axis=True)
    _tensor("Squeeze", "squeeze", "squeeze",
            (Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=None,
                 keras_default=None),), shape="squeeze", axis_args=("dim",))
    _tensor("Matmul", "matmul", "matmul", more_torch=("torch.bmm",), more_keras=("tensorflow.linalg.matmul",),
            shape="matmul")
    _tensor("Stack", "stack", "stack",
            (Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=0, keras_default=0),),
            method="", shape="stack", axis_args=("dim",), list_input=True, new_axis=True)
    _tensor("Reshape", "reshape", "reshape", method="", shape="reshape", layout_fixed=True,
            doc="reshape to an explicit shape")
    for name, fn in (("Exp", "exp"), ("Log", "log"), ("Sqrt", "sqrt"), ("Abs", "abs")):
        _tensor(name, fn, fn, more_keras=(f"tensorflow.math.{fn}",))


def _recurrent() -> None:
    for name, keras_name, gates in (("LSTM", "LSTM", 4), ("GRU", "GRU", 3), ("RNN", "SimpleRNN", 1)):
        cell = ((Arg("nonlinearity", torch="nonlinearity", keras="activation", torch_default="tanh",
                     keras_default="tanh", torch_values=("tanh", "relu"), keras_values=("tanh", "relu")),)
                if name == "RNN" else
                (Arg("activation", keras="activation", keras_default="tanh"),
                 Arg("recurrent_activation", keras="recurrent_activation", keras_default="sigmoid")))
        register(OpSpec(
            name=name, kind="layer", doc=f"{'multi-layer ' if gates > 1 else ''}{name} recurrent layer",
            torch_module=f"{T}{name}", keras_layer=f"{K}{keras_name}",
            args=(
                Arg("input_size", torch="input_size", torch_pos=0, inferred=True),
                Arg("hidden_size", torch="hidden_size", keras="units", torch_pos=1, keras_pos=0),
                Arg("num_layers", torch="num_layers", torch_pos=2, torch_default=1),
                Arg("bias", torch="bias", keras="use_bias", torch_pos=3, torch_default=True, keras_default=True),
                Arg("batch_first", torch="batch_first", torch_pos=4, torch_default=False, keras_default=True),
                Arg("dropout", torch="dropout", torch_pos=5, torch_default=0.0),
                Arg("bidirectional", torch="bidirectional", torch_pos=6, torch_default=False),
                Arg("return_sequences", keras="return_sequences", keras_default=False, torch_default=True),
                Arg("return_state", keras="return_state", keras_default=False, torch_default=True),
                Arg("go_backwards", keras="go_backwards", keras_default=False),
                Arg("stateful", keras="stateful", keras_default=False),
                Arg("input_dropout", keras="dropout", keras_default=0.0),
                Arg("recurrent_dropout", keras="recurrent_dropout", keras_default=0.0),
                Arg("merge_mode", keras_default="concat", torch_default="concat"),
            ) + cell + ((Arg("reset_after", keras="reset_after", keras_default=True),) if name == "GRU" else ()),
            shape="rnn", weights="rnn",
            notes=("PyTorch returns (output, h_n[, c_n]) for all layers and directions; Keras returns the last "
                   "step unless return_sequences, and states only with return_state.",
                   "Gate order: LSTM i,f,g,o in both; GRU r,z,n (PyTorch) vs z,r,h (Keras); PyTorch has two "
                   "biases where Keras LSTM/SimpleRNN have one (their sum)."),
        ))


def _attention() -> None:
    """PyTorch attention modules; Keras gets Pivot's support classes with PyTorch's call signature."""
    register(OpSpec(
        name="MultiheadAttention", kind="layer", doc="multi-head attention",
        torch_module=f"{T}MultiheadAttention", keras_layer=f"{K}MultiHeadAttention",
        args=(Arg("embed_dim", torch="embed_dim", torch_pos=0, inferred=True),
              Arg("num_heads", torch="num_heads", keras="num_heads", torch_pos=1, keras_pos=0),
              Arg("key_dim", keras="key_dim", keras_pos=1),
              Arg("value_dim", keras="value_dim", keras_default=None),
              Arg("output_shape", keras="output_shape", keras_default=None),
              Arg("attention_axes", keras="attention_axes", keras_default=None),
              Arg("dropout", torch="dropout", keras="dropout", torch_pos=2, torch_default=0.0, keras_default=0.0),
              Arg("bias", torch="bias", keras="use_bias", torch_pos=3, torch_default=True, keras_default=True),
              Arg("add_bias_kv", torch="add_bias_kv", torch_pos=4, torch_default=False),
              Arg("add_zero_attn", torch="add_zero_attn", torch_pos=5, torch_default=False),
              Arg("kdim", torch="kdim", torch_pos=6, torch_default=None),
              Arg("vdim", torch="vdim", torch_pos=7, torch_default=None),
              Arg("batch_first", torch="batch_first", torch_pos=8, torch_default=False, keras_default=True)),
        shape="same", weights="mha",
        notes=("Keras gets `TorchMultiheadAttention`, which returns (output, weights) and takes PyTorch's masks.",),
    ))
    register(OpSpec(
        name="TransformerEncoderLayer", kind="layer", doc="transformer encoder layer (PyTorch semantics)",
        torch_module=f"{T}TransformerEncoderLayer",
        args=(Arg("d_model", torch="d_model", torch_pos=0), Arg("nhead", torch="nhead", torch_pos=1),
              Arg("dim_feedforward", torch="dim_feedforward", torch_pos=2, torch_default=2048),
              Arg("dropout", torch="dropout", torch_pos=3, torch_default=0.1),
              Arg("activation", torch="activation", torch_pos=4, torch_default="relu"),
              Arg("layer_norm_eps", torch="layer_norm_eps", torch_pos=5, torch_default=1e-5),
              Arg("batch_first", torch="batch_first", torch_pos=6, torch_default=False),
              Arg("norm_first", torch="norm_first", torch_pos=7, torch_default=False),
              Arg("bias", torch="bias", torch_pos=8, torch_default=True)),
        shape="same",
    ))
    register(OpSpec(
        name="TransformerEncoder", kind="layer", doc="stack of transformer encoder layers (PyTorch semantics)",
        torch_module=f"{T}TransformerEncoder",
        args=(Arg("encoder_layer", torch="encoder_layer", torch_pos=0),
              Arg("num_layers", torch="num_layers", torch_pos=1),
              Arg("norm", torch="norm", torch_pos=2, torch_default=None),
              Arg("enable_nested_tensor", torch="enable_nested_tensor", torch_pos=3, torch_default=True),
              Arg("mask_check", torch="mask_check", torch_pos=4, torch_default=True)),
        shape="same",
    ))


_structural()
_normalization_and_embedding()
_attention()
_tensor_ops()
_recurrent()
for _n in (1, 2, 3):
    _conv(_n)
    _pool("Max", _n)
    _pool("Avg", _n)
    _global_pool("Avg", _n)
    _global_pool("Max", _n)
_conv_transpose(1)
_conv_transpose(2)
_batchnorm()
_activations()
