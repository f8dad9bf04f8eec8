"""LLM-generated style (Llama, the popular "LSTM for time series" tutorial copy): `h0` and `c0` from
`torch.zeros(...).requires_grad_()`, the call `self.lstm(x, (h0.detach(), c0.detach()))`, `out[:, -1, :]`, a ReLU
head."""
# pivot-corpus: name=LSTMModel input_shape=2,20,1
import torch
import torch.nn as nn


class LSTMModel(nn.Module):
    def __init__(self, input_dim=1, hidden_dim=32, layer_dim=2, output_dim=1):
        super(LSTMModel, self).__init__()
        self.hidden_dim = hidden_dim
        self.layer_dim = layer_dim
        self.lstm = nn.LSTM(input_dim, hidden_dim, layer_dim, batch_first=True)
        self.fc1 = nn.Linear(hidden_dim, 16)
        self.relu = nn.ReLU()
        self.fc2 = nn.Linear(16, output_dim)

    def forward(self, x):
        h0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim).requires_grad_()
        c0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim).requires_grad_()
        out, (hn, cn) = self.lstm(x, (h0.detach(), c0.detach()))
        out = self.fc2(self.relu(self.fc1(out[:, -1, :])))
        return out
