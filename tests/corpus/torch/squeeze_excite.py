"""A MobileNet-style net with TF-style padded strided convs, grouped convs and squeeze-and-excitation."""
# pivot-corpus: name=SENet input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class SENet(nn.Module):
    def __init__(self, num_classes=10, reduction=4):
        super().__init__()
        # pad right/bottom by one so the stride-2 conv matches TF "same" padding
        self.pad = nn.ZeroPad2d((0, 1, 0, 1))
        self.stem = nn.Conv2d(3, 16, kernel_size=3, stride=2, bias=False)
        self.stem_bn = nn.BatchNorm2d(16)
        # grouped 3x3 (4 groups) followed by a pointwise 1x1
        self.grouped = nn.Conv2d(16, 32, kernel_size=3, padding=1, groups=4, bias=False)
        self.grouped_bn = nn.BatchNorm2d(32)
        self.depthwise = nn.Conv2d(32, 32, kernel_size=3, padding=1, groups=32, bias=False)
        self.pointwise = nn.Conv2d(32, 32, kernel_size=1)
        # squeeze-and-excitation
        self.squeeze = nn.AdaptiveAvgPool2d(1)
        self.se_reduce = nn.Conv2d(32, 32 // reduction, kernel_size=1)
        self.se_expand = nn.Conv2d(32 // reduction, 32, kernel_size=1)
        self.hswish = nn.Hardswish()
        self.skip = nn.Identity()
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.hswish(self.stem_bn(self.stem(self.pad(x))))   # 16 x 16 x 16
        x = self.hswish(self.grouped_bn(self.grouped(x)))
        residual = self.skip(x)
        x = self.pointwise(F.relu6(self.depthwise(x)))
        # channel attention: scale each channel by a learned gate
        s = self.squeeze(x)
        s = F.relu(self.se_reduce(s))
        s = torch.sigmoid(self.se_expand(s))
        x = x * s
        x = x + residual
        x = self.pool(x)
        x = torch.flatten(x, 1)
        return self.fc(x)
