"""Attention and transformer layers."""
from __future__ import annotations

from pivot.catalog.domains import FLAGS, FLAGS_ON, Draw, Ints
from pivot.catalog.spec import Arg, OpSpec, register
from pivot.catalog.spelling import K, T
from pivot.catalog.weight_rules import Attention


def _attention() -> None:
    """PyTorch attention modules; Keras gets Pivot's support classes with PyTorch's call signature."""
    register(OpSpec(
        name="MultiheadAttention", kind="layer", doc="multi-head attention",
        torch_module=f"{T}MultiheadAttention", keras_layer=f"{K}MultiHeadAttention",
        args=(Arg("embed_dim", torch="embed_dim", torch_pos=0, inferred=True, inferred_from_last=True),
              Arg("num_heads", torch="num_heads", keras="num_heads", torch_pos=1, keras_pos=0,
                  domain=Ints(values=(1, 2, 4))),
              Arg("key_dim", keras="key_dim", keras_pos=1),
              Arg("value_dim", keras="value_dim", keras_default=None),
              Arg("output_shape", keras="output_shape", keras_default=None),
              Arg("attention_axes", keras="attention_axes", keras_default=None),
              Arg("dropout", torch="dropout", keras="dropout", torch_pos=2, torch_default=0.0, keras_default=0.0),
              Arg("bias", torch="bias", keras="use_bias", torch_pos=3, torch_default=True, keras_default=True,
                  domain=FLAGS_ON),
              Arg("add_bias_kv", torch="add_bias_kv", torch_pos=4, torch_default=False, domain=FLAGS),
              Arg("add_zero_attn", torch="add_zero_attn", torch_pos=5, torch_default=False, domain=FLAGS),
              Arg("kdim", torch="kdim", torch_pos=6, torch_default=None),
              Arg("vdim", torch="vdim", torch_pos=7, torch_default=None),
              Arg("batch_first", torch="batch_first", torch_pos=8, torch_default=False, keras_default=True)),
        shape="same", weights="mha", feature_axis=-1, draw=Draw(("seq",), inputs=3),
        weight_rule=Attention(), name_prefix="attention", sequence_input=True, attention=True, keras_support_class="TorchMultiheadAttention",
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
              Arg("bias", torch="bias", torch_pos=8, torch_default=True, domain=FLAGS_ON)),
        shape="same", sequence_input=True, keras_support_class="TorchTransformerEncoderLayer",
    ))
    register(OpSpec(
        name="TransformerEncoder", kind="layer", doc="stack of transformer encoder layers (PyTorch semantics)",
        torch_module=f"{T}TransformerEncoder",
        args=(Arg("encoder_layer", torch="encoder_layer", torch_pos=0),
              Arg("num_layers", torch="num_layers", torch_pos=1),
              Arg("norm", torch="norm", torch_pos=2, torch_default=None),
              Arg("enable_nested_tensor", torch="enable_nested_tensor", torch_pos=3, torch_default=True),
              Arg("mask_check", torch="mask_check", torch_pos=4, torch_default=True)),
        shape="same", sequence_input=True, keras_support_class="TorchTransformerEncoder",
    ))


_attention()
