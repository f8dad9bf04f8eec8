"""Fuzz model (seed 5249, torch builder)."""
# pivot-fuzz: input_shape=2,8,4 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.266
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.laye1 = nn.LayerNorm(4)
        self.line2 = nn.Linear(4, 8, bias=False)
        self.line3 = nn.Linear(8, 4)
        self.line4 = nn.Linear(8, 4)
        self.laye5 = nn.LayerNorm(4)
        self.act6 = nn.GELU(approximate='none')
        self.line7 = nn.Linear(32, 24)

    def forward(self, x):
        x = self.laye1(x)
        x = self.line2(x)
        b2_0 = self.line3(x)
        b3_1 = self.line4(x)
        b3_1 = self.laye5(b3_1)
        b3_1 = self.act6(b3_1)
        x = torch.add(b2_0, b3_1)
        x = torch.softmax(x, dim=1)
        x = torch.flatten(x, 1)
        x = self.line7(x)
        return x
