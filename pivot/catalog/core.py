"""Dense layers, dropout, flatten, identity and embeddings."""
from __future__ import annotations

from pivot.catalog import Arg, OpSpec, register
from pivot.catalog.spelling import BIAS, F, K, T


def _core() -> None:
    """The layers every model has."""
    register(OpSpec(
        name="Linear", kind="layer", doc="fully connected layer",
        torch_module=f"{T}Linear", torch_lazy=f"{T}LazyLinear", keras_layer=f"{K}Dense",
        args=(
            Arg("in_features", torch="in_features", torch_pos=0, inferred=True),
            Arg("out_features", torch="out_features", keras="units", torch_pos=1, keras_pos=0),
            BIAS,
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
        name="Identity", kind="layer", doc="identity",
        torch_module=f"{T}Identity", keras_layer=f"{K}Identity", shape="same",
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
        unsupported=lambda a: ("mask_zero=True makes the Keras layers downstream (RNNs, attention, pooling) skip "
                               "the steps of index 0; PyTorch has no masks" if a.get("mask_zero") else None),
        notes=("`padding_idx` (PyTorch) zeroes that row's gradient; `mask_zero` (Keras) masks index 0 for the "
               "layers downstream. They are not the same thing.",),
    ))


_core()
