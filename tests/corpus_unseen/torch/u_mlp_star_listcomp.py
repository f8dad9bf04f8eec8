"""MLP whose hidden stack is `nn.Sequential(*[nn.Sequential(nn.Linear(h, h), nn.GELU(), nn.Dropout(p))
for _ in range(depth)])` between an input projection and a LayerNorm + Linear head."""
# pivot-corpus: name=DeepMLP input_shape=4,20
import torch.nn as nn


class DeepMLP(nn.Module):
    def __init__(self, in_dim=20, hidden=64, depth=3, out_dim=3, dropout=0.1):
        super().__init__()
        self.proj = nn.Linear(in_dim, hidden)
        self.blocks = nn.Sequential(
            *[nn.Sequential(nn.Linear(hidden, hidden), nn.GELU(), nn.Dropout(dropout)) for _ in range(depth)]
        )
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, out_dim)

    def forward(self, x):
        x = self.proj(x)
        x = self.blocks(x)
        return self.head(self.norm(x))


model = DeepMLP()
