"""LLM-generated style (ChatGPT-like, "write a PyTorch model for EEG motor-imagery classification"): verbose
docstrings and type hints, a `_conv_block` helper method returning an nn.Sequential, `F.adaptive_avg_pool1d(x, 1)`
followed by `.squeeze(-1)`, and an `if __name__ == "__main__":` smoke test."""
# pivot-corpus: name=EEGClassifier input_shape=2,8,128
import torch
import torch.nn as nn
import torch.nn.functional as F


class EEGClassifier(nn.Module):
    """1-D CNN for multichannel EEG.

    Args:
        n_channels: number of EEG electrodes.
        n_classes: number of target classes.
        base_filters: filters of the first block (doubled per block).
    """

    def __init__(self, n_channels: int = 8, n_classes: int = 4, base_filters: int = 16) -> None:
        super().__init__()
        self.block1 = self._conv_block(n_channels, base_filters, kernel_size=7)
        self.block2 = self._conv_block(base_filters, base_filters * 2, kernel_size=5)
        self.block3 = self._conv_block(base_filters * 2, base_filters * 4, kernel_size=3)
        self.dropout = nn.Dropout(p=0.3)
        self.classifier = nn.Linear(base_filters * 4, n_classes)

    def _conv_block(self, in_ch: int, out_ch: int, kernel_size: int) -> nn.Sequential:
        """Conv -> BatchNorm -> ELU -> MaxPool."""
        return nn.Sequential(
            nn.Conv1d(in_ch, out_ch, kernel_size=kernel_size, padding=kernel_size // 2, bias=False),
            nn.BatchNorm1d(out_ch),
            nn.ELU(),
            nn.MaxPool1d(kernel_size=2),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (batch, channels, time) -> logits (batch, n_classes)."""
        x = self.block1(x)
        x = self.block2(x)
        x = self.block3(x)
        x = F.adaptive_avg_pool1d(x, 1).squeeze(-1)
        x = self.dropout(x)
        return self.classifier(x)


if __name__ == "__main__":
    model = EEGClassifier()
    dummy = torch.randn(4, 8, 128)
    print(model(dummy).shape)
