"""Imitates a Claude answer to "a MobileNetV3-style inverted residual block in PyTorch": expand 1x1 conv,
depthwise 3x3 (`groups=hidden_dim`), a squeeze-excite with `nn.Hardsigmoid()` written with
`F.adaptive_avg_pool2d(x, 1)` and 1x1 convs, project 1x1, `self.use_res_connect` flag for the skip, ReLU6."""
# pivot-corpus: name=MobileNetV3Tiny input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class SqueezeExcite(nn.Module):
    def __init__(self, channels: int, squeeze: int = 4):
        super().__init__()
        self.fc1 = nn.Conv2d(channels, channels // squeeze, 1)
        self.fc2 = nn.Conv2d(channels // squeeze, channels, 1)
        self.gate = nn.Hardsigmoid()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        s = F.adaptive_avg_pool2d(x, 1)
        s = F.relu(self.fc1(s))
        s = self.gate(self.fc2(s))
        return x * s


class InvertedResidual(nn.Module):
    def __init__(self, inp: int, oup: int, stride: int, expand_ratio: int, use_se: bool = True):
        super().__init__()
        hidden_dim = inp * expand_ratio
        self.use_res_connect = stride == 1 and inp == oup
        layers = [
            nn.Conv2d(inp, hidden_dim, 1, bias=False),
            nn.BatchNorm2d(hidden_dim),
            nn.ReLU6(inplace=True),
            nn.Conv2d(hidden_dim, hidden_dim, 3, stride, 1, groups=hidden_dim, bias=False),
            nn.BatchNorm2d(hidden_dim),
            nn.ReLU6(inplace=True),
        ]
        if use_se:
            layers.append(SqueezeExcite(hidden_dim))
        layers += [nn.Conv2d(hidden_dim, oup, 1, bias=False), nn.BatchNorm2d(oup)]
        self.conv = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.use_res_connect:
            return x + self.conv(x)
        return self.conv(x)


class MobileNetV3Tiny(nn.Module):
    def __init__(self, num_classes: int = 10):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 16, 3, 2, 1, bias=False), nn.BatchNorm2d(16), nn.Hardswish())
        self.blocks = nn.Sequential(
            InvertedResidual(16, 16, 1, 2),
            InvertedResidual(16, 24, 2, 3),
            InvertedResidual(24, 24, 1, 3, use_se=False),
        )
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Sequential(nn.Linear(24, 32), nn.Hardswish(), nn.Dropout(0.2), nn.Linear(32, num_classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.blocks(self.stem(x))
        x = self.pool(x).view(x.size(0), -1)
        return self.classifier(x)
