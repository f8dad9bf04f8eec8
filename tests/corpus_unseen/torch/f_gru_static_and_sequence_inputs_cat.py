"""LLM-generated style (prompt: "patient outcome model combining vital-sign sequences (N, T, F) and static
features (N, S)"): `forward(self, seq, static)`, the GRU's last-layer state `h_n[-1]`, a small MLP of the static
features, `torch.cat([h, s], dim=-1)` and a two-class head."""
# pivot-corpus: name=HybridGRU input_shape=2,24,7;2,5
import torch
import torch.nn as nn


class HybridGRU(nn.Module):
    def __init__(self, seq_features=7, static_features=5, hidden=32, n_classes=2):
        super().__init__()
        self.gru = nn.GRU(seq_features, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.static_mlp = nn.Sequential(nn.Linear(static_features, 16), nn.ReLU())
        self.head = nn.Sequential(nn.Linear(hidden + 16, 32), nn.ReLU(), nn.Dropout(0.2), nn.Linear(32, n_classes))

    def forward(self, seq, static):
        _, h_n = self.gru(seq)
        h = h_n[-1]
        s = self.static_mlp(static)
        return self.head(torch.cat([h, s], dim=-1))
