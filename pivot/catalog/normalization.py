"""Batch, layer, group and instance normalization."""
from __future__ import annotations

from pivot.catalog.domains import EPS, FLAGS, FLAGS_ON, Draw, Floats, Ints, Sides
from pivot.catalog.shape_rules import Same
from pivot.catalog.spec import Arg, OpSpec, Seen, Unsupported, register
from pivot.catalog.spelling import KERAS_NORM, PER_STEP, K, T, one_minus
from pivot.catalog.weight_rules import Affine, BatchNorm
from pivot.model import value_code


FLOAT32_EPS = 1.1920928955078125e-07  # torch.finfo(torch.float32).eps


def _batchnorm_unsupported(attrs: dict) -> str | None:
    if not attrs.get("track_running_stats", True):
        return "track_running_stats=False (batch statistics at inference) has no Keras equivalent"
    if "momentum" in attrs and attrs["momentum"] is None:
        return "momentum=None (a cumulative average of the batch statistics) has no Keras equivalent"
    return None


def _several_axes(attrs: dict) -> str | None:
    shape = attrs.get("normalized_shape")
    if isinstance(shape, tuple) and len(shape) > 1:
        return "normalizing over several trailing axes is not migrated yet"
    return None


def _batchnorm() -> None:
    register(OpSpec(
        name="BatchNorm", kind="layer", doc="batch normalization over the channel axis",
        torch_modules_by_rank=((2, f"{T}BatchNorm1d"), (3, f"{T}BatchNorm1d"), (4, f"{T}BatchNorm2d"),
                               (5, f"{T}BatchNorm3d")),
        torch_rank_checked=(4, 5),  # BatchNorm1d takes (N, C) and (N, C, L): a rank of 2 or 3 must be certain
        torch_lazy=f"{T}LazyBatchNorm2d", keras_layer=f"{K}BatchNormalization",
        torch_lazy_by_rank=((2, f"{T}LazyBatchNorm1d"), (3, f"{T}LazyBatchNorm1d"), (4, f"{T}LazyBatchNorm2d"),
                            (5, f"{T}LazyBatchNorm3d")),
        args=(
            Arg("num_features", torch="num_features", torch_pos=0, inferred=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=1, torch_default=1e-5, keras_default=1e-3, domain=EPS),
            Arg("momentum", torch="momentum", keras="momentum", torch_pos=2, torch_default=0.1,
                keras_default=0.99, to_keras=one_minus, from_keras=one_minus,
                domain=Sides(torch=Floats(0.0, 1.0, optional=True, values=(0.1, 0.01, 0.3, None)),
                             keras=Floats(0.0, 1.0, values=(0.99, 0.9)))),
            Arg("affine", torch="affine", torch_pos=3, torch_default=True, domain=FLAGS_ON,
                keras_when_false=("center", "scale")),
            Arg("track_running_stats", torch="track_running_stats", torch_pos=4, torch_default=True,
                domain=FLAGS_ON),
        ) + KERAS_NORM,
        shape="same", weights="batchnorm", layout_sensitive=True, shape_rule=Same(features="num_features"),
        draw=Draw(("img", "vec")),
        feature_axis=1, feature_norm=True,
        weight_rule=BatchNorm(), name_prefix="bn", affine_switches=("affine",),
        keras_axes=(-1, 3), unsupported=_batchnorm_unsupported,
        notes=("Defaults differ: PyTorch eps 1e-5, momentum 0.1 (new batch); Keras epsilon 1e-3, momentum 0.99 "
               "(running value).",),
    ))


