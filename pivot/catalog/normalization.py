"""Batch, layer, group and instance normalization."""
from __future__ import annotations

from pivot.catalog import Arg, OpSpec, register
from pivot.catalog.spelling import KERAS_NORM, K, T, one_minus


def _batchnorm() -> None:
    register(OpSpec(
        name="BatchNorm", kind="layer", doc="batch normalization over the channel axis",
        torch_modules_by_rank=((2, f"{T}BatchNorm1d"), (3, f"{T}BatchNorm1d"), (4, f"{T}BatchNorm2d"),
                               (5, f"{T}BatchNorm3d")),
        torch_lazy=f"{T}LazyBatchNorm2d", keras_layer=f"{K}BatchNormalization",
        args=(
            Arg("num_features", torch="num_features", torch_pos=0, inferred=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=1, torch_default=1e-5, keras_default=1e-3),
            Arg("momentum", torch="momentum", keras="momentum", torch_pos=2, torch_default=0.1,
                keras_default=0.99, to_keras=one_minus, from_keras=one_minus),
            Arg("affine", torch="affine", torch_pos=3, torch_default=True),
            Arg("track_running_stats", torch="track_running_stats", torch_pos=4, torch_default=True),
        ) + KERAS_NORM,
        shape="same", weights="batchnorm", layout_sensitive=True,
        notes=("Defaults differ: PyTorch eps 1e-5, momentum 0.1 (new batch); Keras epsilon 1e-3, momentum 0.99 "
               "(running value).",),
    ))



LAZY_LAYER_NORM_CLASS = '''

class LazyLayerNorm(nn.modules.lazy.LazyModuleMixin, nn.LayerNorm):
    """nn.LayerNorm whose size is read from its first input's last axis (written by Pivot): a Keras
    LayerNormalization inside a custom layer is sized where that layer is used. It becomes an nn.LayerNorm."""

    cls_to_become = nn.LayerNorm

    def __init__(self, eps=1e-5, elementwise_affine=True, bias=True):
        super().__init__(0, eps, elementwise_affine=False)
        self.elementwise_affine = elementwise_affine
        if elementwise_affine:
            self.weight = nn.UninitializedParameter()
            self.bias = nn.UninitializedParameter() if bias else None

    def initialize_parameters(self, x):
        self.normalized_shape = (x.shape[-1],)
        if self.has_uninitialized_params():
            with torch.no_grad():
                self.weight.materialize(self.normalized_shape)
                self.weight.fill_(1.0)
                if self.bias is not None:
                    self.bias.materialize(self.normalized_shape)
                    self.bias.zero_()
'''


def _norms() -> None:
    """Layer, group and instance normalization."""
    register(OpSpec(
        name="LayerNorm", kind="layer", doc="layer normalization over the last axis",
        torch_module=f"{T}LayerNorm", keras_layer=f"{K}LayerNormalization",
        torch_lazy="LazyLayerNorm", torch_support_code=LAZY_LAYER_NORM_CLASS,
        args=(
            Arg("normalized_shape", torch="normalized_shape", torch_pos=0, inferred=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=1, torch_default=1e-5, keras_default=1e-3),
            Arg("elementwise_affine", torch="elementwise_affine", torch_pos=2, torch_default=True),
            Arg("bias", torch="bias", torch_pos=3, torch_default=True),
        ) + KERAS_NORM,
        shape="same", weights="affine",
        notes=("Defaults differ: PyTorch eps 1e-5, Keras epsilon 1e-3.",),
    ))
    register(OpSpec(
        name="GroupNorm", kind="layer", doc="group normalization over the channel axis",
        torch_module=f"{T}GroupNorm", keras_layer=f"{K}GroupNormalization",
        args=(
            Arg("num_groups", torch="num_groups", keras="groups", torch_pos=0, keras_default=32),
            Arg("num_channels", torch="num_channels", torch_pos=1, inferred=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=2, torch_default=1e-5, keras_default=1e-3),
            Arg("affine", torch="affine", torch_pos=3, torch_default=True),
        ) + KERAS_NORM,
        shape="same", weights="affine", layout_sensitive=True,
        notes=("Defaults differ: PyTorch eps 1e-5, Keras epsilon 1e-3; Keras groups defaults to 32.",),
    ))
    register(OpSpec(
        name="InstanceNorm", kind="layer", doc="instance normalization: each channel of each sample on its own",
        torch_modules_by_rank=((3, f"{T}InstanceNorm1d"), (4, f"{T}InstanceNorm2d"), (5, f"{T}InstanceNorm3d")),
        keras_layer=f"{K}GroupNormalization",
        args=(
            Arg("num_features", torch="num_features", torch_pos=0, inferred=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=1, torch_default=1e-5, keras_default=1e-3),
            Arg("momentum", torch="momentum", torch_pos=2, torch_default=0.1),
            Arg("affine", torch="affine", torch_pos=3, torch_default=False),
            Arg("track_running_stats", torch="track_running_stats", torch_pos=4, torch_default=False),
            Arg("groups", keras="groups", torch_default=-1, keras_default=32),  # a group per channel
        ) + KERAS_NORM,
        shape="same", weights="affine", layout_sensitive=True,
        unsupported=lambda a: "track_running_stats=True (running statistics at inference) has no Keras "
        "equivalent" if a.get("track_running_stats") else None,
        notes=("Keras has no instance normalization layer: GroupNormalization with one group per channel.",),
    ))


_norms()
_batchnorm()
