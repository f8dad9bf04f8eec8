"""Imitates a Claude answer to "Write a PyTorch model class for X-ray classification that accepts grayscale or RGB
input, input shape (N, 1, 32, 32), output (N, 2)": `if x.size(1) == 1: x = x.repeat(1, 3, 1, 1)` before an
RGB stem, a `ConvBNReLU` block, `nn.AdaptiveAvgPool2d(1)` and `torch.flatten(x, 1)`."""
# pivot-corpus: name=XRayNet input_shape=2,1,32,32
import torch
import torch.nn as nn


class ConvBNReLU(nn.Module):
    def __init__(self, in_ch, out_ch, stride=1):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, stride=stride, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(out_ch)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x):
        return self.relu(self.bn(self.conv(x)))


class XRayNet(nn.Module):
    def __init__(self, num_classes: int = 2):
        super().__init__()
        self.stem = ConvBNReLU(3, 16, stride=2)
        self.layer1 = ConvBNReLU(16, 32, stride=2)
        self.layer2 = ConvBNReLU(32, 64, stride=2)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(64, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.size(1) == 1:
            x = x.repeat(1, 3, 1, 1)
        x = self.stem(x)
        x = self.layer2(self.layer1(x))
        x = self.pool(x)
        x = torch.flatten(x, 1)
        return self.fc(x)
