"""The values each catalog argument takes in each framework, for drawing random models.

A domain lists values the *source* framework accepts (its own spelling: Keras `padding="same"`, PyTorch
`padding=1`), defaults and non-defaults alike, including values the other framework has no equivalent for
(PyTorch `padding_mode="reflect"`, Keras `padding="causal"`): Pivot must translate those exactly or report
them. An `Arg` that declares its own domain (`torch_values` / `keras_values`) is read first, so the
catalog stays the one place that knows an op.
"""
from __future__ import annotations

from pivot.catalog import Arg, OpSpec

# (framework, canonical argument name) -> values; an op family may refine it in FAMILY below.
COMMON: dict[tuple[str, str], tuple] = {
    ("torch", "out_channels"): (4, 6, 8, 12),
    ("keras", "out_channels"): (4, 6, 8, 12),
    ("torch", "kernel_size"): (1, 2, 3, 5),
    ("keras", "kernel_size"): (1, 2, 3, 5),
    ("torch", "stride"): (1, 2),
    ("keras", "stride"): (1, 2),
    ("torch", "padding"): (0, 1, 2, "same", "valid"),
    ("keras", "padding"): ("valid", "same"),
    ("torch", "dilation"): (1, 2),
    ("keras", "dilation"): (1, 2),
    ("torch", "groups"): (1, 2),
    ("keras", "groups"): (1, 2),
    ("torch", "bias"): (True, False),
    ("keras", "bias"): (True, False),
    ("torch", "padding_mode"): ("zeros", "reflect", "replicate", "circular"),
    ("torch", "eps"): (1e-5, 1e-3, 0.01),
    ("keras", "eps"): (1e-3, 1e-5, 0.01),
    ("torch", "momentum"): (0.1, 0.01, 0.3),
    ("keras", "momentum"): (0.99, 0.9),
    ("torch", "affine"): (True, False),
    ("torch", "track_running_stats"): (True, False),
    ("keras", "center"): (True, False),
    ("keras", "scale"): (True, False),
    ("torch", "elementwise_affine"): (True, False),
    ("torch", "out_features"): (4, 8, 16, 24),
    ("keras", "out_features"): (4, 8, 16, 24),
    ("torch", "p"): (0.0, 0.1, 0.5),
    ("keras", "p"): (0.0, 0.1, 0.5),
    ("torch", "inplace"): (False, True),
    ("torch", "negative_slope"): (0.01, 0.2, 0.3),
    ("keras", "negative_slope"): (0.3, 0.01, 0.2),
    ("torch", "alpha"): (1.0, 0.5),
    ("keras", "alpha"): (1.0, 0.5),
    ("torch", "approximate"): ("none", "tanh"),
    ("keras", "approximate"): (False, True),
    ("torch", "beta"): (1.0, 2.0),
    ("torch", "threshold"): (20.0, 10.0),
    ("torch", "num_groups"): (1, 2, 4),
    ("keras", "num_groups"): (1, 2, 4, -1),
    ("torch", "num_embeddings"): (10, 20, 50),
    ("keras", "num_embeddings"): (10, 20, 50),
    ("torch", "embedding_dim"): (4, 8, 16),
    ("keras", "embedding_dim"): (4, 8, 16),
    ("torch", "padding_idx"): (None, 0),
    ("torch", "max_norm"): (None, 1.0),
    ("keras", "mask_zero"): (False, True),
    ("torch", "hidden_size"): (4, 8, 12),
    ("keras", "hidden_size"): (4, 8, 12),
    ("torch", "num_layers"): (1, 2),
    ("torch", "bidirectional"): (False, True),
    ("torch", "nonlinearity"): ("tanh", "relu"),
    ("keras", "nonlinearity"): ("tanh", "relu"),
    ("keras", "go_backwards"): (False, True),
    ("keras", "activation"): ("tanh", "relu"),
    ("keras", "recurrent_activation"): ("sigmoid", "hard_sigmoid"),
    ("keras", "reset_after"): (True, False),
    ("keras", "input_dropout"): (0.0, 0.2),
    ("keras", "recurrent_dropout"): (0.0, 0.2),
    ("torch", "num_heads"): (1, 2, 4),
    ("keras", "num_heads"): (1, 2, 4),
    ("torch", "add_bias_kv"): (False, True),
    ("torch", "add_zero_attn"): (False, True),
    ("keras", "keepdims"): (False, True),
    ("torch", "output_size"): (1, 1, 2),
    ("torch", "ceil_mode"): (False, True),
    ("torch", "count_include_pad"): (True, False),
    ("torch", "divisor_override"): (None, 3),
    ("torch", "output_padding"): (0, 1),
    ("keras", "axes"): (1, -1),
    ("keras", "normalize"): (False, True),
}

# Refinements for one op family (the name's prefix): pooling kernels are small, transposed convs pad less.
FAMILY: dict[tuple[str, str, str], tuple] = {
    ("MaxPool", "torch", "kernel_size"): (2, 3),
    ("AvgPool", "torch", "kernel_size"): (2, 3),
    ("MaxPool", "keras", "kernel_size"): (2, 3),
    ("AvgPool", "keras", "kernel_size"): (2, 3),
    ("MaxPool", "torch", "stride"): (None, 1, 2),
    ("AvgPool", "torch", "stride"): (None, 1, 2),
    ("MaxPool", "keras", "stride"): (None, 1, 2),
    ("AvgPool", "keras", "stride"): (None, 1, 2),
    ("MaxPool", "torch", "padding"): (0, 1),
    ("AvgPool", "torch", "padding"): (0, 1),
    ("ConvTranspose", "torch", "padding"): (0, 1),
    ("ConvTranspose", "torch", "kernel_size"): (2, 3, 4),
    ("ConvTranspose", "torch", "padding_mode"): ("zeros",),
    ("ConvTranspose", "keras", "kernel_size"): (2, 3, 4),
    ("ConvTranspose", "keras", "dilation"): (1,),  # TensorFlow's CPU kernel rejects dilated transposed convs
    ("Conv1d", "keras", "padding"): ("valid", "same", "causal"),
    ("ZeroPad2d", "torch", "padding"): (1, 2, (1, 2, 0, 1)),
    ("ZeroPad2d", "keras", "padding"): (1, (1, 2), ((1, 0), (2, 1))),
    ("Softmax", "torch", "dim"): (1, -1),
    ("Softmax", "keras", "dim"): (-1,),
    ("LogSoftmax", "torch", "dim"): (1, -1),
    ("LogSoftmax", "keras", "dim"): (-1,),
    ("BatchNorm", "torch", "momentum"): (0.1, 0.01, 0.3, None),
    ("AvgPool1d", "torch", "divisor_override"): (None,),  # nn.AvgPool1d has none (the catalog lists one)
}


def domain(spec: OpSpec, arg: Arg, framework: str) -> tuple:
    """The values `arg` of `spec` takes in `framework`'s spelling; () when the framework has no such argument."""
    if (arg.torch if framework == "torch" else arg.keras) is None:
        return ()
    declared = getattr(arg, f"{framework}_values", None)
    if declared:
        return tuple(declared)
    for prefix in (spec.name, spec.name.rstrip("123d"), spec.name[:-2]):
        if (prefix, framework, arg.name) in FAMILY:
            return FAMILY[prefix, framework, arg.name]
    return COMMON.get((framework, arg.name), ())


def default(arg: Arg, framework: str):
    return arg.torch_default if framework == "torch" else arg.keras_default