def _features_last_to_keras(attrs: dict, seen: Seen) -> str | Unsupported:
    """Pivot's FeaturesLastBatchNorm read back: Keras's BatchNormalization (axis=-1, the features of the last axis),
    what the Keras -> PyTorch migration wrote it for; its input must keep its axes in Keras (no image)."""
    why = _batchnorm_unsupported(attrs)
    if why:
        return Unsupported(why)
    if seen.image:
        return Unsupported("its input is a channels-first image here: it normalizes the last axis (the width), which "
                           "Keras's channels-last image does not hold last")
    args = [f"epsilon={value_code(attrs['eps'])}"] * (attrs.get("eps", 1e-5) != 1e-3)
    momentum = one_minus(attrs.get("momentum", 0.1))
    args += [f"momentum={value_code(momentum)}"] * (momentum != 0.99)
    args += ["center=False", "scale=False"] * (attrs.get("affine", True) is False)
    return f"layers.BatchNormalization({', '.join(args)})"


def _features_last_batchnorm() -> None:
    """Pivot's FeaturesLastBatchNorm (what the Keras -> PyTorch migration writes for a BatchNormalization of a
    value of any rank whose features are last), read back as keras.layers.BatchNormalization: BatchNorm1d's
    arguments and weights, over the last axis."""
    register(OpSpec(
        name="FeaturesLastBatchNorm", kind="layer", doc="batch normalization of the last axis (Pivot's PyTorch module)",
        torch_module="FeaturesLastBatchNorm",
        args=(Arg("num_features", torch="num_features", torch_pos=0, inferred=True),
              Arg("eps", torch="eps", torch_pos=1, torch_default=1e-5),
              Arg("momentum", torch="momentum", torch_pos=2, torch_default=0.1),
              Arg("affine", torch="affine", torch_pos=3, torch_default=True),
              Arg("track_running_stats", torch="track_running_stats", torch_pos=4, torch_default=True)),
        shape="same", weights="batchnorm", weight_rule=BatchNorm(), feature_axis=-1, feature_norm=True,
        name_prefix="bn", emit_keras_layer=_features_last_to_keras,
        notes=("Keras gets keras.layers.BatchNormalization (axis=-1): the module is Pivot's BatchNorm1d of the rows.",),
    ))


_features_last_batchnorm()


