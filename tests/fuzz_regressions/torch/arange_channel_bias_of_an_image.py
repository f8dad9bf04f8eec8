"""Fuzz model (seed 5131, torch subclassed)."""
# pivot-fuzz: input_shape=2,3,16,16 input_dtype=float32
# found: silent: VerifyError: InvalidArgumentError: cannot compute AddV2 as input #1(zero-based) was expected to be a float tensor
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv2 = nn.Conv2d(3, 4, 3)
        self.pool3 = nn.AdaptiveMaxPool2d(1)

    def forward(self, x):
        x = self.conv2(x)
        x = x + torch.arange(4, dtype=x.dtype)[:, None, None]
        x = torch.flatten(self.pool3(x), 1)
        return x
