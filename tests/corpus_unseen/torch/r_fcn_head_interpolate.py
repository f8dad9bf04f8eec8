"""Imitates the FCN segmentation head pattern of pytorch/vision's segmentation reference and the many research
forks (e.g. the `_SimpleSegmentationModel` forward): a small backbone returning a feature map, `FCNHead` as an
nn.Sequential subclass (Conv 3x3, BatchNorm, ReLU, Dropout(0.1), Conv 1x1), `input_shape = x.shape[-2:]` and
`F.interpolate(x, size=input_shape, mode='bilinear', align_corners=False)`. Sizes reduced."""
# pivot-corpus: name=FCN input_shape=2,3,32,32
import torch
from torch import nn
from torch.nn import functional as F


class FCNHead(nn.Sequential):
    def __init__(self, in_channels, channels):
        inter_channels = in_channels // 4
        layers = [
            nn.Conv2d(in_channels, inter_channels, 3, padding=1, bias=False),
            nn.BatchNorm2d(inter_channels),
            nn.ReLU(),
            nn.Dropout(0.1),
            nn.Conv2d(inter_channels, channels, 1),
        ]

        super(FCNHead, self).__init__(*layers)


class Backbone(nn.Module):
    def __init__(self):
        super(Backbone, self).__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, 16, 3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(16),
            nn.ReLU(inplace=True),
        )
        self.layer1 = nn.Sequential(
            nn.Conv2d(16, 32, 3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(32),
            nn.ReLU(inplace=True),
        )
        self.layer2 = nn.Sequential(
            nn.Conv2d(32, 64, 3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(64),
            nn.ReLU(inplace=True),
        )

    def forward(self, x):
        return self.layer2(self.layer1(self.stem(x)))


class FCN(nn.Module):
    def __init__(self, num_classes=5):
        super(FCN, self).__init__()
        self.backbone = Backbone()
        self.classifier = FCNHead(64, num_classes)

    def forward(self, x):
        input_shape = x.shape[-2:]
        features = self.backbone(x)
        x = self.classifier(features)
        x = F.interpolate(x, size=input_shape, mode='bilinear', align_corners=False)
        return x
