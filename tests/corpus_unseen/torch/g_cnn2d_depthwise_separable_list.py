"""LLM-generated style lightweight CNN (MobileNet-like): a DepthwiseSeparableConv class
(`groups=in_channels` then a 1x1 pointwise conv), a `config` list of (out_channels, stride) tuples iterated
with `for out_c, s in config:`, ReLU6, `nn.AdaptiveAvgPool2d(1)` and `x.flatten(1)`."""
# pivot-corpus: name=TinyMobileNet input_shape=2,3,32,32
import torch
import torch.nn as nn


class DepthwiseSeparableConv(nn.Module):
    def __init__(self, in_channels, out_channels, stride=1):
        super().__init__()
        self.depthwise = nn.Conv2d(in_channels, in_channels, kernel_size=3, stride=stride, padding=1,
                                   groups=in_channels, bias=False)
        self.bn1 = nn.BatchNorm2d(in_channels)
        self.pointwise = nn.Conv2d(in_channels, out_channels, kernel_size=1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.relu = nn.ReLU6(inplace=True)

    def forward(self, x):
        x = self.relu(self.bn1(self.depthwise(x)))
        x = self.relu(self.bn2(self.pointwise(x)))
        return x


class TinyMobileNet(nn.Module):
    def __init__(self, num_classes=10, width=16):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, width, 3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(width),
            nn.ReLU6(inplace=True),
        )
        config = [(32, 1), (64, 2), (64, 1), (128, 2)]
        layers = []
        in_c = width
        for out_c, s in config:
            layers.append(DepthwiseSeparableConv(in_c, out_c, stride=s))
            in_c = out_c
        self.layers = nn.Sequential(*layers)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(in_c, num_classes)

    def forward(self, x):
        x = self.stem(x)
        x = self.layers(x)
        x = self.pool(x).flatten(1)
        return self.fc(x)


model = TinyMobileNet()
