"""Fuzz model (seed 5545, torch subclassed)."""
# pivot-fuzz: input_shape=2,4,32 input_dtype=float32
# found: silent: VerifyError: WeightError: layer batc1 (BatchNorm): weight 0 has shape (32,), the source gives (4,)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.batc1 = nn.BatchNorm1d(4, momentum=0.1)
        self.flat2 = nn.Flatten()

    def forward(self, x):
        x = self.batc1(x)
        x = self.flat2(x)
        return x
