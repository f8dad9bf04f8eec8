"""Padding modules before unpadded convolutions, as CycleGAN / style-transfer generators write them:
nn.ReflectionPad2d and nn.ReplicationPad2d (symmetric and per side), then 1-D reflection and replication
padding of a feature sequence."""
# pivot-corpus: name=PadModuleNet input_shape=2,3,12,10 input_dtype=float32
import torch
import torch.nn as nn


class ResidualBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.block = nn.Sequential(
            nn.ReflectionPad2d(1), nn.Conv2d(channels, channels, 3), nn.ReLU(inplace=True),
            nn.ReflectionPad2d(1), nn.Conv2d(channels, channels, 3),
        )

    def forward(self, x):
        return x + self.block(x)


class PadModuleNet(nn.Module):
    def __init__(self, channels=6, num_classes=4):
        super().__init__()
        self.stem = nn.Sequential(nn.ReflectionPad2d(3), nn.Conv2d(3, channels, 7), nn.ReLU(inplace=True))
        self.res = ResidualBlock(channels)
        self.edge = nn.ReplicationPad2d((2, 1, 0, 3))
        self.conv = nn.Conv2d(channels, channels, 3)
        self.pad1 = nn.ReflectionPad1d((2, 1))
        self.pad2 = nn.ReplicationPad1d(2)
        self.conv1d = nn.Conv1d(channels, channels, 3)
        self.fc = nn.Linear(channels, num_classes)

    def forward(self, x):
        x = self.res(self.stem(x))
        x = torch.relu(self.conv(self.edge(x)))
        x = x.mean(dim=3)                        # (N, C, H + 1)
        x = self.conv1d(self.pad2(self.pad1(x)))
        return self.fc(x.amax(dim=2))
