"""Convolutions and transposed convolutions."""
from __future__ import annotations

from pivot.catalog.domains import (
    CHANNELS,
    DILATION,
    FLAGS_ON,
    GROUPS,
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
from pivot.catalog.spelling import BIAS, PADDINGS, PER_STEP_IMAGE, K, T, keras_padding_in
from pivot.catalog.weight_rules import Conv


# a Conv's padding modes: zeros, or those of the padding modules (padding.py), written as Pivot's TorchPad
PADDING_MODES = ("zeros", "reflect", "replicate", "circular")


def _conv(n: int) -> None:
    register(OpSpec(
        name=f"Conv{n}d", kind="layer", doc=f"{n}-D convolution",
        torch_module=f"{T}Conv{n}d", torch_lazy=f"{T}LazyConv{n}d", keras_layer=f"{K}Conv{n}D",
        keras_layer_aliases=(f"{K}Convolution{n}D",),
        args=(
            Arg("in_channels", torch="in_channels", torch_pos=0, inferred=True),
            Arg("out_channels", torch="out_channels", keras="filters", torch_pos=1, keras_pos=0, domain=CHANNELS),
            Arg("kernel_size", torch="kernel_size", keras="kernel_size", torch_pos=2, keras_pos=1, domain=KERNEL),
            Arg("stride", torch="stride", keras="strides", torch_pos=3, keras_pos=2, torch_default=1, keras_default=1,
                domain=STRIDE),
            Arg("padding", torch="padding", keras="padding", torch_pos=4, keras_pos=3, torch_default=0,
                keras_default="valid", from_keras=keras_padding_in, torch_values=PADDINGS,
                keras_values=PADDINGS + (("causal",) if n == 1 else ()),
                domain=Sides(torch=AnyOf((Ints(min=0), Choice(PADDINGS)), values=(0, 1, 2) + PADDINGS),
                             keras=Choice(PADDINGS + (("causal",) if n == 1 else ())))),
            Arg("dilation", torch="dilation", keras="dilation_rate", torch_pos=5, torch_default=1, keras_default=1,
                domain=DILATION),
            Arg("groups", torch="groups", keras="groups", torch_pos=6, torch_default=1, keras_default=1,
                domain=GROUPS),
            BIAS,
            # another mode than zeros: Pivot's TorchPad of that mode before a 'valid' convolution (backends.keras)
            Arg("padding_mode", torch="padding_mode", torch_default="zeros",
                torch_values=PADDING_MODES, domain=Choice(("zeros",))),
        ),
        spatial=n, shape="conv", weights="conv", layout_sensitive=True, shape_rule=ConvShape(),
        draw=Draw(("img",), weight=4, fused_activation=True),
        weight_rule=Conv(), name_prefix="conv", variants=(PER_STEP_IMAGE,),
        notes=("Keras 'same' with stride > 1 pads more at the bottom/right; PyTorch pads symmetrically.",),
    ))



def _conv_transpose(n: int) -> None:
    register(OpSpec(
        name=f"ConvTranspose{n}d", kind="layer", doc=f"{n}-D transposed convolution",
        torch_module=f"{T}ConvTranspose{n}d", torch_lazy=f"{T}LazyConvTranspose{n}d",
        keras_layer=f"{K}Conv{n}DTranspose", keras_layer_aliases=(f"{K}Convolution{n}DTranspose",),
        args=(
            Arg("in_channels", torch="in_channels", torch_pos=0, inferred=True),
            Arg("out_channels", torch="out_channels", keras="filters", torch_pos=1, keras_pos=0, domain=CHANNELS),
            Arg("kernel_size", torch="kernel_size", keras="kernel_size", torch_pos=2, keras_pos=1,
                domain=Ints(values=(2, 3, 4))),
            Arg("stride", torch="stride", keras="strides", torch_pos=3, keras_pos=2, torch_default=1, keras_default=1,
                domain=STRIDE),
            Arg("padding", torch="padding", keras="padding", torch_pos=4, keras_pos=3, torch_default=0,
                keras_default="valid", from_keras=keras_padding_in, keras_values=PADDINGS,
                domain=Sides(torch=Ints(min=0, values=(0, 1)), keras=Choice(PADDINGS))),
            Arg("output_padding", torch="output_padding", keras="output_padding", torch_pos=5, torch_default=0,
                keras_default=None, from_keras=lambda v: 0 if v is None else v,
                domain=Sides(torch=Ints(min=0, values=(0, 1)), keras=Ints(min=0, values=(0, 1), optional=True))),
            Arg("groups", torch="groups", torch_pos=6, torch_default=1, domain=GROUPS,
                keras_requires=(1, "grouped transposed convolution has no Keras equivalent")),
            Arg("bias", torch="bias", keras="use_bias", torch_pos=7, torch_default=True, keras_default=True,
                domain=FLAGS_ON),
            # TensorFlow's CPU kernel rejects dilated transposed convolutions
            Arg("dilation", torch="dilation", keras="dilation_rate", torch_pos=8, torch_default=1, keras_default=1,
                domain=Sides(torch=DILATION, keras=Ints(values=(1,))),
                keras_requires=(1, "dilated transposed convolution has no TensorFlow kernel (Keras builds it, the "
                                   "call fails)")),
            Arg("padding_mode", torch="padding_mode", torch_default="zeros", domain=Choice(("zeros",)), torch_values=("zeros",),
                keras_requires=("zeros", "padding_mode={value!r} has no Keras equivalent")),
        ),
        spatial=n, shape="conv_transpose", weights="conv_transpose", layout_sensitive=True, draw=Draw(("img",)),
        shape_rule=ConvShape(transpose=True),
        weight_rule=Conv(),
        name_prefix="deconv",
    ))


for _n in (1, 2, 3):
    _conv(_n)
_conv_transpose(1)
_conv_transpose(2)
_conv_transpose(3)
