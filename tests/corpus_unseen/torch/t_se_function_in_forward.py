"""Squeeze-excitation written as a plain function (blog "SE in 10 lines"): `def squeeze_excite(x, fc1, fc2)` doing
`F.adaptive_avg_pool2d(x, 1).flatten(1)`, `torch.sigmoid(fc2(F.relu(fc1(s))))`, `x * s[:, :, None, None]`, called
from a small CNN's forward with its own Linear layers."""
# pivot-corpus: name=SENet input_shape=2,3,16,16
import torch
import torch.nn as nn
import torch.nn.functional as F


def squeeze_excite(x, fc1, fc2):
    s = F.adaptive_avg_pool2d(x, 1).flatten(1)
    s = torch.sigmoid(fc2(F.relu(fc1(s))))
    return x * s[:, :, None, None]


class SENet(nn.Module):
    def __init__(self, channels=16, reduction=4, num_classes=5):
        super().__init__()
        self.conv = nn.Conv2d(3, channels, 3, padding=1)
        self.bn = nn.BatchNorm2d(channels)
        self.se_fc1 = nn.Linear(channels, channels // reduction)
        self.se_fc2 = nn.Linear(channels // reduction, channels)
        self.head = nn.Linear(channels, num_classes)

    def forward(self, x):
        x = F.relu(self.bn(self.conv(x)))
        x = squeeze_excite(x, self.se_fc1, self.se_fc2)
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        return self.head(x)


model = SENet()
