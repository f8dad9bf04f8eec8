"""Imitates the PyTorch gMLP ports (Liu et al. 2021, "Pay Attention to MLPs"; e.g. the einops-free
`SpatialGatingUnit` of jaketae/g-mlp): `u, v = x.chunk(2, dim=-1)`, a LayerNorm on v, a spatial projection
`nn.Conv1d(seq_len, seq_len, kernel_size=1)` with `nn.init.constant_(self.spatial_proj.bias, 1.0)`, `u * v`;
`gMLPBlock` with channel projections and a residual; token embedding of a (batch, seq, features) input."""
# pivot-corpus: name=gMLP input_shape=2,12,10
import torch
from torch import nn
import torch.nn.functional as F


class SpatialGatingUnit(nn.Module):
    def __init__(self, d_ffn, seq_len):
        super().__init__()
        self.norm = nn.LayerNorm(d_ffn)
        self.spatial_proj = nn.Conv1d(seq_len, seq_len, kernel_size=1)
        nn.init.constant_(self.spatial_proj.bias, 1.0)

    def forward(self, x):
        u, v = x.chunk(2, dim=-1)
        v = self.norm(v)
        v = self.spatial_proj(v)
        out = u * v
        return out


class gMLPBlock(nn.Module):
    def __init__(self, d_model, d_ffn, seq_len):
        super().__init__()
        self.norm = nn.LayerNorm(d_model)
        self.channel_proj1 = nn.Linear(d_model, d_ffn * 2)
        self.channel_proj2 = nn.Linear(d_ffn, d_model)
        self.sgu = SpatialGatingUnit(d_ffn, seq_len)

    def forward(self, x):
        residual = x
        x = self.norm(x)
        x = F.gelu(self.channel_proj1(x))
        x = self.sgu(x)
        x = self.channel_proj2(x)
        out = x + residual
        return out


class gMLP(nn.Module):
    def __init__(self, d_in=10, d_model=16, d_ffn=32, seq_len=12, num_layers=2, num_classes=3):
        super().__init__()
        self.embed = nn.Linear(d_in, d_model)
        self.model = nn.Sequential(
            *[gMLPBlock(d_model, d_ffn, seq_len) for _ in range(num_layers)]
        )
        self.head = nn.Linear(d_model, num_classes)

    def forward(self, x):
        x = self.embed(x)
        x = self.model(x)
        x = x.mean(dim=1)
        return self.head(x)
