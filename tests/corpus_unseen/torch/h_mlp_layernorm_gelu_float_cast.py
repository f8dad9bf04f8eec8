"""LLM-generated style MLP for a regression benchmark: `x = x.float()` first, Linear/LayerNorm/GELU blocks
from a list comprehension of `nn.Sequential`s, final `.squeeze(-1)`."""
# pivot-corpus: name=HousePriceMLP input_shape=4,13
import torch.nn as nn


class HousePriceMLP(nn.Module):
    def __init__(self, in_dim=13, widths=(64, 64, 32), dropout=0.1):
        super().__init__()
        dims = [in_dim, *widths]
        self.blocks = nn.Sequential(*[
            nn.Sequential(nn.Linear(dims[i], dims[i + 1]), nn.LayerNorm(dims[i + 1]), nn.GELU(), nn.Dropout(dropout))
            for i in range(len(widths))
        ])
        self.out = nn.Linear(widths[-1], 1)

    def forward(self, x):
        x = x.float()
        x = self.blocks(x)
        return self.out(x).squeeze(-1)


model = HousePriceMLP()
