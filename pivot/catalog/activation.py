"""Activations: modules, functions, tensor methods and Keras `activation=` strings."""
from __future__ import annotations

import re

from pivot.catalog.domains import AXIS, FLAGS, Choice, Draw, Floats, Ints, Sides
from pivot.catalog.spec import CATALOG, REQUIRED, TORCH_CALL, Arg, OpSpec, Seen, SupportCall, Unsupported, Variant, register
from pivot.catalog.spelling import PER_STEP, F, K, T
from pivot.catalog.weight_rules import Slopes
from pivot.model import Expr, Value, value_code

# keras.layers.ReLU(max_value, negative_slope, threshold) spells ReLU, ReLU6 and LeakyReLU
_KERAS_RELU = (f"{K}ReLU", ("max_value", "negative_slope", "threshold"))


def _activation(name: str, torch: str | None, keras_act: str | None, *, args: tuple[Arg, ...] = (),
                keras_layer: str | None = None, torch_fns: tuple[str, ...] = (), methods: tuple[str, ...] = (),
                keras_fns: tuple[str, ...] = (), aliases: tuple[str, ...] = (), doc: str = "",
                notes: tuple[str, ...] = (), axis_args: tuple[str, ...] = (),
                variants: tuple[Variant, ...] = (), function_defaults: tuple = (), **hooks) -> None:
    register(OpSpec(
        name=name, kind="activation", doc=doc or f"{name} activation",
        torch_module=f"{T}{torch}" if torch else None, keras_layer=f"{K}{keras_layer}" if keras_layer else None,
        args=args, torch_functions=torch_fns, torch_methods=methods, keras_functions=keras_fns,
        keras_activation=keras_act, keras_activation_aliases=aliases, shape="same", notes=notes,
        axis_args=axis_args, variants=variants + (PER_STEP,),
        keras_function_defaults=function_defaults, **hooks,
    ))



def _hardtanh_layer(attrs: dict) -> str | None:
    """nn.Hardtanh(min_val, max_val) of other bounds than -1 and 1 (`nn.Hardtanh(-3.0, 3.0)` on a regression head):
    a clip, which Keras's hard_tanh is only for those; None (the entry's activation) for the defaults."""
    low, high = attrs.get("min_val", -1.0), attrs.get("max_val", 1.0)
    def equal(value, default):
        return isinstance(value, (int, float)) and not isinstance(value, bool) and float(value) == default

    if equal(low, -1.0) and equal(high, 1.0):
        return None
    return f"layers.Activation(lambda t: keras.ops.clip(t, {value_code(low)}, {value_code(high)}))"


def _tanh(attrs: dict) -> bool:
    """GELU's tanh approximation (PyTorch spells it approximate="tanh", Keras approximate=True)."""
    return attrs.get("approximate") == "tanh"


# the activations keras.ops.nn also holds (keras.io writes `ops.nn.sigmoid(x)`; there is no `ops.nn.tanh`)
_KERAS_OPS_NN = frozenset({"relu", "relu6", "sigmoid", "softplus", "softsign", "silu", "swish", "log_sigmoid",
                           "leaky_relu", "hard_sigmoid", "hard_silu", "hard_swish", "elu", "selu", "gelu", "celu",
                           "glu", "softmax", "log_softmax", "tanh_shrink", "soft_shrink", "hard_shrink", "hard_tanh"})


def _keras_fns(name: str) -> tuple[str, ...]:
    nn = (f"keras.ops.nn.{name}",) if name in _KERAS_OPS_NN else ()
    return (f"keras.ops.{name}", f"keras.activations.{name}", f"tensorflow.nn.{name}", f"tensorflow.math.{name}") + nn



