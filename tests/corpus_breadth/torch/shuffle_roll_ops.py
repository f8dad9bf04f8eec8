"""A small super-resolution-style network exercising issue 13's rearranging ops: `nn.ChannelShuffle` between
grouped convolutions, `torch.roll` over the spatial axes (a cyclic shift, as Swin's shifted windows do) and
`nn.PixelShuffle` upscaling; the channel order of each is PyTorch's, which the Keras side must keep."""
# pivot-corpus: name=ShuffleUpscaler input_shape=2,3,8,8 input_dtype=float32
import torch
import torch.nn as nn
from torch import Tensor


class ShuffleUpscaler(nn.Module):
    def __init__(self, channels: int = 12, upscale: int = 2) -> None:
        super().__init__()
        self.stem = nn.Conv2d(3, channels, 3, padding=1)
        self.group_conv = nn.Conv2d(channels, channels, 3, padding=1, groups=3)
        self.shuffle = nn.ChannelShuffle(3)
        self.mix = nn.Conv2d(channels, 3 * upscale * upscale, 1, groups=3)
        self.upscale = nn.PixelShuffle(upscale)

    def forward(self, x: Tensor) -> Tensor:
        x = torch.relu(self.stem(x))
        x = self.shuffle(self.group_conv(x))
        x = torch.roll(x, shifts=(1, -2), dims=(2, 3))
        x = x.roll(1, 1)
        return self.upscale(self.mix(x))
