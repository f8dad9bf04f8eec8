"""LLM-generated style two-input model: static tabular features through an MLP and a sequence through a GRU,
joined with `torch.cat([seq_feat, tab_feat], dim=1)`; forward(self, seq, tab)."""
# pivot-corpus: name=HybridNet input_shape=2,10,3;2,8
import torch
import torch.nn as nn


class HybridNet(nn.Module):
    def __init__(self, seq_features=3, tab_features=8, hidden=16, n_out=1):
        super().__init__()
        self.gru = nn.GRU(seq_features, hidden, batch_first=True)
        self.tab = nn.Sequential(nn.Linear(tab_features, hidden), nn.ReLU(), nn.BatchNorm1d(hidden))
        self.head = nn.Sequential(nn.Linear(hidden * 2, hidden), nn.ReLU(), nn.Linear(hidden, n_out))

    def forward(self, seq, tab):
        _, h = self.gru(seq)
        seq_feat = h[-1]
        tab_feat = self.tab(tab)
        combined = torch.cat([seq_feat, tab_feat], dim=1)
        return self.head(combined)


model = HybridNet()
