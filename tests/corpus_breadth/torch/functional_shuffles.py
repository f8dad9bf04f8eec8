"""Channel and pixel shuffles in their functional forms (`F.channel_shuffle`, `F.pixel_shuffle`,
`torch.pixel_shuffle`), as ShuffleNet-style and sub-pixel blocks write them inline in forward."""
# pivot-corpus: name=ShuffleUpsampler input_shape=2,3,6,6
import torch
import torch.nn as nn
import torch.nn.functional as F


class ShuffleUpsampler(nn.Module):
    def __init__(self, channels: int = 12, groups: int = 3, scale: int = 2) -> None:
        super().__init__()
        self.groups, self.scale = groups, scale
        self.stem = nn.Conv2d(3, channels, 3, padding=1)
        self.mix = nn.Conv2d(channels, channels, 1, groups=groups)
        self.head = nn.Conv2d(channels // (scale * scale), 4 * 3, 3, padding=1)

    def forward(self, x):
        x = F.relu(self.stem(x))
        x = F.channel_shuffle(self.mix(x), self.groups)
        x = F.pixel_shuffle(x, self.scale)
        return torch.pixel_shuffle(self.head(x), 2)
