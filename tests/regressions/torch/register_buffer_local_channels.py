"""g14: a buffer the constructor computes (`scale = torch.zeros(c, 1, 1)` filled by index assignments) that
broadcasts over the channels of an image: its NumPy computation (frontends.buffers) has PyTorch's `(C, 1, 1)`
layout, which Keras's channels-last image cannot take, so it is a named error (a weight whose axes would move)."""
# pivot-corpus: name=Scaled input_shape=2,3,8,8
import torch
import torch.nn as nn


class Scaled(nn.Module):
    def __init__(self, c=4):
        super().__init__()
        self.conv = nn.Conv2d(3, c, 3, padding=1)
        steps = torch.arange(c).float()
        scale = torch.zeros(c, 1, 1)
        scale[:, 0, 0] = torch.exp(-steps / c)
        self.register_buffer("scale", scale)

    def forward(self, x):
        return self.conv(x) * self.scale
