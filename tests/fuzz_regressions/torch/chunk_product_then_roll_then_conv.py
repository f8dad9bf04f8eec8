"""Fuzz model (seed 300392, torch subclassed)."""
# pivot-fuzz: input_shape=2,1,16,16 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.133 (the roll added by hand: seed 300392 rolls after the product)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv2 = nn.Conv2d(1, 8, 1)

    def forward(self, x):
        c1_0, c1_1 = torch.chunk(x, 2, 2)
        x = c1_0 * c1_1
        x = torch.roll(x, 3, dims=3)
        x = self.conv2(x)
        x = x.mean(dim=[2, 3])
        return x
