"""Imitates a Claude answer to "Write a PyTorch model class for ECG beat classification, input shape
(N, 1, 180), output (N, 5)": a conv stack, then global average and global max pooling written as
`torch.cat([x.mean(-1), x.amax(-1)], 1)` before a two-layer head."""
# pivot-corpus: name=ECGBeatNet input_shape=4,1,180
import torch
import torch.nn as nn


class ECGBeatNet(nn.Module):
    def __init__(self, in_channels: int = 1, num_classes: int = 5, width: int = 16):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(in_channels, width, 7, padding=3),
            nn.BatchNorm1d(width),
            nn.ReLU(inplace=True),
            nn.MaxPool1d(2),
            nn.Conv1d(width, width * 2, 5, padding=2),
            nn.BatchNorm1d(width * 2),
            nn.ReLU(inplace=True),
            nn.MaxPool1d(2),
        )
        self.head = nn.Sequential(
            nn.Linear(width * 4, 32),
            nn.ReLU(),
            nn.Linear(32, num_classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.conv(x)
        x = torch.cat([x.mean(-1), x.amax(-1)], 1)
        return self.head(x)
