"""LLM-generated style sequence regressor averaging LSTM outputs over time with `x.mean(dim=1)`, a LayerNorm
on the pooled features and a small head; input projection Linear applied to (batch, time, features) first."""
# pivot-corpus: name=SeqRegressor input_shape=2,30,6
import torch
import torch.nn as nn


class SeqRegressor(nn.Module):
    def __init__(self, n_features: int = 6, d_model: int = 32, hidden: int = 48, n_outputs: int = 2):
        super().__init__()
        self.proj = nn.Linear(n_features, d_model)
        self.lstm = nn.LSTM(input_size=d_model, hidden_size=hidden, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x):
        x = torch.relu(self.proj(x))
        output, (h_n, c_n) = self.lstm(x)
        pooled = output.mean(dim=1)
        return self.head(self.norm(pooled))


model = SeqRegressor()
