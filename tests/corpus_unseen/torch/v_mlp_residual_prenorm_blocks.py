"""Imitates a ChatGPT answer to "a deep residual MLP for tabular data": a `ResidualBlock` with pre-LayerNorm,
`nn.GELU`, dropout and `return x + self.block(x)`, blocks created with a list comprehension into
`nn.ModuleList`, an input projection and a final LayerNorm before the head."""
# pivot-corpus: name=ResidualMLP input_shape=4,24
import torch
import torch.nn as nn


class ResidualBlock(nn.Module):
    def __init__(self, dim: int, expansion: int = 2, dropout: float = 0.1):
        super().__init__()
        self.block = nn.Sequential(
            nn.LayerNorm(dim),
            nn.Linear(dim, dim * expansion),
            nn.GELU(),
            nn.Dropout(dropout),
            nn.Linear(dim * expansion, dim),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.block(x)


class ResidualMLP(nn.Module):
    def __init__(self, in_features: int = 24, dim: int = 32, depth: int = 3, out_features: int = 1):
        super().__init__()
        self.input_proj = nn.Linear(in_features, dim)
        self.blocks = nn.ModuleList([ResidualBlock(dim) for _ in range(depth)])
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, out_features)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.input_proj(x)
        for blk in self.blocks:
            x = blk(x)
        return self.head(self.norm(x))
