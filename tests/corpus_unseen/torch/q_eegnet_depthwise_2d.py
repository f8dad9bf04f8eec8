"""LLM-generated style ("EEGNet in PyTorch"): input (N, 1, electrodes, samples); a temporal Conv2d with kernel
(1, 32), a depthwise spatial Conv2d (electrodes, 1) with `groups=F1`, ELU, AvgPool2d((1, 4)), a separable conv as
depthwise + pointwise, and `x.flatten(start_dim=1)` into a Linear whose size is computed in the constructor."""
# pivot-corpus: name=EEGNet input_shape=2,1,8,128
import torch
import torch.nn as nn


class EEGNet(nn.Module):
    def __init__(self, n_channels: int = 8, n_samples: int = 128, n_classes: int = 4,
                 F1: int = 8, D: int = 2, F2: int = 16, dropout: float = 0.25):
        super().__init__()
        self.temporal = nn.Sequential(
            nn.Conv2d(1, F1, (1, 32), padding=(0, 16), bias=False),
            nn.BatchNorm2d(F1),
        )
        self.spatial = nn.Sequential(
            nn.Conv2d(F1, F1 * D, (n_channels, 1), groups=F1, bias=False),
            nn.BatchNorm2d(F1 * D),
            nn.ELU(),
            nn.AvgPool2d((1, 4)),
            nn.Dropout(dropout),
        )
        self.separable = nn.Sequential(
            nn.Conv2d(F1 * D, F1 * D, (1, 16), padding=(0, 8), groups=F1 * D, bias=False),
            nn.Conv2d(F1 * D, F2, 1, bias=False),
            nn.BatchNorm2d(F2),
            nn.ELU(),
            nn.AvgPool2d((1, 8)),
            nn.Dropout(dropout),
        )
        out_time = (n_samples + 1) // 4
        out_time = (out_time + 1) // 8
        self.classifier = nn.Linear(F2 * out_time, n_classes)

    def forward(self, x):
        x = self.temporal(x)
        x = self.spatial(x)
        x = self.separable(x)
        x = x.flatten(start_dim=1)
        return self.classifier(x)


model = EEGNet()
