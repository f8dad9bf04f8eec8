"""Imitates a Gemini answer to "Write a PyTorch model class for a lightweight MobileNet-style classifier, input
shape (N, 3, 32, 32), output (N, 10)": a `DepthwiseSeparableConv` (`groups=in_ch` depthwise 3x3, pointwise 1x1,
BatchNorm2d and ReLU6), a list of (out, stride) pairs, `nn.AdaptiveAvgPool2d((1, 1))` and `x.flatten(1)`."""
# pivot-corpus: name=TinyMobileNet input_shape=2,3,32,32
import torch
import torch.nn as nn


class DepthwiseSeparableConv(nn.Module):
    def __init__(self, in_ch: int, out_ch: int, stride: int = 1) -> None:
        super().__init__()
        self.depthwise = nn.Conv2d(in_ch, in_ch, kernel_size=3, stride=stride, padding=1, groups=in_ch, bias=False)
        self.bn1 = nn.BatchNorm2d(in_ch)
        self.pointwise = nn.Conv2d(in_ch, out_ch, kernel_size=1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_ch)
        self.act = nn.ReLU6(inplace=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.act(self.bn1(self.depthwise(x)))
        x = self.act(self.bn2(self.pointwise(x)))
        return x


class TinyMobileNet(nn.Module):
    def __init__(self, in_channels: int = 3, num_classes: int = 10) -> None:
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(in_channels, 16, 3, stride=1, padding=1, bias=False),
            nn.BatchNorm2d(16),
            nn.ReLU6(inplace=True),
        )
        cfg = [(32, 2), (32, 1), (64, 2), (64, 1)]
        blocks = []
        in_ch = 16
        for out_ch, stride in cfg:
            blocks.append(DepthwiseSeparableConv(in_ch, out_ch, stride))
            in_ch = out_ch
        self.blocks = nn.Sequential(*blocks)
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(in_ch, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.stem(x)
        x = self.blocks(x)
        x = self.pool(x).flatten(1)
        return self.fc(x)
