"""Imitates a GPT-4 answer to "Write a PyTorch model class for plant-disease image classification, input shape
(N, 3, 48, 48), output (N, 5)": conv blocks from a helper function `conv_block(in_c, out_c)` returning a
Sequential, then `F.adaptive_avg_pool2d(x, 1)` and `F.adaptive_max_pool2d(x, 1)` concatenated on dim 1 and
flattened with `.view(x.size(0), -1)`."""
# pivot-corpus: name=PlantNet input_shape=2,3,48,48
import torch
import torch.nn as nn
import torch.nn.functional as F


def conv_block(in_c, out_c):
    return nn.Sequential(
        nn.Conv2d(in_c, out_c, kernel_size=3, padding=1, bias=False),
        nn.BatchNorm2d(out_c),
        nn.ReLU(inplace=True),
        nn.MaxPool2d(2),
    )


class PlantNet(nn.Module):
    def __init__(self, in_channels=3, num_classes=5):
        super().__init__()
        self.block1 = conv_block(in_channels, 16)
        self.block2 = conv_block(16, 32)
        self.block3 = conv_block(32, 64)
        self.fc = nn.Linear(64 * 2, num_classes)

    def forward(self, x):
        x = self.block3(self.block2(self.block1(x)))
        avg = F.adaptive_avg_pool2d(x, 1)
        mx = F.adaptive_max_pool2d(x, 1)
        x = torch.cat([avg, mx], dim=1)
        x = x.view(x.size(0), -1)
        return self.fc(x)
