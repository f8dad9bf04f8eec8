"""Multivariate multi-step forecasting tutorial style: a GRU over (N, T, n_features) with dropout between layers,
`out, h = self.gru(x)`, the last step `out[:, -1, :]` through `self.relu` and a Linear of `horizon` outputs,
reshaped `.view(-1, self.horizon, 1)`."""
# pivot-corpus: name=GRUForecaster input_shape=2,10,4
import torch
import torch.nn as nn


class GRUForecaster(nn.Module):
    def __init__(self, n_features=4, hidden_dim=16, n_layers=2, horizon=3, drop_prob=0.2):
        super(GRUForecaster, self).__init__()
        self.hidden_dim = hidden_dim
        self.horizon = horizon
        self.gru = nn.GRU(n_features, hidden_dim, n_layers, batch_first=True, dropout=drop_prob)
        self.fc = nn.Linear(hidden_dim, horizon)
        self.relu = nn.ReLU()

    def forward(self, x):
        out, h = self.gru(x)
        out = self.fc(self.relu(out[:, -1, :]))
        return out.view(-1, self.horizon, 1)


model = GRUForecaster()
