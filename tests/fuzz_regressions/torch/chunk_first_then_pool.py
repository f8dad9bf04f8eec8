"""Fuzz model (seed 300079, torch subclassed)."""
# pivot-fuzz: input_shape=2,1,16,16 input_dtype=float32
# found: silent: VerifyError: InvalidArgumentError: Exception encountered when calling Net.call().  [1m{{function_node __wrapped__Split_num_split_2_device_/job:localhost/replica:0/task:0/device:CPU:0}} Number of ways
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.avgp2 = nn.AvgPool2d(2)

    def forward(self, x):
        c1_0, c1_1 = x.chunk(2, dim=3)
        x = c1_0 * c1_1
        x = self.avgp2(x)
        return x
