"""Keras resampling ops PyTorch spells differently (issue 12): depth_to_space (sub-pixel upscaling) and 3-D
upsampling.

`tf.nn.depth_to_space` reads an output pixel's channels from input channel (i * block + j) * C + c, while
nn.PixelShuffle reads c * block**2 + i * block + j: the two differ, so PyTorch gets Pivot's `DepthToSpace`
module, which keeps TensorFlow's channel order on a channels-first value (exact, no weight permutation).
"""
from __future__ import annotations

from pivot.catalog import Arg, OpSpec, register
from pivot.catalog.reshaping import SHAPE_RULES, _known, _upsampling


DEPTH_TO_SPACE_CLASS = '''

class DepthToSpace(nn.Module):
    """tf.nn.depth_to_space in PyTorch (written by Pivot) on a channels-first value, in TensorFlow's channel
    order (output channel c of block offset (i, j) is input channel (i * r + j) * C + c; nn.PixelShuffle
    reads c * r * r + i * r + j instead)."""

    def __init__(self, block_size):
        super().__init__()
        self.block_size = block_size

    def forward(self, x):
        n, c, h, w = x.shape
        r = self.block_size
        x = x.reshape(n, r, r, c // (r * r), h, w).permute(0, 3, 4, 1, 5, 2)
        return x.reshape(n, c // (r * r), h * r, w * r)
'''


def _depth_to_space_shape(x: tuple, attrs: dict) -> tuple:
    """Canonical (C, H, W) -> (C / block**2, H * block, W * block)."""
    block = attrs.get("block_size")
    if len(x) != 3 or not _known(block):
        return (None,) * max(len(x), 3)
    channels = x[0] // (block * block) if _known(x[0]) and x[0] % (block * block) == 0 else None
    return (channels,) + tuple(s * block if _known(s) else None for s in x[1:])


register(OpSpec(
    name="DepthToSpace", kind="layer", doc="rearrange blocks of channels into spatial blocks (sub-pixel upscaling)",
    torch_module="DepthToSpace", keras_functions=("tensorflow.nn.depth_to_space",),
    args=(Arg("block_size", torch="block_size", keras="block_size", torch_pos=0, keras_pos=0),),
    shape="depth_to_space", layout_sensitive=True, torch_support_code=DEPTH_TO_SPACE_CLASS,
    notes=("PyTorch gets a `DepthToSpace` module written by Pivot: nn.PixelShuffle orders the channels "
           "differently (c * r * r + i * r + j, TensorFlow (i * r + j) * C + c).",),
))
SHAPE_RULES["depth_to_space"] = lambda x, a, _: (_depth_to_space_shape(x, a), True)
_upsampling(3)
