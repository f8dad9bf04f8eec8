"""Keras depthwise and separable convolutions (issue 12), Keras -> PyTorch.

DepthwiseConv2D is nn.Conv2d with a group per input channel; SeparableConv1D/2D become a `SeparableConv{n}d`
support module (that depthwise convolution, then a 1x1 pointwise one) written into the PyTorch file.
"""
from __future__ import annotations

from pivot.catalog import conv  # noqa: F401  (registered first: it owns the shared spelling)
from pivot.catalog.domains import (
    CHANNELS,
    DILATION,
    FLAGS_ON,
    KERNEL,
    STRIDE,
    AnyOf,
    Choice,
    Draw,
    Ints,
    Sides,
)
from pivot.catalog.shape_rules import ConvShape
from pivot.catalog.spec import Arg, OpSpec, register
from pivot.catalog.spelling import PADDINGS, keras_padding_in
from pivot.catalog.weight_rules import Depthwise, Separable

K = "keras.layers."


class DepthwiseShape(ConvShape):
    """A group per input channel, depth_multiplier outputs each."""

    def out_channels(self, x: tuple, attrs: dict):
        return x[0] * attrs.get("depth_multiplier", 1) if isinstance(x[0], int) else None


def _conv_args(pointwise: bool) -> tuple[Arg, ...]:
    sizes = (Arg("in_channels", torch="in_channels", torch_pos=0, inferred=True),)
    if pointwise:
        sizes += (Arg("out_channels", torch="out_channels", keras="filters", torch_pos=1, keras_pos=0,
                      domain=CHANNELS),)
    else:  # a group per input channel, depth_multiplier outputs each (written out by the PyTorch backend)
        sizes += (Arg("out_channels", torch="out_channels", torch_pos=1, inferred=True, scaled_by="depth_multiplier"),)
    k = 1 if pointwise else 0
    return sizes + (
        Arg("kernel_size", torch="kernel_size", keras="kernel_size", torch_pos=2, keras_pos=k, domain=KERNEL),
        Arg("stride", torch="stride", keras="strides", torch_pos=3, keras_pos=k + 1, torch_default=1,
            keras_default=1, domain=STRIDE),
        Arg("padding", torch="padding", keras="padding", torch_pos=4, keras_pos=k + 2, torch_default=0,
            keras_default="valid", from_keras=keras_padding_in,
            domain=Sides(torch=AnyOf((Ints(min=0), Choice(PADDINGS)), values=(0, 1, 2) + PADDINGS),
                         keras=Choice(PADDINGS))),
        Arg("dilation", torch="dilation", keras="dilation_rate", torch_pos=5, torch_default=1, keras_default=1,
            domain=DILATION),
        Arg("depth_multiplier", torch="depth_multiplier" if pointwise else None, keras="depth_multiplier",
            torch_default=1, keras_default=1, domain=Ints(values=(1, 2))),
        Arg("bias", torch="bias", keras="use_bias", torch_default=True, keras_default=True, domain=FLAGS_ON),
    )


def _separable(n: int) -> None:
    register(OpSpec(
        name=f"SeparableConv{n}d", kind="layer", doc=f"{n}-D depthwise separable convolution",
        torch_module=f"SeparableConv{n}d", keras_layer=f"{K}SeparableConv{n}D",
        keras_layer_aliases=(f"{K}SeparableConvolution{n}D",), args=_conv_args(True),
        spatial=n, shape="conv", weights="separable", layout_sensitive=True, shape_rule=ConvShape(),
        draw=Draw(("img",)),
        weight_rule=Separable(),
        notes=(f"PyTorch gets a `SeparableConv{n}d` module written by Pivot: a depthwise nn.Conv{n}d "
               f"(groups=in_channels) then a 1x1 pointwise one.",),
    ))


def _depthwise() -> None:
    register(OpSpec(
        name="DepthwiseConv2d", kind="layer", doc="2-D depthwise convolution (a group per input channel)",
        torch_module="torch.nn.Conv2d", keras_layer=f"{K}DepthwiseConv2D",
        args=_conv_args(False) + (Arg("groups", torch="groups", torch_pos=6, inferred=True),),
        spatial=2, shape="depthwise", weights="depthwise", layout_sensitive=True,
        shape_rule=DepthwiseShape(), draw=Draw(("img",)),
        weight_rule=Depthwise(),
        notes=("nn.Conv2d(in_channels, in_channels * depth_multiplier, groups=in_channels).",),
    ))


_separable(1)
_separable(2)
_depthwise()
