"""LLM-generated style LSTM in the style of a widespread time-series tutorial:
`h0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim).requires_grad_()`, the same for c0, and
`out, (hn, cn) = self.lstm(x, (h0.detach(), c0.detach()))`, then `self.fc(out[:, -1, :])`."""
# pivot-corpus: name=LSTMModel input_shape=2,28,28
import torch
import torch.nn as nn


class LSTMModel(nn.Module):
    def __init__(self, input_dim=28, hidden_dim=32, layer_dim=2, output_dim=10):
        super(LSTMModel, self).__init__()
        self.hidden_dim = hidden_dim
        self.layer_dim = layer_dim
        self.lstm = nn.LSTM(input_dim, hidden_dim, layer_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        h0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim).requires_grad_()
        c0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim).requires_grad_()
        out, (hn, cn) = self.lstm(x, (h0.detach(), c0.detach()))
        out = self.fc(out[:, -1, :])
        return out


model = LSTMModel()
