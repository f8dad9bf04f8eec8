"""LLM-generated style ("Write a PyTorch 1D CNN for raw-audio keyword spotting, input (N, 1, 16000); return the
embedding too"): a large-stride first Conv1d, `nn.GroupNorm` + `nn.GELU` blocks from a `_make_block` method,
`x.mean(dim=-1)` global pooling, and a forward returning `logits, features` (a tuple) for metric learning."""
# pivot-corpus: name=KeywordSpotter input_shape=4,1,16000
from typing import Tuple

import torch
import torch.nn as nn

SAMPLE_RATE = 16000
NUM_KEYWORDS = 12


class KeywordSpotter(nn.Module):
    """Raw waveform keyword spotting network.

    Args:
        num_classes: Number of keywords.
        base_channels: Width of the first block.
        embed_dim: Size of the returned embedding.
    """

    def __init__(self, num_classes: int = NUM_KEYWORDS, base_channels: int = 32, embed_dim: int = 64) -> None:
        super().__init__()
        self.frontend = nn.Sequential(
            nn.Conv1d(1, base_channels, kernel_size=80, stride=16),  # (N, 32, 996)
            nn.GroupNorm(8, base_channels),
            nn.GELU(),
            nn.MaxPool1d(4),
        )
        self.body = nn.Sequential(
            self._make_block(base_channels, base_channels * 2),
            self._make_block(base_channels * 2, base_channels * 4),
        )
        self.embedding = nn.Linear(base_channels * 4, embed_dim)
        self.classifier = nn.Linear(embed_dim, num_classes)

    def _make_block(self, in_ch: int, out_ch: int) -> nn.Sequential:
        return nn.Sequential(
            nn.Conv1d(in_ch, out_ch, kernel_size=3, padding=1),
            nn.GroupNorm(8, out_ch),
            nn.GELU(),
            nn.MaxPool1d(4),
        )

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        x = self.frontend(x)
        x = self.body(x)              # (N, 128, T)
        x = x.mean(dim=-1)            # (N, 128)
        features = self.embedding(x)  # (N, embed_dim)
        logits = self.classifier(features)
        return logits, features


if __name__ == "__main__":
    logits, feats = KeywordSpotter()(torch.randn(4, 1, SAMPLE_RATE))
    print(logits.shape, feats.shape)
