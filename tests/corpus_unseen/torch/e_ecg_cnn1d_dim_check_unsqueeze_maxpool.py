"""LLM-generated style ("Write a PyTorch 1D CNN for ECG arrhythmia classification, input shape (N, 1000)"): an
`if x.dim() == 2: x = x.unsqueeze(1)` guard for a raw (N, L) signal, a `_conv_block` helper returning nn.Sequential
(Conv1d → BatchNorm1d → ReLU → MaxPool1d), `nn.AdaptiveMaxPool1d(1)` + `x.squeeze(-1)`, and `self.apply` init with
`nn.init.kaiming_normal_` and `nn.init.constant_`."""
# pivot-corpus: name=ECGArrhythmiaCNN input_shape=4,1000
from typing import List

import torch
import torch.nn as nn

SIGNAL_LENGTH = 1000
NUM_CLASSES = 5


class ECGArrhythmiaCNN(nn.Module):
    """1D CNN over single-lead ECG.

    Args:
        channels: Output channels of the successive conv blocks.
        num_classes: Number of rhythm classes.
    """

    def __init__(self, channels: List[int] = [16, 32, 64, 128], num_classes: int = NUM_CLASSES) -> None:
        super().__init__()
        blocks = []
        in_ch = 1
        for out_ch in channels:
            blocks.append(self._conv_block(in_ch, out_ch, kernel_size=7))
            in_ch = out_ch
        self.features = nn.Sequential(*blocks)
        self.global_pool = nn.AdaptiveMaxPool1d(1)
        self.fc = nn.Linear(channels[-1], num_classes)
        self.apply(self._init_weights)

    @staticmethod
    def _conv_block(in_ch: int, out_ch: int, kernel_size: int) -> nn.Sequential:
        return nn.Sequential(
            nn.Conv1d(in_ch, out_ch, kernel_size, padding=kernel_size // 2, bias=False),
            nn.BatchNorm1d(out_ch),
            nn.ReLU(inplace=True),
            nn.MaxPool1d(2),
        )

    @staticmethod
    def _init_weights(m: nn.Module) -> None:
        if isinstance(m, nn.Conv1d):
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
        elif isinstance(m, nn.BatchNorm1d):
            nn.init.constant_(m.weight, 1.0)
            nn.init.constant_(m.bias, 0.0)
        elif isinstance(m, nn.Linear):
            nn.init.xavier_normal_(m.weight)
            nn.init.constant_(m.bias, 0.0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() == 2:
            x = x.unsqueeze(1)           # (N, 1, L)
        x = self.features(x)             # (N, 128, L / 16)
        x = self.global_pool(x).squeeze(-1)  # (N, 128)
        return self.fc(x)


if __name__ == "__main__":
    print(ECGArrhythmiaCNN()(torch.randn(4, SIGNAL_LENGTH)).shape)
