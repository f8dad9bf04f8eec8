"""Fuzz model (seed 9085, torch subclassed)."""
# pivot-fuzz: input_shape=2,1,24 input_dtype=float32
# found: silent: VerifyError: InvalidArgumentError: cannot compute AddV2 as input #1(zero-based) was expected to be a float tensor
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv1d(1, 4, 3)

    def forward(self, x):
        x = F.leaky_relu(x)
        x = x + torch.arange(x.shape[1], dtype=x.dtype)[:, None]
        x = self.conv1(x)
        return x