def _activations() -> None:
    _activation("ReLU", "ReLU", "relu", keras_layer="ReLU", torch_fns=(f"{F}relu", "torch.relu"),
                methods=("relu",), keras_fns=_keras_fns("relu"),
                args=(Arg("inplace", torch="inplace", torch_pos=0, torch_default=False, domain=FLAGS),),
                variants=(Variant(_KERAS_RELU[0], _KERAS_RELU[1]),))
    _activation("ReLU6", "ReLU6", "relu6", torch_fns=(f"{F}relu6",), keras_fns=_keras_fns("relu6"),
                args=(Arg("inplace", torch="inplace", torch_pos=0, torch_default=False, domain=FLAGS),),
                variants=(Variant(*_KERAS_RELU, fixed=(("max_value", 6),)),),
                emit_keras=lambda attrs: "layers.ReLU(max_value=6.0)")  # Keras's ReLU layer, capped
    _activation("LeakyReLU", "LeakyReLU", "leaky_relu", keras_layer="LeakyReLU",
                torch_fns=(f"{F}leaky_relu",), keras_fns=_keras_fns("leaky_relu"),
                args=(Arg("negative_slope", torch="negative_slope", keras="negative_slope", torch_pos=0,
                          keras_pos=0, torch_default=0.01, keras_default=0.3, keras_aliases=("alpha",),
                          domain=Sides(torch=Floats(values=(0.01, 0.2, 0.3)), keras=Floats(values=(0.3, 0.01, 0.2)))),
                      Arg("inplace", torch="inplace", torch_pos=1, torch_default=False, domain=FLAGS)),
                notes=("Default slope differs: PyTorch 0.01, keras.layers.LeakyReLU 0.3, "
                       "activation='leaky_relu' 0.2.",),
                variants=(Variant(*_KERAS_RELU, carried=("negative_slope",)),),
                function_defaults=(("negative_slope", 0.2),))
    _activation("ELU", "ELU", "elu", keras_layer="ELU", torch_fns=(f"{F}elu",), keras_fns=_keras_fns("elu"),
                args=(Arg("alpha", torch="alpha", keras="alpha", torch_pos=0, keras_pos=0, torch_default=1.0,
                          keras_default=1.0, domain=Floats(values=(1.0, 0.5))),
                      Arg("inplace", torch="inplace", torch_pos=1, torch_default=False, domain=FLAGS)))
    _activation("SELU", "SELU", "selu", torch_fns=(f"{F}selu", "torch.selu"), keras_fns=_keras_fns("selu"),
                args=(Arg("inplace", torch="inplace", torch_pos=0, torch_default=False, domain=FLAGS),))
    _activation("GELU", "GELU", "gelu", torch_fns=(f"{F}gelu",), keras_fns=_keras_fns("gelu"),
                args=(Arg("approximate", torch="approximate", keras="approximate", torch_default="none",
                          keras_default=False, to_keras=lambda v: v == "tanh" if isinstance(v, str) else v,
                          from_keras=lambda v: ("tanh" if v else "none") if isinstance(v, bool) else v,
                          torch_values=("none", "tanh"),
                          domain=Sides(torch=Choice(("none", "tanh")), keras=FLAGS)),),
                emit_torch=lambda attrs: 'nn.GELU(approximate="tanh")' if _tanh(attrs) else None,
                emit_torch_call=lambda attrs, x: f'F.gelu({x}, approximate="tanh")' if _tanh(attrs) else
                f"F.gelu({x})",
                emit_keras=lambda attrs: "layers.Activation(lambda t: keras.activations.gelu(t, approximate=True))"
                if _tanh(attrs) else None,
                keras_ops_defaults=(("approximate", "tanh"),))  # keras.ops.gelu approximates, the layer does not
    _activation("SiLU", "SiLU", "silu", torch_fns=(f"{F}silu",), keras_fns=_keras_fns("silu") + _keras_fns("swish"),
                aliases=("swish",), args=(Arg("inplace", torch="inplace", torch_pos=0, torch_default=False, domain=FLAGS),))
    _activation("Sigmoid", "Sigmoid", "sigmoid", torch_fns=("torch.sigmoid", f"{F}sigmoid"),
                methods=("sigmoid",), keras_fns=_keras_fns("sigmoid"))
    _activation("Tanh", "Tanh", "tanh", torch_fns=("torch.tanh", f"{F}tanh"), methods=("tanh",),
                keras_fns=_keras_fns("tanh"))
    for name, keras_act in (("Softmax", "softmax"), ("LogSoftmax", "log_softmax")):
        _activation(name, name, keras_act, keras_layer="Softmax" if name == "Softmax" else None,
                    torch_fns=(f"{F}{keras_act}", f"torch.{keras_act}"), methods=(keras_act,),
                    keras_fns=_keras_fns(keras_act),
                    args=(Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=None,
                              keras_default=-1, domain=Sides(torch=AXIS, keras=Ints(min=-8, values=(-1,)))),),
                    axis_args=("dim",))
    _activation("Softplus", "Softplus", "softplus", torch_fns=(f"{F}softplus",), keras_fns=_keras_fns("softplus"),
                args=(Arg("beta", torch="beta", torch_pos=0, torch_default=1.0, domain=Floats(values=(1.0, 2.0)),
                caveat=("PIV105", "Softplus with beta != 1 has no Keras activation")),
                      Arg("threshold", torch="threshold", torch_pos=1, torch_default=20.0,
                          domain=Floats(values=(20.0, 10.0)),
                          caveat=("PIV105", "Softplus with threshold != 20 is the identity above it (PyTorch); "
                                            "Keras's softplus has no threshold"))),
                notes=("PyTorch reverts to the identity above `threshold` (20); the difference is below float32 "
                       "precision.",))
    _activation("Hardswish", "Hardswish", "hard_swish", torch_fns=(f"{F}hardswish",),
                keras_fns=_keras_fns("hard_swish"), aliases=("hard_silu",),
                args=(Arg("inplace", torch="inplace", torch_pos=0, torch_default=False, domain=FLAGS),))
    inplace = (Arg("inplace", torch="inplace", torch_pos=0, torch_default=False, domain=FLAGS),)
    _activation("Mish", "Mish", "mish", torch_fns=(f"{F}mish",), keras_fns=("keras.activations.mish",),
                args=inplace)  # keras.ops has no mish
    _activation("Hardsigmoid", "Hardsigmoid", "hard_sigmoid", torch_fns=(f"{F}hardsigmoid",),
                keras_fns=_keras_fns("hard_sigmoid"), args=inplace)
    _activation("Hardtanh", "Hardtanh", "hard_tanh", torch_fns=(f"{F}hardtanh",), keras_fns=_keras_fns("hard_tanh"),
                args=(Arg("min_val", torch="min_val", torch_pos=0, torch_default=-1.0,
                          domain=Floats(lo=float("-inf"), values=(-1.0, 0.0)),
                          caveat=("PIV105", "Hardtanh with min_val != -1 has no Keras activation")),
                      Arg("max_val", torch="max_val", torch_pos=1, torch_default=1.0, domain=Floats(values=(1.0, 2.0)),
                          caveat=("PIV105", "Hardtanh with max_val != 1 has no Keras activation")),
                      Arg("inplace", torch="inplace", torch_pos=2, torch_default=False, domain=FLAGS)),
                emit_keras=_hardtanh_layer)
    _activation("Softsign", "Softsign", "softsign", torch_fns=(f"{F}softsign",), keras_fns=_keras_fns("softsign"))
    _activation("LogSigmoid", "LogSigmoid", "log_sigmoid", torch_fns=(f"{F}logsigmoid",),
                keras_fns=_keras_fns("log_sigmoid"))
    _activation("Tanhshrink", "Tanhshrink", "tanh_shrink", torch_fns=(f"{F}tanhshrink",),
                keras_fns=_keras_fns("tanh_shrink"))
    # keras.activations' own functions of the same arguments
    _activation("CELU", "CELU", "celu", torch_fns=(f"{F}celu",), keras_fns=_keras_fns("celu"),
                args=(Arg("alpha", torch="alpha", keras="alpha", torch_pos=0, keras_pos=0, torch_default=1.0,
                          keras_default=1.0, domain=Floats(values=(1.0, 0.5))),
                      Arg("inplace", torch="inplace", torch_pos=1, torch_default=False, domain=FLAGS)))
    for name, keras_act in (("Hardshrink", "hard_shrink"), ("Softshrink", "soft_shrink")):
        _activation(name, name, keras_act, torch_fns=(f"{F}{name.lower()}",), keras_fns=_keras_fns(keras_act),
                    args=(Arg("lambd", torch="lambd", keras="threshold", torch_pos=0, keras_pos=0, torch_default=0.5,
                              keras_default=0.5, domain=Floats(values=(0.5, 0.25))),))
    _activation("Threshold", "Threshold", None, torch_fns=(f"{F}threshold",),  # (no activation by name: args)
                keras_fns=("keras.activations.threshold", "keras.ops.threshold"),
                args=(Arg("threshold", torch="threshold", keras="threshold", torch_pos=0, keras_pos=0,
                          domain=Floats(values=(0.1, 0.0))),
                      Arg("value", torch="value", keras="default_value", torch_pos=1, keras_pos=1,
                          domain=Floats(lo=float("-inf"), values=(0.0, -1.0))),
                      Arg("inplace", torch="inplace", torch_pos=2, torch_default=False, domain=FLAGS)))



