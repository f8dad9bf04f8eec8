"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for fault diagnosis from vibration
signals; input shape (N, T, F)"): LSTM outputs pooled by `torch.max(out, dim=1)[0]` and `torch.mean(out, dim=1)`,
concatenated."""
# pivot-corpus: name=PoolLSTM input_shape=4,32,3
import torch
import torch.nn as nn


class PoolLSTM(nn.Module):
    def __init__(self, input_size=3, hidden_size=24, num_classes=4):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size * 2, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        max_pool = torch.max(out, dim=1)[0]
        avg_pool = torch.mean(out, dim=1)
        return self.fc(torch.cat([max_pool, avg_pool], dim=1))
