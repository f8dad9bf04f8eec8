"""Issue 10: `torch.split(x, [a, b], dim)` / `x.split([a, b, c], dim)` with explicit part sizes (the last may be
read from the tensor) migrate to keras.ops.split at the cumulative indices, the axis moved on an image."""
# pivot-corpus: name=SplitNet input_shape=2,3,8,8 input_dtype=float32
import torch
import torch.nn as nn


class SplitNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.mix = nn.Conv2d(8, 8, 1)

    def forward(self, x):
        x = self.conv(x)
        a, b = torch.split(x, [3, x.shape[1] - 3], dim=1)
        c, d, e = x.split([2, 2, 4], 1)
        top, bottom = torch.split(x, [5, 3], dim=2)
        y = torch.cat([b, a], dim=1) * torch.cat([e, c, d], 1) + torch.cat([bottom, top], 2)
        return self.mix(y)