def _prelu_to_keras(attrs: dict, seen: Seen) -> str:
    """nn.PReLU as layers.PReLU sharing its slope over every axis but the channels (the last in Keras; for
    one slope, over all axes), starting at PyTorch's `init`."""
    init = value_code(attrs.get("init", 0.25))
    if (seen.shape is None or seen.rank_guessed) and attrs.get("num_parameters", 1) == 1:
        return f"TorchPReLU(init={init})"  # one slope for every element: exact for any rank
    if seen.shape is None or seen.rank_guessed:
        return Unsupported("the input rank is not known statically, so the axes Keras's PReLU shares its slopes "
                           "over cannot be written (declare the input shape)")
    rank = len(seen.shape) + 1
    per_channel = attrs.get("num_parameters", 1) != 1
    if per_channel and rank > 2 and not seen.image:
        return Unsupported("PyTorch's slopes are per axis 1, which is not the features axis of this sequence")
    shared = list(range(1, rank - 1 if per_channel else rank))
    return (f"layers.PReLU(alpha_initializer=keras.initializers.Constant({init})"
            f"{f', shared_axes={shared}' if shared else ''})")


def _constant_slope(value: Value) -> Value:
    """Keras's `alpha_initializer` as PyTorch's `init`: zeros (its default) or `keras.initializers.Constant(v)`
    (how Pivot writes `init`); any other initializer stays as written and is refused (`_prelu_unsupported`)."""
    if isinstance(value, str) and value.lower() == "zeros":
        return 0.0
    found = re.fullmatch(r"(?:keras\.)?initializers\.Constant\((?:value=)?([-+0-9.e]+)\)",
                         value.code.replace(" ", "") if isinstance(value, Expr) else "")
    return float(found.group(1)) if found else value


