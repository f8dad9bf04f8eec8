"""Embedding-style heads as LLM-written models often end: L2 norms (`x.norm(p=2, dim=1)`), `F.normalize`,
and max/min over an axis with values and indices (`x.max(dim=1)[0]`, `torch.max(x, 2).values`,
`values, idx = x.min(1)`), on sequence features and on a 1-D feature map whose axes move in Keras."""
# pivot-corpus: name=NormMaxNet input_shape=2,3,16 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class NormMaxNet(nn.Module):
    def __init__(self, channels=8, num_classes=3):
        super().__init__()
        self.conv = nn.Conv1d(3, channels, 3, padding=1)
        self.proj = nn.Linear(channels, channels)
        self.head = nn.Linear(4 * channels + 2, num_classes)

    def forward(self, x):
        h = torch.tanh(self.conv(x))                     # (N, C, L)
        peak = h.max(dim=2)[0]                           # (N, C)
        low = torch.max(-h, 2).values                    # (N, C)
        low2, where = h.min(1)                           # (N, L) each
        emb = F.normalize(self.proj(peak), p=2, dim=1)
        scale = h.norm(p=2, dim=-1)                      # (N, C)
        size = emb.norm(dim=1, keepdim=True) + low2.amax(1, keepdim=True)
        both = torch.maximum(peak, -low)
        feats = torch.cat([emb, scale, both, low, size, where.float().mean(1, keepdim=True)], 1)
        return self.head(feats)
