"""Fuzz model (seed 452, torch subclassed)."""
# pivot-fuzz: input_shape=2,3,16,16 input_dtype=float32
# found: silent: VerifyError: InvalidArgumentError: Exception encountered when calling Conv2DTranspose.call().  [1m{{function_node __wrapped__Conv2DBackpropInput_device_/job:localhost/replica:0/task:0/device:CPU:0}} 
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.ConvTranspose2d(3, 6, kernel_size=4, dilation=2)

    def forward(self, x):
        x = self.conv1(x)
        return x
