"""LLM-generated style 3-D CNN for volumetric scans: Conv3d + BatchNorm3d + ReLU + MaxPool3d blocks from a
_conv_block helper method, nn.AdaptiveAvgPool3d(1), nn.Flatten(), dropout head."""
# pivot-corpus: name=Volume3DCNN input_shape=2,1,16,16,16
import torch
import torch.nn as nn


class Volume3DCNN(nn.Module):
    """3D convolutional network for classifying CT volumes."""

    def __init__(self, in_channels=1, num_classes=2):
        super().__init__()
        self.block1 = self._conv_block(in_channels, 8)
        self.block2 = self._conv_block(8, 16)
        self.global_pool = nn.AdaptiveAvgPool3d(1)
        self.flatten = nn.Flatten()
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(16, num_classes)

    def _conv_block(self, in_ch, out_ch):
        return nn.Sequential(
            nn.Conv3d(in_ch, out_ch, kernel_size=3, padding=1),
            nn.BatchNorm3d(out_ch),
            nn.ReLU(inplace=True),
            nn.MaxPool3d(kernel_size=2),
        )

    def forward(self, x):
        x = self.block1(x)
        x = self.block2(x)
        x = self.global_pool(x)
        x = self.flatten(x)
        x = self.dropout(x)
        return self.fc(x)


model = Volume3DCNN()
