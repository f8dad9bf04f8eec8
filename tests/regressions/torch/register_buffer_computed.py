"""Issue 13: a buffer computed at run time (`torch.arange(...)`) is not a constant Pivot writes out: a named error
(never silently dropped)."""
# pivot-corpus: name=Ramp input_shape=2,3,8,8
import torch
import torch.nn as nn


class Ramp(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("ramp", torch.arange(3.0).view(1, 3, 1, 1))
        self.conv = nn.Conv2d(3, 4, 3, padding=1)

    def forward(self, x):
        return self.conv(x + self.ramp)
