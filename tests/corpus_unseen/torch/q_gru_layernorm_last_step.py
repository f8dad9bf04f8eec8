"""LLM-generated style ("GRU model for predictive maintenance / remaining useful life"): stacked GRU with
dropout, `nn.LayerNorm` on the outputs, `out[:, -1, :]`, a ReLU head ending in a single RUL value."""
# pivot-corpus: name=RULPredictor input_shape=2,30,14
import torch
import torch.nn as nn


class RULPredictor(nn.Module):
    def __init__(self, n_sensors: int = 14, hidden_size: int = 32, num_layers: int = 2, dropout: float = 0.2):
        super().__init__()
        self.gru = nn.GRU(input_size=n_sensors, hidden_size=hidden_size, num_layers=num_layers,
                          batch_first=True, dropout=dropout)
        self.norm = nn.LayerNorm(hidden_size)
        self.head = nn.Sequential(nn.Linear(hidden_size, 16), nn.ReLU(), nn.Linear(16, 1))

    def forward(self, x):
        out, _ = self.gru(x)
        out = self.norm(out)
        last = out[:, -1, :]
        return self.head(last)


model = RULPredictor()
