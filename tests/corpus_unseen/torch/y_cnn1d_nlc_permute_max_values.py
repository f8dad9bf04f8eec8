"""Imitates a GPT answer to "Write a PyTorch model class for multivariate sensor data, input shape
(N, L, C) = (N, 50, 6), output (N, 4)": `x = x.permute(0, 2, 1)` to (N, C, L), two Conv1d layers and global max
pooling over time written `x.max(dim=-1).values`."""
# pivot-corpus: name=SensorCNN input_shape=4,50,6
import torch
import torch.nn as nn
import torch.nn.functional as F


class SensorCNN(nn.Module):
    def __init__(self, n_features: int = 6, n_classes: int = 4, hidden: int = 32):
        super().__init__()
        self.conv1 = nn.Conv1d(n_features, hidden, kernel_size=3, padding=1)
        self.conv2 = nn.Conv1d(hidden, hidden, kernel_size=3, padding=1)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # (batch, seq_len, features) -> (batch, features, seq_len)
        x = x.permute(0, 2, 1)
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = x.max(dim=-1).values
        return self.fc(x)
