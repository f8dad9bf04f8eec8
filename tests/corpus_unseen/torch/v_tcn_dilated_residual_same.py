"""Imitates a ChatGPT answer to "a TCN-like model with a stack of dilated convolutions": `TemporalBlock`s with
dilation `2 ** i`, `padding='same'` (non-causal), a 1x1 `downsample` conv on the residual when channels change
(else None), `nn.ModuleList` built in a loop over `num_channels`, last time step `x[:, :, -1]`."""
# pivot-corpus: name=TCN input_shape=2,4,64
import torch
import torch.nn as nn


class TemporalBlock(nn.Module):
    def __init__(self, in_ch, out_ch, kernel_size, dilation, dropout=0.1):
        super().__init__()
        self.conv1 = nn.Conv1d(in_ch, out_ch, kernel_size, padding='same', dilation=dilation)
        self.conv2 = nn.Conv1d(out_ch, out_ch, kernel_size, padding='same', dilation=dilation)
        self.relu = nn.ReLU()
        self.dropout = nn.Dropout(dropout)
        self.downsample = nn.Conv1d(in_ch, out_ch, 1) if in_ch != out_ch else None

    def forward(self, x):
        out = self.dropout(self.relu(self.conv1(x)))
        out = self.dropout(self.relu(self.conv2(out)))
        res = x if self.downsample is None else self.downsample(x)
        return self.relu(out + res)


class TCN(nn.Module):
    def __init__(self, input_size=4, output_size=2, num_channels=[16, 16, 32], kernel_size=3, dropout=0.1):
        super().__init__()
        self.blocks = nn.ModuleList()
        for i, out_ch in enumerate(num_channels):
            in_ch = input_size if i == 0 else num_channels[i - 1]
            self.blocks.append(TemporalBlock(in_ch, out_ch, kernel_size, dilation=2 ** i, dropout=dropout))
        self.linear = nn.Linear(num_channels[-1], output_size)

    def forward(self, x):
        # x: (batch, input_size, seq_len)
        for block in self.blocks:
            x = block(x)
        return self.linear(x[:, :, -1])
