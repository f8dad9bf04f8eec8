"""LLM-generated style ("temporal convolutional network for electricity demand forecasting"): causal Conv1d
with `padding=(k - 1) * dilation` trimmed by slicing `out[:, :, :-self.padding]`, dilations `2 ** i` in a
`for i in range(num_levels)` loop into a ModuleList, residual 1x1 downsample, last step `x[:, :, -1]`."""
# pivot-corpus: name=TCNForecaster input_shape=2,4,64
import torch
import torch.nn as nn


class CausalBlock(nn.Module):
    def __init__(self, in_ch, out_ch, kernel_size, dilation):
        super().__init__()
        self.padding = (kernel_size - 1) * dilation
        self.conv = nn.Conv1d(in_ch, out_ch, kernel_size, padding=self.padding, dilation=dilation)
        self.relu = nn.ReLU()
        self.downsample = nn.Conv1d(in_ch, out_ch, 1) if in_ch != out_ch else None

    def forward(self, x):
        out = self.conv(x)
        out = out[:, :, :-self.padding]
        out = self.relu(out)
        res = x if self.downsample is None else self.downsample(x)
        return self.relu(out + res)


class TCNForecaster(nn.Module):
    def __init__(self, n_inputs=4, channels=16, num_levels=3, kernel_size=3, horizon=1):
        super().__init__()
        blocks = []
        for i in range(num_levels):
            in_ch = n_inputs if i == 0 else channels
            blocks.append(CausalBlock(in_ch, channels, kernel_size, dilation=2 ** i))
        self.network = nn.ModuleList(blocks)
        self.linear = nn.Linear(channels, horizon)

    def forward(self, x):
        for block in self.network:
            x = block(x)
        return self.linear(x[:, :, -1])


model = TCNForecaster()
