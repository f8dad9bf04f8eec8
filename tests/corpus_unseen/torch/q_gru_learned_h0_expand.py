"""LLM-generated style ("GRU with a learned initial hidden state for glucose forecasting"): `self.h0 =
nn.Parameter(torch.zeros(num_layers, 1, hidden))` expanded per batch with `self.h0.expand(-1, x.size(0),
-1).contiguous()` and passed to the GRU; `out[:, -1]` into a Linear."""
# pivot-corpus: name=GlucoseGRU input_shape=2,12,3
import torch
import torch.nn as nn


class GlucoseGRU(nn.Module):
    def __init__(self, n_features=3, hidden=16, num_layers=2, horizon=4):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden, num_layers=num_layers, batch_first=True)
        self.h0 = nn.Parameter(torch.zeros(num_layers, 1, hidden))
        self.fc = nn.Linear(hidden, horizon)

    def forward(self, x):
        h0 = self.h0.expand(-1, x.size(0), -1).contiguous()
        out, _ = self.gru(x, h0)
        return self.fc(out[:, -1])


model = GlucoseGRU()
