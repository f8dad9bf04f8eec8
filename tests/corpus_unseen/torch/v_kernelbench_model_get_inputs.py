"""Imitates the KernelBench-style answers code models give: a class named `Model` whose constructor takes every
size, module-level constants `batch_size`, `in_channels`, ..., and `get_inputs()` / `get_init_inputs()`
functions; Conv2d -> ReLU -> `torch.clamp(x, min=0.0, max=6.0)` -> GroupNorm -> global max
`torch.amax(x, dim=(2, 3))`."""
# pivot-corpus: name=Model input_shape=2,3,16,16
import torch
import torch.nn as nn


class Model(nn.Module):
    """Conv2d, ReLU, clamp, GroupNorm and a global max."""

    def __init__(self, in_channels, out_channels, kernel_size, num_groups):
        super(Model, self).__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size)
        self.group_norm = nn.GroupNorm(num_groups, out_channels)

    def forward(self, x):
        x = self.conv(x)
        x = torch.relu(x)
        x = torch.clamp(x, min=0.0, max=6.0)
        x = self.group_norm(x)
        x = torch.amax(x, dim=(2, 3))
        return x


batch_size = 2
in_channels = 3
out_channels = 16
kernel_size = 3
num_groups = 4
height, width = 16, 16


def get_inputs():
    return [torch.randn(batch_size, in_channels, height, width)]


def get_init_inputs():
    return [in_channels, out_channels, kernel_size, num_groups]
