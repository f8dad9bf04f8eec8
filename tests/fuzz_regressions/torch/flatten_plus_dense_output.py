"""Fuzz model (seed 34, torch builder), reduced: a flattened image added to a dense layer's output. The flatten
order differs between the frameworks, the dense output's does not: the sum cannot be carried, so it is reported."""
# pivot-fuzz: input_shape=2,3,8,8 input_dtype=float32
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.pool = nn.AdaptiveAvgPool2d(2)
        self.fc = nn.Linear(16, 16)

    def forward(self, x):
        x = torch.flatten(self.pool(self.conv(x)), 1)
        return self.fc(x) + x
