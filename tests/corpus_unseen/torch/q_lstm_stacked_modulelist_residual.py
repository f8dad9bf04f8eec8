"""LLM-generated style ("residual stacked LSTM for speech feature denoising"): `nn.ModuleList` of single-layer
LSTMs with the same width, each output added to its input (`x = x + out`), with dropout, and a Linear per time step."""
# pivot-corpus: name=ResidualLSTM input_shape=2,15,20
import torch
import torch.nn as nn


class ResidualLSTM(nn.Module):
    def __init__(self, n_feats=20, num_layers=3, dropout=0.1):
        super().__init__()
        self.lstms = nn.ModuleList([nn.LSTM(n_feats, n_feats, batch_first=True) for _ in range(num_layers)])
        self.dropout = nn.Dropout(dropout)
        self.proj = nn.Linear(n_feats, n_feats)

    def forward(self, x):
        for lstm in self.lstms:
            out, _ = lstm(x)
            x = x + self.dropout(out)
        return self.proj(x)


model = ResidualLSTM()
