"""LLM-generated style tabular MLP with residual blocks in a ModuleList: each block Linear, BatchNorm1d,
ReLU, Dropout, added to its input (`x = x + block(x)`), input projection and a LayerNorm before the head."""
# pivot-corpus: name=ResidualMLP input_shape=4,20
import torch.nn as nn


class ResidualBlock(nn.Module):
    def __init__(self, dim, dropout=0.1):
        super().__init__()
        self.block = nn.Sequential(
            nn.Linear(dim, dim),
            nn.BatchNorm1d(dim),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(dim, dim),
        )

    def forward(self, x):
        return x + self.block(x)


class ResidualMLP(nn.Module):
    def __init__(self, in_features=20, hidden=64, n_blocks=3, out_features=1):
        super().__init__()
        self.input_proj = nn.Linear(in_features, hidden)
        self.blocks = nn.ModuleList([ResidualBlock(hidden) for _ in range(n_blocks)])
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, out_features)

    def forward(self, x):
        x = self.input_proj(x)
        for block in self.blocks:
            x = block(x)
        x = self.norm(x)
        return self.head(x)


model = ResidualMLP()
