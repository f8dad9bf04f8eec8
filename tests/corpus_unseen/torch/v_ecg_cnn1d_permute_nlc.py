"""Imitates a Llama-3 answer to "1-D CNN for multichannel sensor time series, input shape (batch, seq_len,
channels)": `x.permute(0, 2, 1)` into the Conv1d stack, `F.relu` calls, global average over time with
`x.mean(dim=2)`, a two-layer head."""
# pivot-corpus: name=SensorCNN input_shape=2,100,6
import torch
import torch.nn as nn
import torch.nn.functional as F


class SensorCNN(nn.Module):
    def __init__(self, n_features=6, n_classes=4, hidden=32):
        super(SensorCNN, self).__init__()
        self.conv1 = nn.Conv1d(in_channels=n_features, out_channels=hidden, kernel_size=5, padding=2)
        self.conv2 = nn.Conv1d(hidden, hidden * 2, kernel_size=5, padding=2)
        self.conv3 = nn.Conv1d(hidden * 2, hidden * 2, kernel_size=3, padding=1)
        self.pool = nn.MaxPool1d(kernel_size=2)
        self.dropout = nn.Dropout(0.3)
        self.fc1 = nn.Linear(hidden * 2, 32)
        self.fc2 = nn.Linear(32, n_classes)

    def forward(self, x):
        # (batch, seq_len, channels) -> (batch, channels, seq_len)
        x = x.permute(0, 2, 1)
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = F.relu(self.conv3(x))
        x = x.mean(dim=2)  # global average pooling over time
        x = self.dropout(F.relu(self.fc1(x)))
        return self.fc2(x)
