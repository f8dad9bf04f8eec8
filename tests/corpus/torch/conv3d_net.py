"""A small 3-D CNN for short video clips or volumetric patches."""
# pivot-corpus: name=VolumeNet input_shape=2,1,8,16,16
import torch
import torch.nn as nn


class VolumeNet(nn.Module):
    def __init__(self, num_classes=4):
        super().__init__()
        self.block1 = nn.Sequential(
            nn.Conv3d(1, 8, kernel_size=3, padding=1),
            nn.BatchNorm3d(8),
            nn.ReLU(),
            nn.MaxPool3d(kernel_size=2),  # 8x16x16 -> 4x8x8
        )
        self.block2 = nn.Sequential(
            nn.Conv3d(8, 16, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm3d(16),
            nn.ELU(),
            nn.AvgPool3d(kernel_size=2, stride=2),  # -> 2x4x4
        )
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(16 * 2 * 4 * 4, num_classes)

    def forward(self, x):
        x = self.block1(x)
        x = self.block2(x)
        x = self.flatten(x)
        return self.fc(x)
