"""Fuzz model (seed 1352, torch subclassed)."""
# pivot-fuzz: input_shape=2,4,16 input_dtype=float32
# found: silent: VerifyError: ValueError: `strides > 1` not supported in conjunction with `dilation_rate > 1`. Received: strides=(2,) and dilation_rate=(2,)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv1d(4, 12, kernel_size=3, stride=2, dilation=2)

    def forward(self, x):
        x = self.conv1(x)
        return x
