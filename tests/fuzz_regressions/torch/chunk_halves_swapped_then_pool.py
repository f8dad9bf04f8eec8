"""Fuzz model (seed 600089, torch subclassed)."""
# pivot-fuzz: input_shape=2,1,24 input_dtype=float32
# found: silent: VerifyError: InvalidArgumentError: Exception encountered when calling Net.call().  [1m{{function_node __wrapped__Split_num_split_2_device_/job:localhost/replica:0/task:0/device:CPU:0}} Number of ways
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.pool2 = nn.AdaptiveMaxPool1d(2)
        self.line3 = nn.Linear(2, 16)

    def forward(self, x):
        c1_0, c1_1 = torch.chunk(x, 2, 2)
        x = torch.cat([c1_1, c1_0], dim=2)
        x = torch.flatten(self.pool2(x), 1)
        x = self.line3(x)
        return x
