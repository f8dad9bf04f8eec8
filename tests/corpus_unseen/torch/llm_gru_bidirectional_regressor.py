"""LLM-generated style GRU regressor: bidirectional batch_first GRU, hidden_size * 2 head input,
out[:, -1, :], a two-layer head in nn.Sequential ending in one output."""
# pivot-corpus: name=GRURegressor input_shape=2,24,4
import torch
import torch.nn as nn


class GRURegressor(nn.Module):
    def __init__(self, input_dim=4, hidden_dim=16, output_dim=1):
        super().__init__()
        self.gru = nn.GRU(input_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.head = nn.Sequential(
            nn.Linear(hidden_dim * 2, hidden_dim),
            nn.ReLU(),
            nn.Linear(hidden_dim, output_dim),
        )

    def forward(self, x):
        out, _ = self.gru(x)
        out = out[:, -1, :]
        return self.head(out)


model = GRURegressor()
