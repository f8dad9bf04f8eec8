"""LLM-generated style ("(2+1)D convolution network for video classification"): a `Conv2Plus1D` block factorising
a 3x3x3 conv into a spatial Conv3d (1, 3, 3) and a temporal Conv3d (3, 1, 1) with BatchNorm3d/ReLU between,
`nn.AdaptiveAvgPool3d(1)` and `.flatten(1)`."""
# pivot-corpus: name=R2Plus1DNet input_shape=2,3,8,24,24
import torch
import torch.nn as nn


class Conv2Plus1D(nn.Module):
    def __init__(self, in_ch, out_ch, mid_ch=None):
        super().__init__()
        mid_ch = mid_ch or out_ch
        self.spatial = nn.Conv3d(in_ch, mid_ch, kernel_size=(1, 3, 3), padding=(0, 1, 1), bias=False)
        self.bn = nn.BatchNorm3d(mid_ch)
        self.relu = nn.ReLU(inplace=True)
        self.temporal = nn.Conv3d(mid_ch, out_ch, kernel_size=(3, 1, 1), padding=(1, 0, 0), bias=False)

    def forward(self, x):
        return self.temporal(self.relu(self.bn(self.spatial(x))))


class R2Plus1DNet(nn.Module):
    def __init__(self, num_classes=5):
        super().__init__()
        self.block1 = nn.Sequential(Conv2Plus1D(3, 16), nn.BatchNorm3d(16), nn.ReLU(inplace=True))
        self.block2 = nn.Sequential(Conv2Plus1D(16, 32), nn.BatchNorm3d(32), nn.ReLU(inplace=True),
                                    nn.MaxPool3d(2))
        self.pool = nn.AdaptiveAvgPool3d(1)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.block2(self.block1(x))
        return self.fc(self.pool(x).flatten(1))


model = R2Plus1DNet()
