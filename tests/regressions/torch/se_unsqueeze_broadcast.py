"""Issue 10: squeeze-excitation weights broadcast with `w.unsqueeze(-1).unsqueeze(-1)` against the image: exit 0
and a Keras model that failed (the (N, C, 1, 1) weights kept PyTorch's axes); now moved channels-last."""
# pivot-corpus: name=SE input_shape=2,3,8,8
import torch
import torch.nn as nn
import torch.nn.functional as F


class SE(nn.Module):
    def __init__(self, channels=16, reduction=4):
        super().__init__()
        self.conv = nn.Conv2d(3, channels, 3)
        self.fc1 = nn.Linear(channels, channels // reduction)
        self.fc2 = nn.Linear(channels // reduction, channels)

    def forward(self, x):
        x = self.conv(x)
        b, c, _, _ = x.size()
        w = torch.flatten(F.adaptive_avg_pool2d(x, 1), 1)
        w = torch.sigmoid(self.fc2(F.relu(self.fc1(w))))
        return x * w.unsqueeze(-1).unsqueeze(-1)
