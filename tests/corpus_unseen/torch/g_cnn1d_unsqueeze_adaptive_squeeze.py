"""LLM-generated style 1-D CNN for raw signals given as (batch, length): `x = x.unsqueeze(1)` adds the
channel, Conv1d/BatchNorm1d/ReLU/MaxPool1d blocks, then `F.adaptive_avg_pool1d(x, 1).squeeze(-1)`."""
# pivot-corpus: name=SignalCNN input_shape=2,128
import torch
import torch.nn as nn
import torch.nn.functional as F


class SignalCNN(nn.Module):
    def __init__(self, num_classes: int = 4, hidden_channels: int = 32, kernel_size: int = 7):
        super().__init__()
        self.conv1 = nn.Conv1d(1, hidden_channels, kernel_size, padding=kernel_size // 2)
        self.bn1 = nn.BatchNorm1d(hidden_channels)
        self.conv2 = nn.Conv1d(hidden_channels, hidden_channels * 2, kernel_size, padding=kernel_size // 2)
        self.bn2 = nn.BatchNorm1d(hidden_channels * 2)
        self.pool = nn.MaxPool1d(2)
        self.fc = nn.Linear(hidden_channels * 2, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # x: (batch, seq_len)
        x = x.unsqueeze(1)
        x = self.pool(F.relu(self.bn1(self.conv1(x))))
        x = self.pool(F.relu(self.bn2(self.conv2(x))))
        x = F.adaptive_avg_pool1d(x, 1).squeeze(-1)
        return self.fc(x)


model = SignalCNN()
