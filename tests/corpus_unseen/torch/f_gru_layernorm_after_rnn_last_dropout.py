"""LLM-generated style (prompt: "GRU regressor with layer normalisation for predicting remaining useful life,
input (N, T, F)"): `nn.GRU(input_size=..., hidden_size=..., num_layers=1, batch_first=True, dropout=0.2 if
num_layers > 1 else 0.0)` (one layer: no dropout), `self.layer_norm(output[:, -1, :])` after the RNN, a dropout and
a two-layer head with GELU."""
# pivot-corpus: name=RULGRU input_shape=4,30,14
import torch.nn as nn


class RULGRU(nn.Module):
    def __init__(self, input_size=14, hidden_size=64, num_layers=1):
        super().__init__()
        self.gru = nn.GRU(input_size=input_size, hidden_size=hidden_size, num_layers=num_layers,
                          batch_first=True, dropout=0.2 if num_layers > 1 else 0.0)
        self.layer_norm = nn.LayerNorm(hidden_size)
        self.dropout = nn.Dropout(0.2)
        self.head = nn.Sequential(nn.Linear(hidden_size, 32), nn.GELU(), nn.Linear(32, 1))

    def forward(self, x):
        output, _ = self.gru(x)
        last = self.layer_norm(output[:, -1, :])
        return self.head(self.dropout(last))
