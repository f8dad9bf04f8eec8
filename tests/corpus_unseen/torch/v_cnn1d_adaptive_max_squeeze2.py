"""Imitates a Llama answer to "a 1-D CNN for EEG with several channels": temporal conv with a large kernel,
`nn.Dropout(p)`, `F.adaptive_max_pool1d(x, 1).squeeze(2)` for the global max, and a separate `flatten` of a
mean pool concatenated with it (`torch.cat([mx, avg], dim=1)`)."""
# pivot-corpus: name=EEGConvNet input_shape=2,8,128
import torch
import torch.nn as nn
import torch.nn.functional as F


class EEGConvNet(nn.Module):
    def __init__(self, n_channels: int = 8, n_classes: int = 3, n_filters: int = 16, dropout: float = 0.5):
        super().__init__()
        self.temporal = nn.Conv1d(n_channels, n_filters, kernel_size=25, padding=12)
        self.bn1 = nn.BatchNorm1d(n_filters)
        self.conv2 = nn.Conv1d(n_filters, n_filters * 2, kernel_size=9, padding=4)
        self.bn2 = nn.BatchNorm1d(n_filters * 2)
        self.drop = nn.Dropout(dropout)
        self.classifier = nn.Linear(n_filters * 4, n_classes)

    def forward(self, x):
        x = F.elu(self.bn1(self.temporal(x)))
        x = F.avg_pool1d(x, kernel_size=4)
        x = F.elu(self.bn2(self.conv2(x)))
        x = self.drop(x)
        mx = F.adaptive_max_pool1d(x, 1).squeeze(2)
        avg = F.adaptive_avg_pool1d(x, 1).flatten(1)
        x = torch.cat([mx, avg], dim=1)
        return self.classifier(x)
