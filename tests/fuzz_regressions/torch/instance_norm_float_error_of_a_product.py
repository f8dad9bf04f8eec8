"""Fuzz model (seed 5549, torch builder)."""
# pivot-fuzz: input_shape=2,3,8,8,8 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.00167 (the float32 error of this computation: PyTorch float32 vs float64 differ by 5e-4)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        blocks = []
        channels = 3
        for width in (4, 8, 4):
            blocks.append(nn.Conv3d(channels, width, 1, padding=0))
            blocks.append(nn.Hardsigmoid(True))
            blocks.append(nn.Identity())
            channels = width
        self.features = nn.Sequential(*blocks)
        self.conv1 = nn.Conv3d(4, 4, 1, dilation=2, bias=False)
        self.conv2 = nn.Conv3d(4, 8, 1, padding=0)
        self.inst3 = nn.InstanceNorm3d(8, 1e-05, momentum=0.01, affine=True)
        self.drop4 = nn.Dropout(inplace=True)
        self.conv5 = nn.Conv3d(4, 8, kernel_size=3, padding=1)
        self.drop6 = nn.Dropout(0.0)
        self.iden7 = nn.Identity()
        self.inst8 = nn.InstanceNorm3d(8, 1e-05, affine=True)
        self.avgp9 = nn.AvgPool3d(2)

    def forward(self, x):
        x = self.features(x)
        x = self.conv1(x)
        b1_0 = self.conv2(x)
        b1_0 = self.inst3(b1_0)
        b1_0 = self.drop4(b1_0)
        b4_1 = self.conv5(x)
        b4_1 = self.drop6(b4_1)
        x = b1_0 * b4_1
        x = self.iden7(x)
        x = self.inst8(x)
        x = self.avgp9(x)
        return x
