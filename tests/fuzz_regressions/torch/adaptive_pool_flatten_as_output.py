"""Fuzz model (seed 45, torch subclassed)."""
# pivot-fuzz: input_shape=2,3,24 input_dtype=float32
# found: silent: Mismatch: max abs diff 1.33
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.pool1 = nn.AdaptiveMaxPool1d(2)

    def forward(self, x):
        x = torch.flatten(self.pool1(x), 1)
        return x