# Pivot's PyTorch support function freezing the parameter a Keras norm with one of center/scale off lacks
# (backends.torch_support): `fixed_affine(nn.BatchNorm2d(c), 'bias')` is read back as that norm, center=False
FIXED_AFFINE = "fixed_affine"
# the PyTorch parameter each Keras switch leaves at its constant when off
FIXED_BY_SWITCH = (("scale", "weight"), ("center", "bias"))

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
            Arg("normalized_shape", torch="normalized_shape", torch_pos=0, inferred=True, inferred_from_last=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=1, torch_default=1e-5, keras_default=1e-3, domain=EPS),
            Arg("elementwise_affine", torch="elementwise_affine", torch_pos=2, torch_default=True, domain=FLAGS_ON,
                keras_when_false=("center", "scale")),
            Arg("bias", torch="bias", torch_pos=3, torch_default=True, domain=FLAGS_ON,
                keras_when_false=("center",)),
        ) + KERAS_NORM,
        shape="same", weights="affine", feature_axis=-1, feature_norm=True, draw=Draw(("vec", "seq")),
        weight_rule=Affine(), name_prefix="norm", affine_switches=("elementwise_affine", "bias"),
        variants=(PER_STEP,), unsupported=_several_axes,
        notes=("Defaults differ: PyTorch eps 1e-5, Keras epsilon 1e-3.",),
    ))
    # x * rsqrt(mean(x ** 2) + eps) * weight in both (keras.layers.LayerNormalization(rms_scaling=True) divides by
    # the variance instead, not the mean square); PyTorch's eps=None is float32's machine epsilon
    register(OpSpec(
        name="RMSNorm", kind="layer", doc="root-mean-square normalization over the last axis, scaled",
        torch_module=f"{T}RMSNorm", keras_layer=f"{K}RMSNormalization",
        args=(
            Arg("normalized_shape", torch="normalized_shape", torch_pos=0, inferred=True, inferred_from_last=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=1, torch_default=None, keras_default=1e-6,
                to_keras=lambda v: FLOAT32_EPS if v is None else v, domain=EPS),
            # Keras's layer always learns its scale: elementwise_affine=False is reported (a PyTorch-only value)
            Arg("elementwise_affine", torch="elementwise_affine", torch_pos=2, torch_default=True, domain=FLAGS_ON),
            Arg("axis", keras="axis", keras_default=-1),
        ),
        # (as LayerNorm: no first-input rank from normalized_shape, which sizes only the last axis of any rank)
        # its scale is one value per feature, as LayerNorm's weight: after a flatten of an image, in each
        # framework's flattened order (Affine permutes it; Table copied it as it is, fuzz seed 382900)
        shape="same", weights="scale", feature_axis=-1, feature_norm=True, draw=Draw(("vec", "seq")),
        weight_rule=Affine(), name_prefix="norm", variants=(PER_STEP,),
        unsupported=lambda a: _several_axes(a) or ("elementwise_affine=False: Keras's RMSNormalization always "
                                                    "learns its scale" if a.get("elementwise_affine") is False
                                                    else None),
        notes=("PyTorch's eps=None is float32's machine epsilon (about 1.19e-7), written out in Keras "
               "(RMSNormalization's default is 1e-6).",),
    ))
    register(OpSpec(
        name="GroupNorm", kind="layer", doc="group normalization over the channel axis",
        torch_module=f"{T}GroupNorm", keras_layer=f"{K}GroupNormalization",
        args=(
            # Keras groups=-1: one group per channel (instance normalization)
            Arg("num_groups", torch="num_groups", keras="groups", torch_pos=0, keras_default=32,
                domain=Sides(torch=Ints(values=(1, 2, 4)), keras=Ints(special=(-1,), values=(1, 2, 4, -1))),
                per_channel=-1),
            Arg("num_channels", torch="num_channels", torch_pos=1, inferred=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=2, torch_default=1e-5, keras_default=1e-3, domain=EPS),
            Arg("affine", torch="affine", torch_pos=3, torch_default=True, domain=FLAGS_ON,
                keras_when_false=("center", "scale")),
        ) + KERAS_NORM,
        shape="same", weights="affine", layout_sensitive=True, feature_axis=1, draw=Draw(("img",)),
        weight_rule=Affine(), name_prefix="norm", affine_switches=("affine",),
        keras_literal_ints=("num_groups",),
        notes=("Defaults differ: PyTorch eps 1e-5, Keras epsilon 1e-3; Keras groups defaults to 32.",),
    ))
    register(OpSpec(
        name="InstanceNorm", kind="layer", doc="instance normalization: each channel of each sample on its own",
        torch_modules_by_rank=((3, f"{T}InstanceNorm1d"), (4, f"{T}InstanceNorm2d"), (5, f"{T}InstanceNorm3d")),
        keras_layer=f"{K}GroupNormalization",
        args=(
            Arg("num_features", torch="num_features", torch_pos=0, inferred=True),
            Arg("eps", torch="eps", keras="epsilon", torch_pos=1, torch_default=1e-5, keras_default=1e-3, domain=EPS),
            Arg("momentum", torch="momentum", torch_pos=2, torch_default=0.1,
                domain=Floats(0.0, 1.0, optional=True, values=(0.1, 0.01, 0.3))),
            Arg("affine", torch="affine", torch_pos=3, torch_default=False, domain=FLAGS,
                keras_when_false=("center", "scale")),
            Arg("track_running_stats", torch="track_running_stats", torch_pos=4, torch_default=False,
                domain=FLAGS),
            Arg("groups", keras="groups", torch_default=-1, keras_default=32,  # a group per channel
                domain=Ints(special=(-1,), values=(-1,))),
        ) + KERAS_NORM,
        shape="same", weights="affine", layout_sensitive=True, draw=Draw(("img",), always=("groups",), min_positions=2), feature_axis=1,
        weight_rule=Affine(), affine_switches=("affine",),
        unsupported=lambda a: "track_running_stats=True (running statistics at inference) has no Keras "
        "equivalent" if a.get("track_running_stats") else None,
        notes=("Keras has no instance normalization layer: GroupNormalization with one group per channel.",),
    ))


_norms()
_batchnorm()
