"""Metric-learning embedder: conv trunk, `torch.flatten(x, 1)`, Linear, then L2 normalisation written
by hand as `x / x.norm(p=2, dim=1, keepdim=True)`."""
# pivot-corpus: name=MetricNet input_shape=2,1,28,28
import torch
import torch.nn as nn


class MetricNet(nn.Module):
    def __init__(self, embedding_dim=16):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 16, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.fc = nn.Linear(32 * 5 * 5, embedding_dim)

    def forward(self, x):
        x = self.conv(x)
        x = torch.flatten(x, 1)
        x = self.fc(x)
        x = x / x.norm(p=2, dim=1, keepdim=True)
        return x


model = MetricNet()
