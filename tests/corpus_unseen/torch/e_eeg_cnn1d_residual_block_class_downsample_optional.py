"""LLM-generated style ("Write a PyTorch 1D ResNet for EEG seizure detection, input shape (N, 23, 256)"): a
`ResidualBlock1d` with an `Optional[nn.Module]` `downsample` built only `if stride != 1 or in_ch != out_ch`,
`out += identity`, a `_make_layer` method, `torch.flatten(self.avgpool(x), 1)`, and a sigmoid probability in a
`@torch.no_grad()` `predict_proba`."""
# pivot-corpus: name=EEGResNet1d input_shape=4,23,256
from typing import Optional

import torch
import torch.nn as nn

N_ELECTRODES = 23


class ResidualBlock1d(nn.Module):
    def __init__(self, in_ch: int, out_ch: int, stride: int = 1) -> None:
        super().__init__()
        self.conv1 = nn.Conv1d(in_ch, out_ch, kernel_size=3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm1d(out_ch)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv1d(out_ch, out_ch, kernel_size=3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm1d(out_ch)
        self.downsample: Optional[nn.Module] = None
        if stride != 1 or in_ch != out_ch:
            self.downsample = nn.Sequential(
                nn.Conv1d(in_ch, out_ch, kernel_size=1, stride=stride, bias=False),
                nn.BatchNorm1d(out_ch),
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        return self.relu(out)


class EEGResNet1d(nn.Module):
    """Small 1D ResNet for multichannel EEG windows.

    Args:
        in_channels: Number of electrodes.
        num_classes: 1 for binary seizure detection.
    """

    def __init__(self, in_channels: int = N_ELECTRODES, num_classes: int = 1) -> None:
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv1d(in_channels, 32, kernel_size=7, stride=2, padding=3, bias=False),
            nn.BatchNorm1d(32),
            nn.ReLU(inplace=True),
        )
        self.layer1 = self._make_layer(32, 32, stride=1)
        self.layer2 = self._make_layer(32, 64, stride=2)
        self.layer3 = self._make_layer(64, 128, stride=2)
        self.avgpool = nn.AdaptiveAvgPool1d(1)
        self.fc = nn.Linear(128, num_classes)

    @staticmethod
    def _make_layer(in_ch: int, out_ch: int, stride: int) -> nn.Sequential:
        return nn.Sequential(ResidualBlock1d(in_ch, out_ch, stride), ResidualBlock1d(out_ch, out_ch))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.stem(x)
        x = self.layer3(self.layer2(self.layer1(x)))
        x = torch.flatten(self.avgpool(x), 1)   # (N, 128)
        return self.fc(x)

    @torch.no_grad()
    def predict_proba(self, x: torch.Tensor) -> torch.Tensor:
        self.eval()
        return torch.sigmoid(self.forward(x))


if __name__ == "__main__":
    print(EEGResNet1d()(torch.randn(4, 23, 256)).shape)