def _prelu_unsupported(attrs: dict) -> str | None:
    init = attrs.get("init", 0.25)
    return None if isinstance(init, (int, float)) else f"alpha_initializer={value_code(init)} is not migrated " \
        "(zeros or keras.initializers.Constant(value): PyTorch's `init`)"


def _prelu_to_torch(attrs: dict, seen: Seen, generic: str) -> str:
    """Keras's PReLU as nn.PReLU: slopes shared over every axis (one slope), or over all but the channels (one
    per channel: PyTorch's axis 1 is the channels of an image or the features of a flat input); Keras's default,
    a slope per element, is PyTorch's only for a flat (N, F) input. Pivot's `TorchPReLU` is nn.PReLU itself."""
    if attrs.get(TORCH_CALL):
        return generic
    if seen.shape is None or seen.rank_guessed:
        return Unsupported("the input rank is not known statically, so which axes the slopes are shared over "
                           "cannot be told (declare the input shape)")
    rank = len(seen.shape) + 1
    shared = {a % rank for a in attrs.get("shared_axes") or ()}
    init = attrs.get("init", 0.25)
    tail = "" if init == 0.25 else f"init={value_code(init)}"
    if shared >= set(range(1, rank)):
        return f"nn.PReLU({tail})"
    channels = seen.shape[0]  # (C, *S) channels-first, or (F,)
    if shared == set(range(1, rank - 1)) and (seen.image or rank == 2) and channels is not None:
        return f"nn.PReLU({', '.join(p for p in (value_code(channels), tail) if p)})"
    return Unsupported(f"slopes shared over axes {sorted(shared)} of a rank-{rank} input: nn.PReLU learns one "
                       "slope, or one per channel (axis 1)")


