"""Imitates a Claude answer to "Write a PyTorch model class for next-step forecasting with a causal dilated CNN,
input shape (N, 2, 64), output (N, 1)": a `CausalConv1d` that pads `(kernel_size - 1) * dilation` on both sides
and trims the right with `x[:, :, :-self.padding]`, a ModuleList of dilations 1, 2, 4, 8 with residual adds, and
the last time step `x[:, :, -1]` into a Linear."""
# pivot-corpus: name=CausalDilatedCNN input_shape=3,2,64
import torch
import torch.nn as nn
import torch.nn.functional as F


class CausalConv1d(nn.Module):
    def __init__(self, in_channels, out_channels, kernel_size, dilation=1):
        super().__init__()
        self.padding = (kernel_size - 1) * dilation
        self.conv = nn.Conv1d(in_channels, out_channels, kernel_size, padding=self.padding, dilation=dilation)

    def forward(self, x):
        x = self.conv(x)
        return x[:, :, :-self.padding]


class CausalDilatedCNN(nn.Module):
    def __init__(self, in_channels=2, hidden=16, kernel_size=2, dilations=(1, 2, 4, 8)):
        super().__init__()
        self.input_proj = nn.Conv1d(in_channels, hidden, 1)
        self.layers = nn.ModuleList([CausalConv1d(hidden, hidden, kernel_size, d) for d in dilations])
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        x = self.input_proj(x)
        for layer in self.layers:
            x = x + F.relu(layer(x))
        return self.out(x[:, :, -1])
