"""LLM-generated style residual MLP: a ResidualBlock module (Linear, LayerNorm, GELU, Dropout, `return x +
self.block(x)`), blocks made by a list comprehension inside nn.Sequential(*[...])."""
# pivot-corpus: name=ResidualMLP input_shape=4,24
import torch
import torch.nn as nn


class ResidualBlock(nn.Module):
    def __init__(self, dim, dropout=0.1):
        super().__init__()
        self.block = nn.Sequential(
            nn.Linear(dim, dim),
            nn.LayerNorm(dim),
            nn.GELU(),
            nn.Dropout(dropout),
        )

    def forward(self, x):
        return x + self.block(x)


class ResidualMLP(nn.Module):
    def __init__(self, input_dim=24, hidden_dim=48, num_blocks=3, output_dim=2):
        super().__init__()
        self.input_proj = nn.Linear(input_dim, hidden_dim)
        self.blocks = nn.Sequential(*[ResidualBlock(hidden_dim) for _ in range(num_blocks)])
        self.output_proj = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        x = self.input_proj(x)
        x = self.blocks(x)
        return self.output_proj(x)


model = ResidualMLP()
