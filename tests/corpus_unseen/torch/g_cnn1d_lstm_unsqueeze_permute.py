"""LLM-generated style hybrid for raw 1-D signals (batch, length): `x.unsqueeze(1)` into Conv1d blocks, then
`x.transpose(1, 2)` into a bidirectional GRU, and `x.mean(dim=1)` over time."""
# pivot-corpus: name=ConvGRU input_shape=2,64
import torch
import torch.nn as nn


class ConvGRU(nn.Module):
    def __init__(self, conv_channels=16, gru_hidden=24, num_classes=3):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(1, conv_channels, kernel_size=5, padding=2),
            nn.BatchNorm1d(conv_channels),
            nn.ReLU(),
            nn.MaxPool1d(2),
        )
        self.gru = nn.GRU(conv_channels, gru_hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(gru_hidden * 2, num_classes)

    def forward(self, x):
        x = x.unsqueeze(1)
        x = self.conv(x)
        x = x.transpose(1, 2)
        x, _ = self.gru(x)
        x = x.mean(dim=1)
        return self.fc(x)


model = ConvGRU()
