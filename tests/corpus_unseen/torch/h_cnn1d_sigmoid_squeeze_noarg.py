"""LLM-generated style binary 1-D CNN for seizure detection: `nn.AdaptiveAvgPool1d(1)`, `x.view(-1, 64)`,
returning `torch.sigmoid(self.fc(x)).squeeze()` (no dim: the batch axis is kept for batches above one)."""
# pivot-corpus: name=SeizureCNN input_shape=2,4,256
import torch
import torch.nn as nn


class SeizureCNN(nn.Module):
    def __init__(self, in_channels=4):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv1d(in_channels, 32, 7, stride=2, padding=3), nn.BatchNorm1d(32), nn.ReLU(),
            nn.Conv1d(32, 64, 5, stride=2, padding=2), nn.BatchNorm1d(64), nn.ReLU(),
            nn.AdaptiveAvgPool1d(1),
        )
        self.fc = nn.Linear(64, 1)

    def forward(self, x):
        x = self.net(x)
        x = x.view(-1, 64)
        return torch.sigmoid(self.fc(x)).squeeze()


model = SeizureCNN()
