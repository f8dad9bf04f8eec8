"""LLM-generated style ("deep residual MLP for tabular regression"): a `ResidualBlock` module with
`return x + self.block(x)`, stacked as `nn.Sequential(*[ResidualBlock(d, p) for _ in range(n_blocks)])`,
LayerNorm and GELU."""
# pivot-corpus: name=TabularResMLP input_shape=4,12
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


class TabularResMLP(nn.Module):
    def __init__(self, in_features: int = 12, hidden: int = 32, n_blocks: int = 3, dropout: float = 0.1):
        super().__init__()
        self.input_proj = nn.Linear(in_features, hidden)
        self.blocks = nn.Sequential(*[ResidualBlock(hidden, dropout) for _ in range(n_blocks)])
        self.norm = nn.LayerNorm(hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.input_proj(x)
        x = self.blocks(x)
        return self.out(self.norm(x))


model = TabularResMLP()
