"""1-D ResNet for ECG: residual blocks in `nn.ModuleList([ResBlock1d(ch, k) for _ in range(n)])` iterated
in forward, `F.relu(out + identity)`, `nn.AdaptiveAvgPool1d(1)` then `torch.flatten(x, 1)`."""
# pivot-corpus: name=ECGResNet input_shape=2,1,128
import torch
import torch.nn as nn
import torch.nn.functional as F


class ResBlock1d(nn.Module):
    def __init__(self, channels, kernel_size=5):
        super().__init__()
        pad = kernel_size // 2
        self.conv1 = nn.Conv1d(channels, channels, kernel_size, padding=pad, bias=False)
        self.bn1 = nn.BatchNorm1d(channels)
        self.conv2 = nn.Conv1d(channels, channels, kernel_size, padding=pad, bias=False)
        self.bn2 = nn.BatchNorm1d(channels)

    def forward(self, x):
        identity = x
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + identity)


class ECGResNet(nn.Module):
    def __init__(self, in_ch=1, ch=16, n_blocks=3, n_classes=5):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv1d(in_ch, ch, 7, stride=2, padding=3), nn.BatchNorm1d(ch), nn.ReLU())
        self.blocks = nn.ModuleList([ResBlock1d(ch) for _ in range(n_blocks)])
        self.pool = nn.AdaptiveAvgPool1d(1)
        self.fc = nn.Linear(ch, n_classes)

    def forward(self, x):
        x = self.stem(x)
        for block in self.blocks:
            x = block(x)
        x = torch.flatten(self.pool(x), 1)
        return self.fc(x)


model = ECGResNet()
