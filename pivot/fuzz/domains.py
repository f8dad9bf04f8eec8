"""The values the fuzzer draws for a catalog argument: its `Arg.domain`, on the source framework's side.

A domain lists values the *source* framework accepts (its own spelling: Keras `padding="same"`, PyTorch
`padding=1`), defaults and non-defaults alike, including values the other framework has no equivalent for
(PyTorch `padding_mode="reflect"`, Keras `padding="causal"`): Pivot must translate those exactly or report
them. The catalog entry is the one place that knows them.
"""
from __future__ import annotations

from pivot.catalog import Arg, OpSpec


def domain(spec: OpSpec, arg: Arg, framework: str) -> tuple:
    """The values `arg` of `spec` takes in `framework`'s spelling; () when the framework has no such argument."""
    if (arg.torch if framework == "torch" else arg.keras) is None or arg.domain is None:
        return ()
    side = arg.domain.side(framework)
    return side.samples() if side is not None else ()


def default(arg: Arg, framework: str):
    return arg.torch_default if framework == "torch" else arg.keras_default
