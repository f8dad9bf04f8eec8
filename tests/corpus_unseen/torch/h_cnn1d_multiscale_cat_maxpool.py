"""LLM-generated style multi-scale 1-D CNN for vibration signals: three parallel Conv1d branches with
kernel sizes 3/5/7 in a ModuleList, each `F.adaptive_max_pool1d(F.relu(conv(x)), 1).squeeze(2)`, joined with
`torch.cat(feats, dim=1)`."""
# pivot-corpus: name=MultiScaleCNN input_shape=2,2,256
import torch
import torch.nn as nn
import torch.nn.functional as F


class MultiScaleCNN(nn.Module):
    def __init__(self, in_channels=2, n_filters=16, kernel_sizes=(3, 5, 7), n_classes=4):
        super().__init__()
        self.convs = nn.ModuleList([
            nn.Conv1d(in_channels, n_filters, k, padding=k // 2) for k in kernel_sizes
        ])
        self.fc = nn.Linear(n_filters * len(kernel_sizes), n_classes)

    def forward(self, x):
        feats = [F.adaptive_max_pool1d(F.relu(conv(x)), 1).squeeze(2) for conv in self.convs]
        x = torch.cat(feats, dim=1)
        return self.fc(x)


model = MultiScaleCNN()
