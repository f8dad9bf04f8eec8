"""WaveNet-style stack: causal dilated Conv1d through `F.pad(x, (self.pad, 0))`, gated activation
`torch.tanh(f) * torch.sigmoid(g)`, residual and skip 1x1 convs, blocks in an nn.ModuleList, skips summed."""
# pivot-corpus: name=WaveNet input_shape=2,1,64
import torch
import torch.nn as nn
import torch.nn.functional as F


class ResidualBlock(nn.Module):
    def __init__(self, channels, skip_channels, dilation):
        super().__init__()
        self.pad = dilation  # kernel_size 2
        self.filter_conv = nn.Conv1d(channels, channels, kernel_size=2, dilation=dilation)
        self.gate_conv = nn.Conv1d(channels, channels, kernel_size=2, dilation=dilation)
        self.res_conv = nn.Conv1d(channels, channels, 1)
        self.skip_conv = nn.Conv1d(channels, skip_channels, 1)

    def forward(self, x):
        h = F.pad(x, (self.pad, 0))
        z = torch.tanh(self.filter_conv(h)) * torch.sigmoid(self.gate_conv(h))
        return x + self.res_conv(z), self.skip_conv(z)


class WaveNet(nn.Module):
    def __init__(self, in_channels=1, channels=16, skip_channels=32, n_layers=4, n_classes=8):
        super().__init__()
        self.input_conv = nn.Conv1d(in_channels, channels, 1)
        self.blocks = nn.ModuleList([ResidualBlock(channels, skip_channels, 2 ** i) for i in range(n_layers)])
        self.out1 = nn.Conv1d(skip_channels, skip_channels, 1)
        self.out2 = nn.Conv1d(skip_channels, n_classes, 1)

    def forward(self, x):
        x = self.input_conv(x)
        skip_sum = 0
        for block in self.blocks:
            x, skip = block(x)
            skip_sum = skip_sum + skip
        out = F.relu(skip_sum)
        out = F.relu(self.out1(out))
        return self.out2(out)


model = WaveNet()
