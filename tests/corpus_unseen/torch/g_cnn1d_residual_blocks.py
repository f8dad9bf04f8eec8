"""LLM-generated style 1-D ResNet for time series: ResBlock1D with two Conv1d+BatchNorm1d, a 1x1 conv
shortcut when channels change (`self.shortcut = nn.Identity()` otherwise), blocks created in a loop over
`block_channels`, global average pooling by `x.mean(-1)`."""
# pivot-corpus: name=ResNet1D input_shape=2,3,96
import torch
import torch.nn as nn
import torch.nn.functional as F


class ResBlock1D(nn.Module):
    def __init__(self, in_channels, out_channels, kernel_size=5):
        super().__init__()
        padding = kernel_size // 2
        self.conv1 = nn.Conv1d(in_channels, out_channels, kernel_size, padding=padding)
        self.bn1 = nn.BatchNorm1d(out_channels)
        self.conv2 = nn.Conv1d(out_channels, out_channels, kernel_size, padding=padding)
        self.bn2 = nn.BatchNorm1d(out_channels)
        if in_channels != out_channels:
            self.shortcut = nn.Sequential(nn.Conv1d(in_channels, out_channels, 1), nn.BatchNorm1d(out_channels))
        else:
            self.shortcut = nn.Identity()

    def forward(self, x):
        identity = self.shortcut(x)
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + identity)


class ResNet1D(nn.Module):
    def __init__(self, in_channels=3, block_channels=[32, 32, 64], num_classes=4):
        super().__init__()
        blocks = []
        for out_channels in block_channels:
            blocks.append(ResBlock1D(in_channels, out_channels))
            in_channels = out_channels
        self.blocks = nn.Sequential(*blocks)
        self.fc = nn.Linear(in_channels, num_classes)

    def forward(self, x):
        x = self.blocks(x)
        x = x.mean(-1)
        return self.fc(x)


model = ResNet1D()
