"""Imitates a GPT-4 answer to "Write a PyTorch model class for 1-D signal classification, input shape
(N, 3, 128), output logits (N, 6)": Conv1d/BatchNorm1d/ReLU blocks in a Sequential, `nn.AdaptiveMaxPool1d(1)`
then `.squeeze(-1)`, and a Linear head."""
# pivot-corpus: name=Signal1DCNN input_shape=4,3,128
import torch
import torch.nn as nn


class Signal1DCNN(nn.Module):
    def __init__(self, in_channels: int = 3, num_classes: int = 6):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(in_channels, 16, kernel_size=5, padding=2),
            nn.BatchNorm1d(16),
            nn.ReLU(),
            nn.MaxPool1d(2),
            nn.Conv1d(16, 32, kernel_size=5, padding=2),
            nn.BatchNorm1d(32),
            nn.ReLU(),
        )
        self.pool = nn.AdaptiveMaxPool1d(1)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = self.pool(x).squeeze(-1)
        return self.fc(x)


if __name__ == "__main__":
    print(Signal1DCNN()(torch.randn(4, 3, 128)).shape)
