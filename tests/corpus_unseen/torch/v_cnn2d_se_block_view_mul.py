"""Imitates a Gemini answer to "add a Squeeze-and-Excitation block to a CNN": `SEBlock` with `b, c, _, _ =
x.size()`, `self.avg_pool(x).view(b, c)`, an `nn.Sequential` excitation MLP with `nn.Sigmoid()`, and
`x * y.view(b, c, 1, 1).expand_as(x)`."""
# pivot-corpus: name=SECNN input_shape=2,3,32,32
import torch
import torch.nn as nn


class SEBlock(nn.Module):
    def __init__(self, channels, reduction=4):
        super().__init__()
        self.avg_pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Sequential(
            nn.Linear(channels, channels // reduction, bias=False),
            nn.ReLU(inplace=True),
            nn.Linear(channels // reduction, channels, bias=False),
            nn.Sigmoid(),
        )

    def forward(self, x):
        b, c, _, _ = x.size()
        y = self.avg_pool(x).view(b, c)
        y = self.fc(y).view(b, c, 1, 1)
        return x * y.expand_as(x)


class SECNN(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 32, 3, padding=1)
        self.se1 = SEBlock(32)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1)
        self.se2 = SEBlock(64)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(64 * 8 * 8, num_classes)

    def forward(self, x):
        x = self.pool(torch.relu(self.se1(self.conv1(x))))
        x = self.pool(torch.relu(self.se2(self.conv2(x))))
        x = x.view(x.size(0), -1)
        return self.fc(x)
