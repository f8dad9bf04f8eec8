"""Imitates a ChatGPT answer to "a 1-D CNN that maps sensor windows to L2-normalised embeddings (metric
learning)": conv stack, `x.squeeze(-1)` after `nn.AdaptiveAvgPool1d(1)`, a projection, and
`x / x.norm(p=2, dim=1, keepdim=True)` instead of F.normalize."""
# pivot-corpus: name=EmbeddingCNN1D input_shape=2,6,64
import torch
import torch.nn as nn


class EmbeddingCNN1D(nn.Module):
    def __init__(self, in_channels=6, embed_dim=16):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv1d(in_channels, 32, 5, padding=2),
            nn.ReLU(),
            nn.MaxPool1d(2),
            nn.Conv1d(32, 32, 3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool1d(1),
        )
        self.proj = nn.Linear(32, embed_dim)

    def forward(self, x):
        x = self.encoder(x).squeeze(-1)
        x = self.proj(x)
        x = x / x.norm(p=2, dim=1, keepdim=True)
        return x
