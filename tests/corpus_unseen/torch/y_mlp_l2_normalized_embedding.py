"""Imitates a GPT answer to "Write a PyTorch model class for a metric-learning embedding network, input shape
(N, 40), output unit-norm embeddings (N, 16)": an MLP whose output is divided by
`x.norm(p=2, dim=1, keepdim=True)` (with a `clamp(min=1e-12)`)."""
# pivot-corpus: name=EmbeddingNet input_shape=6,40
import torch
import torch.nn as nn


class EmbeddingNet(nn.Module):
    def __init__(self, input_dim: int = 40, embed_dim: int = 16):
        super().__init__()
        self.fc = nn.Sequential(
            nn.Linear(input_dim, 64),
            nn.BatchNorm1d(64),
            nn.ReLU(inplace=True),
            nn.Linear(64, embed_dim),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.fc(x)
        norm = x.norm(p=2, dim=1, keepdim=True).clamp(min=1e-12)
        return x / norm
