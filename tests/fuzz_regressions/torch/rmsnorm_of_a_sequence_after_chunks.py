"""Fuzz model (seed 380259, torch subclassed)."""
# pivot-fuzz: input_shape=2,8,8 input_dtype=float32
# found: silent: Keras gave a shape error (nn.RMSNorm(8) as the first normalisation of a sequence read as a (N, 8) features input: the entry sized its first input from normalized_shape)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rmsn2 = nn.RMSNorm(8)
        self.line3 = nn.Linear(8, 8)

    def forward(self, x):
        c1_0, c1_1 = torch.chunk(x, 2, 1)
        x = torch.cat([c1_1, c1_0], dim=1)
        x = self.rmsn2(x)
        b2_0 = self.line3(x)
        x = torch.add(b2_0, x)
        return x
