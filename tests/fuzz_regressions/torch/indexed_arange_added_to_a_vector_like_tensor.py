"""Fuzz model (seed 30055, torch subclassed)."""
# pivot-fuzz: input_shape=2,1,12,12 input_dtype=float32
# found: silent: VerifyError: InvalidArgumentError: cannot compute AddV2 as input #1(zero-based) was expected to be a float tensor but is a int32 tensor
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.prel1 = nn.PReLU()

    def forward(self, x):
        x = self.prel1(x)
        x = x + torch.arange(1, dtype=x.dtype)[:, None, None]
        x = x.contiguous().view(-1, 144)
        return x
