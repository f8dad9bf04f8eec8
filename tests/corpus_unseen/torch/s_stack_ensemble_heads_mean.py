"""Kaggle-ensemble style (multi-sample / multi-head averaging): a shared trunk, `nn.ModuleList` of heads,
`torch.stack([head(h) for head in self.heads], dim=0).mean(dim=0)`."""
# pivot-corpus: name=EnsembleHeads input_shape=4,10
import torch
import torch.nn as nn


class EnsembleHeads(nn.Module):
    def __init__(self, in_dim=10, hidden=24, n_heads=3, n_out=2):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(in_dim, hidden), nn.ReLU())
        self.heads = nn.ModuleList([nn.Linear(hidden, n_out) for _ in range(n_heads)])

    def forward(self, x):
        h = self.trunk(x)
        return torch.stack([head(h) for head in self.heads], dim=0).mean(dim=0)


model = EnsembleHeads()
