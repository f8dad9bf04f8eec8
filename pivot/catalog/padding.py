"""Zero padding of the spatial axes."""
from __future__ import annotations

from pivot.catalog import Arg, OpSpec, register
from pivot.catalog.spelling import K, T, keras_zero_padding_in, keras_zero_padding_out


def _padding() -> None:
    """ZeroPad1d/2d and their Keras spellings."""
    register(OpSpec(
        name="ZeroPad2d", kind="layer", doc="zero padding of the two spatial axes",
        torch_module=f"{T}ZeroPad2d", keras_layer=f"{K}ZeroPadding2D",
        args=(Arg("padding", torch="padding", keras="padding", torch_pos=0, keras_pos=0, keras_default=1,
                  from_keras=keras_zero_padding_in, to_keras=keras_zero_padding_out),),
        spatial=2, shape="pad", layout_sensitive=True,
    ))
    register(OpSpec(
        name="ZeroPad1d", kind="layer", doc="zero padding of the length axis",
        torch_module=f"{T}ZeroPad1d", keras_layer=f"{K}ZeroPadding1D",
        args=(Arg("padding", torch="padding", keras="padding", torch_pos=0, keras_pos=0, keras_default=1),),
        spatial=1, shape="pad", layout_sensitive=True,  # int or (left, right) in both
    ))


_padding()
