"""Imitates a Llama answer to "a CNN with dilated convolutions for dense prediction (segmentation head)":
`nn.Conv2d(..., padding=d, dilation=d)` for d in (1, 2, 4) in a loop into `nn.Sequential`, activation
`x.clamp(min=0, max=6)` written inline, a 1x1 classifier conv and `F.interpolate(..., scale_factor=2,
mode='bilinear', align_corners=False)` of a strided stem back to input size."""
# pivot-corpus: name=DilatedSegNet input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class DilatedSegNet(nn.Module):
    def __init__(self, in_ch=3, n_classes=4, ch=16, dilations=(1, 2, 4)):
        super().__init__()
        self.stem = nn.Conv2d(in_ch, ch, 3, stride=2, padding=1)
        ctx = []
        for d in dilations:
            ctx.append(nn.Conv2d(ch, ch, 3, padding=d, dilation=d))
            ctx.append(nn.BatchNorm2d(ch))
            ctx.append(nn.ReLU(inplace=True))
        self.context = nn.Sequential(*ctx)
        self.classifier = nn.Conv2d(ch, n_classes, kernel_size=1)

    def forward(self, x):
        x = self.stem(x).clamp(min=0, max=6)
        x = self.context(x)
        x = self.classifier(x)
        return F.interpolate(x, scale_factor=2, mode='bilinear', align_corners=False)
