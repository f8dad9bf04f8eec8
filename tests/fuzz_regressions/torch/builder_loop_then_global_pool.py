"""Fuzz model (seed 1014, torch builder)."""
# pivot-fuzz: input_shape=2,3,8,8 input_dtype=float32
# found: silent: VerifyError: ValueError: cannot reshape array of size 96 into shape (8,3,1,1)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        blocks = []
        channels = 3
        for width in (12,):
            blocks.append(nn.Conv2d(channels, width, kernel_size=1))
            channels = width
        self.features = nn.Sequential(*blocks)
        self.pool1 = nn.AdaptiveAvgPool2d(1)
        self.line2 = nn.Linear(12, 8)

    def forward(self, x):
        x = self.features(x)
        x = torch.flatten(self.pool1(x), 1)
        x = self.line2(x)
        return x
