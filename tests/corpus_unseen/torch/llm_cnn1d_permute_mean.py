"""LLM-generated style 1-D CNN for multivariate time series given as (batch, time, features):
x.permute(0, 2, 1) before Conv1d, BatchNorm1d, global average pooling written as x.mean(dim=2)."""
# pivot-corpus: name=TimeSeriesCNN input_shape=2,50,6
import torch
import torch.nn as nn


class TimeSeriesCNN(nn.Module):
    def __init__(self, num_features=6, num_classes=4):
        super().__init__()
        self.conv1 = nn.Conv1d(num_features, 32, kernel_size=5, padding=2)
        self.bn1 = nn.BatchNorm1d(32)
        self.conv2 = nn.Conv1d(32, 64, kernel_size=3, padding=1)
        self.bn2 = nn.BatchNorm1d(64)
        self.relu = nn.ReLU()
        self.fc = nn.Linear(64, num_classes)

    def forward(self, x):
        # x: (batch, seq_len, num_features) -> (batch, num_features, seq_len)
        x = x.permute(0, 2, 1)
        x = self.relu(self.bn1(self.conv1(x)))
        x = self.relu(self.bn2(self.conv2(x)))
        x = x.mean(dim=2)
        return self.fc(x)


model = TimeSeriesCNN()
