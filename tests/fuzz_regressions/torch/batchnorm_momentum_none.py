"""Fuzz model (seed 1029, torch subclassed)."""
# pivot-fuzz: input_shape=2,4,16,16 input_dtype=float32
# found: silent: VerifyError: TypeError: float() argument must be a string or a real number, not 'NoneType'
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.batc1 = nn.BatchNorm2d(4, momentum=None)

    def forward(self, x):
        x = self.batc1(x)
        return x
