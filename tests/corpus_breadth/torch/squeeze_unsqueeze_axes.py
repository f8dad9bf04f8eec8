"""Axis bookkeeping on image-like tensors: a 1-D feature map made 2-D with `unsqueeze(-1)`, global pooling
undone with `.squeeze(-1).squeeze(2)`, a mean over the spatial axes, `.flatten(1)` and `torch.cat(xs, 1)`
with a positional dim; every axis moves in Keras's channels-last layout."""
# pivot-corpus: name=AxesNet input_shape=2,3,32 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class AxesNet(nn.Module):
    def __init__(self, num_classes=4):
        super().__init__()
        self.conv1 = nn.Conv1d(3, 8, 3, padding=1)
        self.conv2 = nn.Conv2d(8, 6, (3, 1), padding=(1, 0))
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(8 + 6 + 6, num_classes)

    def forward(self, x):
        x = F.relu(self.conv1(x))                       # (N, 8, L)
        seq = x.mean(dim=-1)                            # (N, 8)
        y = F.relu(self.conv2(x.unsqueeze(-1)))         # (N, 6, L, 1)
        pooled = self.gap(y).squeeze(-1).squeeze(2)     # (N, 6)
        peak = y.squeeze(3).amax(dim=2)                 # (N, 6)
        feats = torch.cat([seq, pooled.flatten(1), peak], 1)
        return self.fc(feats)