def _prelu() -> None:
    """PReLU: learned slopes."""
    register(OpSpec(
        name="PReLU", kind="layer", doc="leaky ReLU with learned slopes (one, or one per channel)",
        torch_module=f"{T}PReLU",  # Keras's PReLU learns a slope per element unless shared_axes: written out
        keras_layer=f"{K}PReLU",
        args=(Arg("num_parameters", torch="num_parameters", torch_pos=0, torch_default=1),
              Arg("init", torch="init", torch_pos=1, torch_default=0.25, keras="alpha_initializer",
                  keras_default="zeros", from_keras=_constant_slope),
              Arg("shared_axes", keras="shared_axes", keras_default=None)),
        shape="same", weights="prelu", weight_rule=Slopes(), layout_sensitive=True, emit_keras_layer=_prelu_to_keras,
        emit_torch_layer=_prelu_to_torch, unsupported=_prelu_unsupported,
        keras_support_call=SupportCall("TorchPReLU"),
        draw=Draw(("img", "vec", "seq")),
        notes=("Keras gets layers.PReLU with the slopes shared over every axis but the channels (or all axes).",),
    ))


# `layers.Activation(activation)` whose name is a constructor parameter of a custom Keras layer: the name is
# known only when the model is built, so PyTorch gets a support module choosing from the Keras names
BY_NAME = "ActivationByName"


def _torch_constructor(spec: OpSpec) -> str:
    """`nn.X(...)` for a Keras activation name: Keras's function defaults where PyTorch's differ, the last axis."""
    args = [f"{a.torch}={value_code(v)}" for k, v in spec.keras_function_defaults for a in spec.args
            if a.name == k and a.torch]
    args += ["dim=-1"] * bool(spec.axis_args)
    module = f"nn.{spec.torch_module.rsplit('.', 1)[1]}"
    return f"lambda: {module}({', '.join(args)})" if args else module


def _keras_activation_class() -> str:
    """The support module, its table written from the activation entries (one place for each name)."""
    rows = [f'        "{name}": {_torch_constructor(spec)},'
            for spec in CATALOG.values() if spec.kind == "activation" and spec.keras_activation and spec.torch_module
            and REQUIRED not in (a.torch_default for a in spec.args)  # (Threshold: no activation by its name alone)
            for name in (spec.keras_activation,) + spec.keras_activation_aliases]
    return KERAS_ACTIVATION_CLASS.replace("{rows}", "\n".join(rows))


KERAS_ACTIVATION_CLASS = '''

class KerasActivation(nn.Module):
    """A Keras activation given by its name when the model is built (written by Pivot from its catalog):
    `layers.Activation(activation)` with the name a constructor parameter; Keras's defaults are written out."""

    MODULES = {
        None: nn.Identity,
        "linear": nn.Identity,
{rows}
    }

    def __init__(self, name):
        super().__init__()
        if name not in self.MODULES:
            raise ValueError(f"activation {name!r} is not one Pivot migrates")
        self.name = "linear" if name is None else name  # as keras.activations.serialize gives it
        self.activation = self.MODULES[name]()

    def forward(self, x):
        return self.activation(x)
'''


def _by_name() -> None:
    register(OpSpec(
        name=BY_NAME, kind="activation", doc="a Keras activation chosen by a name given when the model is built",
        args=(Arg("name", keras="activation", keras_pos=0),), shape="same",
        emit_torch=lambda attrs: f"KerasActivation({value_code(attrs.get('name'))})",
        torch_support_code=_keras_activation_class(),
    ))


_prelu()
_activations()
_by_name()
