"""LSTM regressor with initial states made by `torch.zeros(..., device=x.device)` (keyword device),
outputs averaged over time with `torch.mean(out, 1)` (positional dim), then a two-layer head."""
# pivot-corpus: name=MeanLSTM input_shape=2,14,3
import torch
import torch.nn as nn


class MeanLSTM(nn.Module):
    def __init__(self, input_dim=3, hidden_dim=16, layer_dim=1, output_dim=1):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.layer_dim = layer_dim
        self.lstm = nn.LSTM(input_dim, hidden_dim, layer_dim, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden_dim, 8), nn.ReLU(), nn.Linear(8, output_dim))

    def forward(self, x):
        h0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim, device=x.device)
        c0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim, device=x.device)
        out, (hn, cn) = self.lstm(x, (h0, c0))
        out = torch.mean(out, 1)
        return self.head(out)


model = MeanLSTM()
