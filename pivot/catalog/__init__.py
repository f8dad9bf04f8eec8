"""The op catalog: one declarative `OpSpec` per pivot op, registered by its family module (conv, pooling,
normalization, recurrent, attention, merge, tensor, activation, ...).

Frontends look ops up by their framework spelling, backends emit them from the same entry (its data fields,
and the emit hooks of its family module for what is genuinely op-specific), shape inference asks `shape_rule`,
weight transfer reads `weights`, hovers and diagnostics read the rest.
Canonical attribute values follow PyTorch's conventions (e.g. BatchNorm momentum is the weight of the
new batch); `Arg.to_keras` / `Arg.from_keras` convert where Keras differs.
"""
from __future__ import annotations

from pivot.catalog import (  # noqa: F401  (importing a family registers its entries, in this order)
    activation,
    attention,
    conv,
    core,
    creation,
    merge,
    normalization,
    padding,
    pooling,
    preprocessing,
    rearrange,
    recurrent,
    reshaping,
    resampling,
    separable,
    tensor,
)
from pivot.catalog.spec import (  # noqa: F401  (the vocabulary, re-exported)
    CATALOG,
    REQUIRED,
    TORCH_CALL,
    Arg,
    OpSpec,
    Seen,
    SupportCall,
    Unsupported,
    Variant,
    op,
    register,
)


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
        self.keras_variant: dict[str, list[tuple[OpSpec, Variant]]] = {}
        for spec in CATALOG.values():
            for variant in spec.variants:
                self.keras_variant.setdefault(variant.keras, []).append((spec, variant))
        self.python_operator = {o: s for s in CATALOG.values() for o in s.python_operators}
        # Pivot's Keras support classes (`TorchRNN`) -> the entries they stand for, with how each is called
        self.keras_support: dict[str, list[tuple[OpSpec, SupportCall]]] = {}
        for spec in CATALOG.values():
            if spec.support_call:
                self.keras_support.setdefault(spec.support_call.cls, []).append((spec, spec.support_call))


_lookups: _Lookups | None = None


def lookups() -> _Lookups:
    global _lookups
    if _lookups is None:
        _lookups = _Lookups()
    return _lookups


def all_ops() -> dict[str, OpSpec]:
    lookups()
    return CATALOG
