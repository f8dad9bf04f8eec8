"""Fuzz seeds 384000/384035/384098 (torch): a range added to an image of a known rank (`x + torch.arange(16)` along
its width, `torch.arange(8)[:, None, None]` along its channels, `torch.arange(x.shape[-1])`) was refused ("merges
an image-like value with one that is not"): a range has no batch axis and broadcasts along the image's trailing
axes, so in Keras it is written with unit axes in front up to the image's rank and its first axis moved last."""
# pivot-corpus: name=Net input_shape=2,3,12,16
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.conv1d = nn.Conv1d(8, 4, 1)

    def forward(self, x):
        x = self.conv(x)
        x = x + torch.arange(16)
        x = x * torch.arange(8, dtype=x.dtype)[:, None, None]
        x = x - torch.arange(12).float()[:, None]
        y = self.conv1d(x.mean(2))
        y = y + torch.arange(y.shape[-1])
        return x.mean((2, 3)) + y.mean(2).sum(1, keepdim=True)
