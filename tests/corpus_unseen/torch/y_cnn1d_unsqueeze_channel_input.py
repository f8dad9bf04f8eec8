"""Imitates a Gemini answer to "Write a PyTorch model class for univariate time-series classification, input
shape (N, 96), output (N, 3)": forward starts with `x = x.unsqueeze(1)` to add the channel axis, Conv1d blocks,
`torch.flatten(x, 1)` after an `nn.AdaptiveAvgPool1d(1)`."""
# pivot-corpus: name=UnivariateCNN input_shape=4,96
import torch
import torch.nn as nn


class UnivariateCNN(nn.Module):
    def __init__(self, num_classes: int = 3, channels=(8, 16, 32)):
        super().__init__()
        blocks = []
        in_ch = 1
        for out_ch in channels:
            blocks += [nn.Conv1d(in_ch, out_ch, kernel_size=3, padding=1), nn.BatchNorm1d(out_ch), nn.ReLU()]
            blocks.append(nn.MaxPool1d(2))
            in_ch = out_ch
        self.encoder = nn.Sequential(*blocks)
        self.pool = nn.AdaptiveAvgPool1d(1)
        self.classifier = nn.Linear(channels[-1], num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # x: (batch, seq_len) -> (batch, 1, seq_len)
        x = x.unsqueeze(1)
        x = self.encoder(x)
        x = self.pool(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)
