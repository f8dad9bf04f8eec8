"""Fuzz model (seed 1021, torch builder)."""
# pivot-fuzz: input_shape=2,4,32 input_dtype=float32
# found: silent: VerifyError: WeightError: layer `line2` (Linear): weight 0 has shape (24, 24), the source gives (360, 24)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        blocks = []
        channels = 4
        for width in (12,):
            blocks.append(nn.Conv1d(channels, width, 3))
            channels = width
        self.features = nn.Sequential(*blocks)
        self.flat1 = nn.Flatten()
        self.line2 = nn.Linear(360, 24)

    def forward(self, x):
        x = self.features(x)
        x = self.flat1(x)
        x = self.line2(x)
        return x
