"""LLM-generated style 1-D CNN regressor (sensor window -> value): Conv1d with stride, nn.Flatten() over a
known length, Linear to one output, out.squeeze(1)."""
# pivot-corpus: name=Conv1DRegressor input_shape=2,2,32
import torch
import torch.nn as nn


class Conv1DRegressor(nn.Module):
    def __init__(self, in_channels=2, seq_len=32):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(in_channels, 8, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
            nn.Conv1d(8, 16, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
        )
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(16 * (seq_len // 4), 1)

    def forward(self, x):
        x = self.conv(x)
        x = self.flatten(x)
        out = self.fc(x)
        return out.squeeze(1)


model = Conv1DRegressor()
