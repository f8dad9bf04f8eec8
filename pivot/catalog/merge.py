"""Merges of several tensors: sums, products, dot products, concatenation."""
from __future__ import annotations

from pivot.catalog import Arg, OpSpec, register
from pivot.catalog.spelling import K


def _merges() -> None:
    """Elementwise and concatenating merges."""
    register(OpSpec(
        name="Add", kind="merge", doc="elementwise sum", keras_layer=f"{K}Add",
        torch_functions=("torch.add",), keras_functions=("keras.layers.add", "keras.ops.add", "tensorflow.add",
                                                          "tensorflow.math.add"),
        shape="broadcast", operator="+",
    ))
    register(OpSpec(
        name="Multiply", kind="merge", doc="elementwise product", keras_layer=f"{K}Multiply",
        torch_functions=("torch.mul", "torch.multiply"),
        keras_functions=("keras.layers.multiply", "keras.ops.multiply", "tensorflow.multiply",
                         "tensorflow.math.multiply"),
        shape="broadcast", operator="*",
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


_merges()
