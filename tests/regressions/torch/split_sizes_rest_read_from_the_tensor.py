"""Fuzz seeds 384015/384094 (torch): `x.split([3, x.size(2) - 3], 2)` was refused ("`[3, x.size(2) - 3]` reads a
tensor size Pivot cannot place in Keras's layout"), but Keras splits at index 3 and never writes the last size
(the rest): a size read only in an argument the Keras spelling leaves out needs no placing."""
# pivot-corpus: name=Net input_shape=2,3,10,8
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.conv = nn.Conv2d(3, 3, 1)

    def forward(self, x):
        a, b = x.split([3, x.size(2) - 3], 2)
        c, d, _ = torch.split(x, [2, 3, x.size()[3] - 5], dim=3)
        x = self.conv(torch.cat([b, a], dim=2))
        return torch.flatten(self.pool(x), 1) + c.mean((2, 3)) - d.amax((2, 3))
