"""Imitates a Gemini answer to "write a 1-D CNN for ECG classification": the (N, L) signal gets a channel
with `x.unsqueeze(1)`, `nn.Conv1d(..., dilation=2, padding='same')` blocks, `nn.AdaptiveAvgPool1d(1)` and
`x.squeeze(-1)` before the classifier."""
# pivot-corpus: name=ECGNet input_shape=2,128
import torch
import torch.nn as nn


class ECGNet(nn.Module):
    def __init__(self, num_classes: int = 5, base_channels: int = 16):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(1, base_channels, kernel_size=7, padding='same'),
            nn.BatchNorm1d(base_channels),
            nn.ReLU(),
            nn.Conv1d(base_channels, base_channels * 2, kernel_size=5, dilation=2, padding='same'),
            nn.BatchNorm1d(base_channels * 2),
            nn.ReLU(),
            nn.MaxPool1d(2),
            nn.Conv1d(base_channels * 2, base_channels * 4, kernel_size=3, dilation=4, padding='same'),
            nn.BatchNorm1d(base_channels * 4),
            nn.ReLU(),
        )
        self.gap = nn.AdaptiveAvgPool1d(1)
        self.classifier = nn.Linear(base_channels * 4, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # x: (batch, seq_len) -> (batch, 1, seq_len)
        x = x.unsqueeze(1)
        x = self.features(x)
        x = self.gap(x).squeeze(-1)
        return self.classifier(x)


if __name__ == "__main__":
    signals = torch.randn(8, 128)
    print(ECGNet()(signals).shape)
