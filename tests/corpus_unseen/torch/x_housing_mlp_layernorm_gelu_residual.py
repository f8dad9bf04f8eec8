"""LLM-generated style (Gemini, "Generate a PyTorch model: house-price regression MLP with residual blocks"): a
`ResidualBlock` of Linear/LayerNorm/GELU with `x + self.block(x)`, blocks built with a list comprehension into
nn.Sequential, and an input projection."""
# pivot-corpus: name=HousingRegressor input_shape=4,13
import torch
import torch.nn as nn


class ResidualBlock(nn.Module):
    def __init__(self, dim: int, dropout: float = 0.1):
        super().__init__()
        self.block = nn.Sequential(
            nn.LayerNorm(dim),
            nn.Linear(dim, dim * 2),
            nn.GELU(),
            nn.Dropout(dropout),
            nn.Linear(dim * 2, dim),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.block(x)


class HousingRegressor(nn.Module):
    def __init__(self, in_features: int = 13, dim: int = 32, n_blocks: int = 2):
        super().__init__()
        self.input_proj = nn.Linear(in_features, dim)
        self.blocks = nn.Sequential(*[ResidualBlock(dim) for _ in range(n_blocks)])
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.input_proj(x)
        x = self.blocks(x)
        return self.head(self.norm(x))
