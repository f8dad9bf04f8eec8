"""Gated convolutional LM style (Dauphin et al. re-implementations): Embedding, `x.transpose(1, 2)`, causal
`F.pad(x, (k - 1, 0))` before each `nn.Conv1d(c, 2 * c, k)`, `F.glu(x, dim=1)` gates, residual, then a Linear over
the channels-last sequence."""
# pivot-corpus: name=GatedConvLM input_shape=2,10 input_dtype=int64
import torch
import torch.nn as nn
import torch.nn.functional as F


class GatedConvLM(nn.Module):
    def __init__(self, vocab=40, dim=16, k=3, n_layers=2):
        super().__init__()
        self.k = k
        self.embed = nn.Embedding(vocab, dim)
        self.convs = nn.ModuleList([nn.Conv1d(dim, 2 * dim, k) for _ in range(n_layers)])
        self.out = nn.Linear(dim, vocab)

    def forward(self, tokens):
        x = self.embed(tokens).transpose(1, 2)
        for conv in self.convs:
            h = F.pad(x, (self.k - 1, 0))
            h = F.glu(conv(h), dim=1)
            x = x + h
        return self.out(x.transpose(1, 2))


model = GatedConvLM()
