"""Tensors made from sizes alone (issue 12): `keras.ops.arange` / `torch.arange`, e.g. a ViT's or a text
transformer's positions for a position Embedding. One to three positional arguments mean the same in both
frameworks (`arange(stop)`, `arange(start, stop[, step])`), so they are carried in place."""
from __future__ import annotations

from pivot.catalog.shape_rules import ShapeRule
from pivot.catalog.spec import Arg, OpSpec, register

register(OpSpec(
    name="Arange", kind="tensor", doc="evenly spaced values in [start, stop)",
    torch_functions=("torch.arange",), keras_functions=("keras.ops.arange",),
    args=(Arg("start", torch="start", keras="start", torch_pos=0, keras_pos=0),
          Arg("stop", torch="end", keras="stop", torch_pos=1, keras_pos=1, torch_default=None, keras_default=None),
          Arg("step", torch="step", keras="step", torch_pos=2, keras_pos=2, torch_default=1, keras_default=1)),
    shape="arange", shape_rule=ShapeRule(), function_tensors=0,  # no tensor input; its shape is not known
    notes=("The values' integer type follows each framework (int32 in Keras, int64 in PyTorch); an Embedding "
           "takes either.",),
))
