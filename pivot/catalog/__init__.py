"""The op catalog: one declarative `OpSpec` per pivot op, registered by its family module (conv, pooling,
normalization, recurrent, attention, merge, tensor, activation, ...).

Frontends look ops up by their framework spelling, backends emit them from the same entry, shape
inference reads `shape`, weight transfer reads `weights`, hovers and diagnostics read the rest.
Canonical attribute values follow PyTorch's conventions (e.g. BatchNorm momentum is the weight of the
new batch); `Arg.to_keras` / `Arg.from_keras` convert where Keras differs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from pivot.model import Value

REQUIRED = "<required>"  # marks an argument with no default


@dataclass(frozen=True)
class Arg:
    """One constructor argument, as each framework spells it.

    `torch`/`keras` are keyword names (None: the framework has no such argument); `*_pos` are positional
    indices. `inferred` marks PyTorch arguments filled by shape inference (in_features, in_channels...).
    """

    name: str
    torch: str | None = None
    keras: str | None = None
    torch_pos: int | None = None
    keras_pos: int | None = None
    torch_default: Value = REQUIRED
    keras_default: Value = REQUIRED
    inferred: bool = False
    to_keras: Callable[[Value], Value] | None = None
    from_keras: Callable[[Value], Value] | None = None
    # What a value that only one side accepts means: the op is unsupported on the other side unless default.
    torch_only_default_ok: bool = True
    # The string values each side's spelling may take that Pivot migrates (empty: not checked); any other
    # string value is an error, never passed through
    torch_values: tuple[str, ...] = ()
    keras_values: tuple[str, ...] = ()


@dataclass(frozen=True)
class OpSpec:
    name: str
    kind: str  # "layer" | "activation" | "merge" | "reshape" | "container"
    doc: str = ""
    torch_module: str | None = None  # qualified: "torch.nn.Conv2d"
    torch_modules_by_rank: tuple[tuple[int, str], ...] = ()  # BatchNorm1d/2d/3d by input rank
    torch_lazy: str | None = None  # lazy twin used when an inferred argument is unknown
    keras_layer: str | None = None  # qualified: "keras.layers.Conv2D"
    keras_layer_aliases: tuple[str, ...] = ()
    args: tuple[Arg, ...] = ()
    torch_functions: tuple[str, ...] = ()  # "torch.nn.functional.relu", "torch.relu"
    torch_methods: tuple[str, ...] = ()  # tensor methods: x.relu()
    tensor_attributes: tuple[str, ...] = ()  # tensor attributes: x.ndim
    keras_functions: tuple[str, ...] = ()  # "keras.ops.relu", "tensorflow.nn.relu"
    keras_activation: str | None = None  # the string of keras `activation=`
    keras_activation_aliases: tuple[str, ...] = ()
    spatial: int = 0  # 1, 2, 3 for conv/pool ops; 0 otherwise
    shape: str = "same"  # shape rule in pivot.shapes
    weights: str | None = None  # weight rule in pivot.weights
    axis_args: tuple[str, ...] = ()  # canonical args that name an axis (remapped under layout change)
    layout_sensitive: bool = False  # input/output are image-like (channels-first in torch, last in keras)
    list_input: bool = False  # the tensors come as one list argument (cat, stack)
    varargs: str | None = None  # tensor-method form collects all positional arguments here (x.permute(0, 2, 1))
    layout_fixed: bool = False  # changes axes in a way Pivot does not remap for image-like values
    # the axis argument numbers the output, which has one more axis than the input (unsqueeze, stack)
    new_axis: bool = False
    # an op returning (values, indices) (`x.max(dim=1)`): the entries giving each; `elementwise` is the entry
    # for its two-tensor form (`torch.max(a, b)`)
    pair: tuple[str, str] = ()
    elementwise: str | None = None
    # why given attributes cannot be migrated (None: they can); reported as PIV103 by the backends
    unsupported: Callable[[dict], str | None] | None = None
    notes: tuple[str, ...] = field(default=())  # semantic caveats shown in hovers
    # the class Pivot writes into a PyTorch file when `torch_module` names its own module (`DepthToSpace`)
    torch_support_code: str = ""
    # the class Pivot writes into a Keras file when `keras_layer` names its own layer (`TorchPixelShuffle`)
    keras_support_code: str = ""
    # makes a tensor from sizes alone (arange): no leading positional argument is a tensor
    creates: bool = False

    def arg(self, name: str) -> Arg | None:
        return next((a for a in self.args if a.name == name), None)

    def torch_defaults(self) -> dict[str, Value]:
        return {a.name: a.torch_default for a in self.args if a.torch and a.torch_default != REQUIRED}

    def keras_defaults(self) -> dict[str, Value]:
        out = {}
        for a in self.args:
            if a.keras and a.keras_default != REQUIRED:
                out[a.name] = a.from_keras(a.keras_default) if a.from_keras else a.keras_default
        return out


CATALOG: dict[str, OpSpec] = {}

# Keras activation functions (keras.activations.leaky_relu, `Activation("leaky_relu")`, activation="...")
# whose defaults differ from their layer's (layers.LeakyReLU: 0.3)
KERAS_FUNCTION_DEFAULTS: dict[str, dict[str, Value]] = {"LeakyReLU": {"negative_slope": 0.2}}


def register(spec: OpSpec) -> OpSpec:
    assert spec.name not in CATALOG, spec.name
    CATALOG[spec.name] = spec
    return spec


def op(name: str) -> OpSpec:
    return CATALOG[name]


def _index(attr: str) -> dict[str, OpSpec]:
    table: dict[str, OpSpec] = {}
    for spec in CATALOG.values():
        values = getattr(spec, attr)
        for key in (values if isinstance(values, tuple) else (values,)):
            if key:
                table.setdefault(key, spec)
    return table


class _Lookups:
    """Reverse indexes from framework spellings to entries, built once after registration."""

    def __init__(self) -> None:
        self.torch_module = _index("torch_module")
        for spec in CATALOG.values():
            for _, qual in spec.torch_modules_by_rank:
                self.torch_module.setdefault(qual, spec)
            if spec.torch_lazy:
                self.torch_module.setdefault(spec.torch_lazy, spec)
        self.torch_function = _index("torch_functions")
        self.torch_method = _index("torch_methods")
        self.tensor_attribute = _index("tensor_attributes")
        self.keras_layer = _index("keras_layer")
        self.keras_layer.update({k: s for s in CATALOG.values() for k in s.keras_layer_aliases})
        self.keras_function = _index("keras_functions")
        self.keras_activation = _index("keras_activation")
        self.keras_activation.update(
            {k: s for s in CATALOG.values() for k in s.keras_activation_aliases}
        )


_lookups: _Lookups | None = None


def lookups() -> _Lookups:
    global _lookups
    if _lookups is None:
        from pivot.catalog import (  # noqa: F401  (importing a family registers its entries)
            activation,
            attention,
            conv,
            creation,
            core,
            merge,
            normalization,
            padding,
            pooling,
            preprocessing,
            recurrent,
            reshaping,
            resampling,
            separable,
            tensor,
        )

        _lookups = _Lookups()
    return _lookups


def all_ops() -> dict[str, OpSpec]:
    lookups()
    return CATALOG
