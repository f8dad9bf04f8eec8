"""Imitates a ChatGPT answer to "3-D CNN for MRI volume classification": `conv_block` helper function returning
`nn.Sequential(Conv3d, BatchNorm3d, ReLU, MaxPool3d)`, `F.adaptive_avg_pool3d(x, 1)`, `x.view(x.size(0), -1)`,
`nn.Dropout(p=0.4)` and a `get_inputs()` test function."""
# pivot-corpus: name=MRIClassifier3D input_shape=2,1,16,16,16
import torch
import torch.nn as nn
import torch.nn.functional as F


def conv_block(in_channels, out_channels):
    return nn.Sequential(
        nn.Conv3d(in_channels, out_channels, kernel_size=3, padding=1, bias=False),
        nn.BatchNorm3d(out_channels),
        nn.ReLU(inplace=True),
        nn.MaxPool3d(kernel_size=2, stride=2),
    )


class MRIClassifier3D(nn.Module):
    def __init__(self, in_channels=1, num_classes=2):
        super().__init__()
        self.block1 = conv_block(in_channels, 8)
        self.block2 = conv_block(8, 16)
        self.block3 = conv_block(16, 32)
        self.dropout = nn.Dropout(p=0.4)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.block1(x)
        x = self.block2(x)
        x = self.block3(x)
        x = F.adaptive_avg_pool3d(x, 1)
        x = x.view(x.size(0), -1)
        x = self.dropout(x)
        return self.fc(x)


def get_inputs():
    return [torch.randn(2, 1, 16, 16, 16)]
