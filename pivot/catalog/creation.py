"""Tensors made from sizes alone (issue 12): `keras.ops.arange` / `torch.arange`, e.g. a ViT's or a text
transformer's positions for a position Embedding. One to three positional arguments mean the same in both
frameworks (`arange(stop)`, `arange(start, stop[, step])`), so they are carried in place."""
from __future__ import annotations

import re

from pivot.catalog.shape_rules import ShapeRule
from pivot.catalog.spec import Arg, OpSpec, register
from pivot.model import Expr, Value

# PyTorch's dtypes (`torch.<name>`) -> the dtype string Keras takes
DTYPES = {"float": "float32", "float32": "float32", "double": "float64", "float64": "float64",
          "half": "float16", "float16": "float16", "long": "int64", "int64": "int64", "int": "int32",
          "int32": "int32", "bool": "bool"}


_TENSOR_DTYPE = re.compile(r"^[A-Za-z_]\w*\.dtype$")


def torch_dtype(value: Value) -> str | None:
    """`torch.long` -> "int64" (None: not a dtype Pivot knows)."""
    code = value.code if isinstance(value, Expr) else ""
    return DTYPES.get(code[len("torch."):]) if code.startswith("torch.") else None


def dtype_to_keras(value: Value) -> Value:
    return torch_dtype(value) or value


def dtype_from_keras(value: Value) -> Value:
    return Expr(f"torch.{value}") if isinstance(value, str) and value in DTYPES.values() else value


def _unknown_dtype(attrs: dict) -> str | None:
    value = attrs.get("dtype")
    if value is None or torch_dtype(value) or isinstance(value, Expr) and _TENSOR_DTYPE.match(value.code):
        return None  # `dtype=x.dtype`: a tensor's dtype, read the same way in both frameworks
    return (f"dtype={value.code if isinstance(value, Expr) else repr(value)} is not a dtype Pivot migrates (it knows "
            f"{', '.join(sorted(set(DTYPES.values())))})")

register(OpSpec(
    name="Arange", kind="tensor", doc="evenly spaced values in [start, stop)",
    # TensorFlow's spelling, `tf.range(start=0, limit=n, delta=1)` (keras.io's TokenEmbedding), means the same
    torch_functions=("torch.arange",), keras_functions=("keras.ops.arange", "tensorflow.range"),
    args=(Arg("start", torch="start", keras="start", torch_pos=0, keras_pos=0),
          Arg("stop", torch="end", keras="stop", torch_pos=1, keras_pos=1, torch_default=None, keras_default=None,
              keras_aliases=("limit",)),
          Arg("step", torch="step", keras="step", torch_pos=2, keras_pos=2, torch_default=1, keras_default=1,
              keras_aliases=("delta",)),
          # the values' type: carried (int64 / float32 when unset in PyTorch, int32 / float32 in Keras)
          Arg("dtype", torch="dtype", keras="dtype", keras_pos=3, torch_default=None, keras_default=None,
              to_keras=dtype_to_keras, from_keras=dtype_from_keras)),
    unsupported=_unknown_dtype,
    shape="arange", shape_rule=ShapeRule(), function_tensors=0,  # no tensor input; its shape is not known
    notes=("The values' integer type follows each framework (int32 in Keras, int64 in PyTorch); an Embedding "
           "takes either.",),
))
