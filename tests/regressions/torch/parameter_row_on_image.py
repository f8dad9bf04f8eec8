"""Issue 13: a learned tensor of shape `(1, W)` broadcasts along an image's width, not its channels: Pivot moves
only one value per channel, so this stays a named error (never silently wrong)."""
# pivot-corpus: name=RowScaled input_shape=2,4,8,8
import torch
import torch.nn as nn


class RowScaled(nn.Module):
    def __init__(self, width=8):
        super().__init__()
        self.conv = nn.Conv2d(4, 4, 3, padding=1)
        self.row = nn.Parameter(torch.randn(1, width))

    def forward(self, x):
        return self.conv(x) * self.row
