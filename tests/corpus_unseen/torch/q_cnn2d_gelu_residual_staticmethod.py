"""LLM-generated style ("small residual CNN for CIFAR-10 with GELU"): a `@staticmethod conv_bn(...)` helper, a
residual block `x + self.block(x)` with nn.GELU, `nn.AdaptiveAvgPool2d((1, 1))` and `nn.Flatten()` in the head."""
# pivot-corpus: name=GELUResNet input_shape=2,3,32,32
import torch
import torch.nn as nn


class Residual(nn.Module):
    def __init__(self, channels: int):
        super().__init__()
        self.block = nn.Sequential(
            GELUResNet.conv_bn(channels, channels),
            nn.GELU(),
            GELUResNet.conv_bn(channels, channels),
        )

    def forward(self, x):
        return x + self.block(x)


class GELUResNet(nn.Module):
    def __init__(self, num_classes: int = 10, width: int = 16):
        super().__init__()
        self.stem = nn.Sequential(self.conv_bn(3, width), nn.GELU())
        self.res1 = Residual(width)
        self.down = nn.Sequential(self.conv_bn(width, width * 2, stride=2), nn.GELU())
        self.res2 = Residual(width * 2)
        self.head = nn.Sequential(nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(), nn.Linear(width * 2, num_classes))

    @staticmethod
    def conv_bn(in_ch: int, out_ch: int, stride: int = 1) -> nn.Sequential:
        return nn.Sequential(nn.Conv2d(in_ch, out_ch, 3, stride=stride, padding=1, bias=False),
                             nn.BatchNorm2d(out_ch))

    def forward(self, x):
        x = self.stem(x)
        x = self.res1(x)
        x = self.down(x)
        x = self.res2(x)
        return self.head(x)


model = GELUResNet()
